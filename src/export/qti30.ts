// 1EdTech QTI 3.0 content package.
import { writeQtiPackage } from './qti/package';
import { QTI30 } from './qti/qtiVersion';
import type { ExportableQuiz, ExportedFile } from './types';

export function writeQti30(quiz: ExportableQuiz): Promise<ExportedFile> {
  return writeQtiPackage(quiz, QTI30);
}
