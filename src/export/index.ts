// Quizzes in the formats the tools educators teach with import. One writer per format, each pure:
// quiz in, file out, plus warnings naming every question converted or left out, and why.
import { writeAiken } from './aiken';
import { writeAnki } from './anki';
import { writeBlackboard } from './blackboard';
import { writeBlooket } from './blooket';
import { writeBrightspace } from './brightspace';
import { writeCommonCartridge } from './commonCartridge';
import { writeGift } from './gift';
import { writeGimkit } from './gimkit';
import { writeKahoot } from './kahoot';
import { writeMarkdown } from './markdown';
import { writeMoodleXml } from './moodleXml';
import { writeQti12 } from './qti12';
import { writeQti21 } from './qti21';
import { writeQti30 } from './qti30';
import { writeQuizizz } from './quizizz';
import { writeQuizlet } from './quizlet';
import type { ExportableQuiz, ExportedFile } from './types';
import { writeWorksheetHtml } from './worksheetHtml';

export type { ExportableQuiz, ExportedFile, ExportWarning } from './types';

export const EXPORT_FORMATS = [
  'GIFT',
  'MOODLE_XML',
  'QTI12',
  'QTI21',
  'QTI30',
  'COMMON_CARTRIDGE',
  'AIKEN',
  'KAHOOT',
  'QUIZIZZ',
  'BLOOKET',
  'GIMKIT',
  'BLACKBOARD',
  'BRIGHTSPACE',
  'QUIZLET',
  'ANKI',
  'WORKSHEET_HTML',
  'MARKDOWN',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS: Record<ExportFormat, (quiz: ExportableQuiz) => ExportedFile | Promise<ExportedFile>> = {
  GIFT: writeGift,
  MOODLE_XML: writeMoodleXml,
  QTI12: writeQti12,
  QTI21: writeQti21,
  QTI30: writeQti30,
  COMMON_CARTRIDGE: writeCommonCartridge,
  AIKEN: writeAiken,
  KAHOOT: writeKahoot,
  QUIZIZZ: writeQuizizz,
  BLOOKET: writeBlooket,
  GIMKIT: writeGimkit,
  BLACKBOARD: writeBlackboard,
  BRIGHTSPACE: writeBrightspace,
  QUIZLET: writeQuizlet,
  ANKI: writeAnki,
  WORKSHEET_HTML: writeWorksheetHtml,
  MARKDOWN: writeMarkdown,
};

export async function exportQuiz(quiz: ExportableQuiz, format: ExportFormat): Promise<ExportedFile> {
  return WRITERS[format](quiz);
}
