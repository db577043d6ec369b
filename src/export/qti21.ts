// IMS QTI 2.1 content package. Not what Canvas Classic Quizzes read: they import QTI 1.2 (see
// qti12.ts; text2qti's README, github.com/gpoore/text2qti: "QTI format (version 1.2), which can
// be imported by Canvas"; Canvas's own quiz export is QTI 1.2, per canvas_qti_to_learnosity_converter).
// Nor does core Moodle import it: its QTI 2.1 format is the third-party qformat_imsqti21 plugin
// (github.com/jmvedrine/moodle-qformat_imsqti21), whose README says only export was worked on.
// QTI 2.1 is for tools built on it (TAO, OpenOLAT, ONYX) and, by one third-party source, Blackboard:
// qti-package-maker (pypi.org/project/qti-package-maker) writes "QTI v1.2 for Canvas/ADAPT and QTI
// v2.1 for Blackboard"; no Blackboard documentation was found to confirm it, so it is not claimed.
// QTI 2.1 has no shared stimulus (assessmentStimulus came with QTI 2.2), so the passage travels as an
// item without interactions, first in the package (see qti/package.ts).
import { writeQtiPackage } from './qti/package';
import { QTI21 } from './qti/qtiVersion';
import type { ExportableQuiz, ExportedFile } from './types';

export function writeQti21(quiz: ExportableQuiz): Promise<ExportedFile> {
  return writeQtiPackage(quiz, QTI21);
}
