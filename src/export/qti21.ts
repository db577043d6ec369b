// IMS QTI 2.1 content package: what Canvas, Blackboard and Moodle import.
import { writeQtiPackage } from './qti/package';
import { QTI21 } from './qti/qtiVersion';
import type { ExportableQuiz, ExportedFile } from './types';

export function writeQti21(quiz: ExportableQuiz): Promise<ExportedFile> {
  return writeQtiPackage(quiz, QTI21);
}
