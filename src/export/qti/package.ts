// A QTI content package: one item file per question, listed in imsmanifest.xml, zipped in memory.
import JSZip from 'jszip';
import { FIXED_ZIP_DATE } from '../zipDates';
import type { Question } from '../../domain/question';
import { filenameFor } from '../filename';
import { sourceNames } from '../text/sourceNames';
import { fitsXml } from '../text/xml';
import type { ExportableQuiz, ExportedFile, ExportWarning } from '../types';
import { itemTree, type ItemTree } from './itemTree';
import type { QtiVersion } from './qtiVersion';
import { allText, el, serialize, type XmlElement } from './xmlTree';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export interface QtiItemFile {
  readonly identifier: string;
  readonly href: string;
  readonly xml: string;
}

function itemXml(tree: ItemTree, question: Question, identifier: string, version: QtiVersion): string {
  const processing = tree.processing.attributes['template'];
  const responseProcessing =
    processing === 'match_correct' || processing === 'map_response'
      ? el('responseProcessing', { template: version.templateUri(processing) })
      : tree.processing;
  const feedback = tree.feedback.map((node) =>
    typeof node === 'string' ? node : el(node.name, node.attributes, version.feedbackContent(node.children)),
  );
  const item = el(
    'assessmentItem',
    {
      xmlns: version.itemNamespace,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': `${version.itemNamespace} ${version.itemSchemaLocation}`,
      identifier,
      title: question.prompt,
      adaptive: 'false',
      timeDependent: 'false',
    },
    [...tree.declarations, tree.body, responseProcessing, ...feedback],
  );
  return `${XML_DECLARATION}\n${serialize(version.rename(item))}\n`;
}

export function manifestXml(items: readonly QtiItemFile[], version: QtiVersion): string {
  const resources = items.map((item) =>
    el('resource', { identifier: item.identifier, type: version.itemResourceType, href: item.href }, [el('file', { href: item.href })]),
  );
  const manifest: XmlElement = el(
    'manifest',
    {
      xmlns: version.manifestNamespace,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': `${version.manifestNamespace} ${version.manifestSchemaLocation}`,
      identifier: 'MANIFEST',
    },
    [
      el('metadata', {}, [el('schema', {}, [version.name === 'QTI21' ? 'QTIv2.1 Package' : 'QTI Package']), el('schemaversion', {}, [version.manifestSchemaVersion])]),
      el('organizations'),
      el('resources', {}, resources),
    ],
  );
  return `${XML_DECLARATION}\n${serialize(manifest)}\n`;
}

/** Items that can be written, with their files; questions XML cannot carry are reported instead. */
export function qtiItems(quiz: ExportableQuiz, version: QtiVersion, warnings: ExportWarning[]): QtiItemFile[] {
  const files: QtiItemFile[] = [];
  const names = sourceNames(quiz);
  quiz.questions.forEach((question, index) => {
    const tree = itemTree(question, names);
    const texts = [tree.body, tree.processing, ...tree.declarations, ...tree.feedback].flatMap(allText);
    if (![...texts, question.prompt].every(fitsXml)) {
      warnings.push({ questionId: question.id, message: `${version.name}: left out: its text has control characters XML cannot carry.` });
      return;
    }
    if (question.kind === 'TRUE_FALSE') {
      warnings.push({ questionId: question.id, message: `${version.name}: TRUE_FALSE written as a two-option choice (True, False); QTI has no true/false interaction.` });
    }
    const identifier = `ITEM_${String(index + 1).padStart(3, '0')}`;
    const href = `items/${identifier}.xml`;
    files.push({ identifier, href, xml: itemXml(tree, question, identifier, version) });
  });
  return files;
}

export async function writeQtiPackage(quiz: ExportableQuiz, version: QtiVersion): Promise<ExportedFile> {
  const warnings: ExportWarning[] = [];
  const items = qtiItems(quiz, version, warnings);
  const zip = new JSZip();
  // A fixed date keeps the archive byte-identical run to run (zip stores each file's mtime); and no
  // implicit folder entries, which JSZip would stamp with the current time.
  const options = { date: FIXED_ZIP_DATE, createFolders: false };
  zip.file('imsmanifest.xml', manifestXml(items, version), options);
  for (const item of items) zip.file(item.href, item.xml, options);
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return {
    filename: filenameFor(quiz.title, version.name === 'QTI21' ? 'qti21.zip' : 'qti30.zip'),
    mediaType: 'application/zip',
    content,
    binary: true,
    warnings,
  };
}
