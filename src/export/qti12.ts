// IMS QTI 1.2 (questestinterop) in an IMS content package: what Canvas Classic Quizzes import
// (Settings > Import course content > "QTI .zip file"; Canvas's own quiz export is QTI 1.2 too),
// and what Blackboard Learn and Brightspace accept as a QTI 1.2 question package.
// Sources: text2qti (github.com/gpoore/text2qti, README: "quizzes in QTI format (version 1.2),
// which can be imported by Canvas"), canvas_qti_to_learnosity_converter ("canvas quizzes exported
// as qti 1.2"), R/exams exams2qti12 (flavor "canvas").
import { filenameFor } from './filename';
import { el, serialize } from './qti/xmlTree';
import { qti12Assessment } from './qti12/assessment';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';
import { zipEntries } from './zipDates';

const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1';
export const QTI12_ASSESSMENT_PATH = 'assessment/assessment.xml';

export function qti12Manifest(): string {
  const manifest = el(
    'manifest',
    {
      xmlns: CP_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${CP_NAMESPACE} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`,
      identifier: 'MANIFEST',
    },
    [
      el('metadata', {}, [el('schema', {}, ['IMS Content']), el('schemaversion', {}, ['1.1.3'])]),
      el('organizations'),
      el('resources', {}, [
        el('resource', { identifier: 'ASSESSMENT', type: 'imsqti_xmlv1p2', href: QTI12_ASSESSMENT_PATH }, [el('file', { href: QTI12_ASSESSMENT_PATH })]),
      ]),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(manifest)}\n`;
}

export async function writeQti12(quiz: ExportableQuiz): Promise<ExportedFile> {
  const warnings: ExportWarning[] = [];
  const assessment = qti12Assessment(quiz, 'ASSESSMENT_1', 'QTI12', warnings);
  return {
    filename: filenameFor(quiz.title, 'qti12.zip'),
    mediaType: 'application/zip',
    content: await zipEntries([
      ['imsmanifest.xml', qti12Manifest()],
      [QTI12_ASSESSMENT_PATH, assessment.xml],
    ]),
    binary: true,
    warnings,
  };
}
