// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the frames with the most self time, so a
// profile can be read and quoted without a viewer. `node dist/bench/profileTop.js FILE [N] [last seconds]`.
import fs from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** `lastSeconds` keeps only the samples of the profile's last seconds (the load, not the start-up). */
/** node_modules package, our own dist folder, node internals, or the VM's own entries. */
function packageOf(url: string, functionName: string): string {
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dep) return dep[1]!;
  const ours = /\/dist\/(src\/[^/]+|bench)/.exec(url);
  if (ours) return ours[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  return url ? url : functionName.startsWith('(') ? functionName : 'native';
}

export function topFrames(profile: CpuProfile, count: number, lastSeconds = Infinity): string {
  const selfMicros = new Map<number, number>();
  const at: number[] = [];
  let t = 0;
  for (const delta of profile.timeDeltas) at.push((t += delta));
  const from = t - lastSeconds * 1e6;
  profile.samples.forEach((id, i) => {
    if (at[i]! >= from) selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byFrame = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const micros = selfMicros.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') idle += functionName === '(idle)' ? micros : 0;
    total += micros;
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    byFrame.set(key, (byFrame.get(key) ?? 0) + micros);
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  }
  const busy = total - idle;
  const rows = [...byFrame].filter(([key]) => !key.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, count);
  return [
    `busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled; self time, % of busy:`,
    ...rows.map(([key, micros]) => `${((micros / busy) * 100).toFixed(1).padStart(5)}%  ${key}`),
    'self time by package:',
    ...[...byPackage].filter(([pkg]) => pkg !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 15)
      .map(([pkg, micros]) => `${((micros / busy) * 100).toFixed(1).padStart(5)}%  ${pkg}`),
  ].join('\n');
}

if (require.main === module) {
  const [file, count, lastSeconds] = process.argv.slice(2);
  if (!file) throw new Error('usage: profileTop FILE.cpuprofile [N] [last seconds]');
  console.log(topFrames(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, Number(count ?? 25), Number(lastSeconds ?? Infinity)));
}
