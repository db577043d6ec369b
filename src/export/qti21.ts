// IMS QTI 2.1 content package. Not what Canvas Classic Quizzes read: they import QTI 1.2 (see
// qti12.ts; text2qti's README, github.com/gpoore/text2qti: "QTI format (version 1.2), which can
// be imported by Canvas"; Canvas's own quiz export is QTI 1.2, per canvas_qti_to_learnosity_converter).
// Nor does core Moodle import it: its QTI 2.1 format is the third-party qformat_imsqti21 plugin
// (github.com/jmvedrine/moodle-qformat_imsqti21), whose README says only export was worked on.
// QTI 2.1 is for tools built on it (TAO, OpenOLAT, ONYX); whether Blackboard reads it was not checked.
import { writeQtiPackage } from './qti/package';
import { QTI21 } from './qti/qtiVersion';
import type { ExportableQuiz, ExportedFile } from './types';

export function writeQti21(quiz: ExportableQuiz): Promise<ExportedFile> {
  return writeQtiPackage(quiz, QTI21);
}
