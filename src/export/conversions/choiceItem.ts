// The one item model the choice-only formats (Aiken, Kahoot, Quizizz, Blooket, Gimkit) write,
// and that richer formats fall back to for kinds they cannot express (ORDERING in GIFT and Moodle).
import type { Evidence } from '../../domain/facts';

export interface ChoiceItemOption {
  readonly text: string;
  readonly correct: boolean;
  /** Why it is right or wrong; empty when the source question gave no reason for this option. */
  readonly rationale: string;
}

export interface ChoiceItem {
  /** The question it came from: warnings and answer keys refer to this. */
  readonly questionId: string;
  /** Unique within the export: the question id, or `<id>-<n>` when one question became several. */
  readonly id: string;
  readonly prompt: string;
  readonly options: readonly ChoiceItemOption[];
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
}
