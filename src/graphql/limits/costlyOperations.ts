// At most a few costly operations execute at once; the rest wait their turn, in order. One event
// loop does all the work, so running twenty 10,000-point reads side by side finishes none sooner:
// it only lets their synchronous stretches run back to back, and /healthz waited 0.8-2.8 s behind
// them (issue 17 §1). In turn, each one's slices (see eventLoopSlices) leave the loop free often.

export class OperationGate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly atOnce: number) {}

  /** Resolves when the caller may run; it must call the returned release exactly once. */
  async enter(): Promise<() => void> {
    if (this.running >= this.atOnce) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The slot passes straight to the next in line, so a newcomer cannot overtake it.
      if (next) next();
      else this.running--;
    };
  }
}
