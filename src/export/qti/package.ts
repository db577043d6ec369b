// A QTI content package: one item file per question, listed in imsmanifest.xml, zipped in memory.
import JSZip from 'jszip';
import { FIXED_ZIP_DATE } from '../zipDates';
import type { Question } from '../../domain/question';
import { filenameFor } from '../filename';
import { numberedParagraphText, passageMissing, passagesOf, SENTENCE_NUMBERS_NOTE, type Passage } from '../text/passage';
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
  /** Identifiers of the stimulus resources the item refers to (QTI 3.0). */
  readonly stimuli: readonly string[];
}

/** A passage's file in the package: a QTI 3.0 stimulus, or a QTI 2.1 item without interactions. */
export interface QtiPassageFile {
  readonly identifier: string;
  readonly href: string;
  readonly xml: string;
  readonly articleId: string;
  readonly title: string;
}

/** The passage as body content: heading, attribution, what the numbers are, numbered paragraphs. */
function passageContent(passage: Passage): XmlElement[] {
  return [
    el('h2', {}, [passage.heading]),
    el('p', { class: 'attribution' }, [passage.attribution]),
    el('p', { class: 'sentence-numbering' }, [SENTENCE_NUMBERS_NOTE]),
    ...passage.paragraphs.map((paragraph) => el('p', {}, [numberedParagraphText(paragraph)])),
  ];
}

function passageXml(passage: Passage, identifier: string, version: QtiVersion): string {
  const root = version.sharedStimulus
    ? el(
        'assessmentStimulus',
        {
          xmlns: version.itemNamespace,
          'xmlns:xsi': XSI,
          'xsi:schemaLocation': `${version.itemNamespace} ${version.itemSchemaLocation}`,
          identifier,
          title: passage.heading,
        },
        [el('stimulusBody', {}, passageContent(passage))],
      )
    : el(
        'assessmentItem',
        {
          xmlns: version.itemNamespace,
          'xmlns:xsi': XSI,
          'xsi:schemaLocation': `${version.itemNamespace} ${version.itemSchemaLocation}`,
          identifier,
          title: passage.heading,
          adaptive: 'false',
          timeDependent: 'false',
        },
        [el('itemBody', {}, [el('div', { class: 'passage' }, passageContent(passage))])],
      );
  return `${XML_DECLARATION}\n${serialize(version.rename(root))}\n`;
}

/** The passages the package can carry, each in its own file; the rest are reported. */
export function qtiPassages(quiz: ExportableQuiz, version: QtiVersion, warnings: ExportWarning[]): QtiPassageFile[] {
  warnings.push(...passageMissing(version.name, quiz));
  const files: QtiPassageFile[] = [];
  for (const passage of passagesOf(quiz)) {
    if (!passageContent(passage).flatMap(allText).every(fitsXml)) {
      warnings.push({ questionId: null, message: `${version.name}: the passage is left out: its text has control characters XML cannot carry.` });
      continue;
    }
    const identifier = `PASSAGE_${files.length + 1}`;
    const href = version.sharedStimulus ? `stimuli/${identifier}.xml` : `items/${identifier}.xml`;
    files.push({ identifier, href, xml: passageXml(passage, identifier, version), articleId: passage.articleId, title: passage.heading });
  }
  if (files.length > 0 && !version.sharedStimulus) {
    warnings.push({
      questionId: null,
      message: `${version.name}: QTI 2.1 has no shared stimulus (assessmentStimulus came with QTI 2.2), so the article is an item without questions, first in the package.`,
    });
  }
  return files;
}

function itemXml(tree: ItemTree, question: Question, identifier: string, version: QtiVersion, stimuli: readonly QtiPassageFile[]): string {
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
    [
      ...tree.declarations,
      // The item file sits in items/, the stimulus in stimuli/: the href is relative to the item.
      ...stimuli.map((s) => el('assessmentStimulusRef', { identifier: s.identifier, href: `../${s.href}`, title: s.title })),
      tree.body,
      responseProcessing,
      ...feedback,
    ],
  );
  return `${XML_DECLARATION}\n${serialize(version.rename(item))}\n`;
}

export function manifestXml(items: readonly QtiItemFile[], version: QtiVersion, passages: readonly QtiPassageFile[] = []): string {
  const passageResources = passages.map((p) =>
    el('resource', { identifier: p.identifier, type: version.stimulusResourceType ?? version.itemResourceType, href: p.href }, [el('file', { href: p.href })]),
  );
  const resources = items.map((item) =>
    el('resource', { identifier: item.identifier, type: version.itemResourceType, href: item.href }, [
      el('file', { href: item.href }),
      ...item.stimuli.map((id) => el('dependency', { identifierref: id })),
    ]),
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
      el('resources', {}, [...passageResources, ...resources]),
    ],
  );
  return `${XML_DECLARATION}\n${serialize(manifest)}\n`;
}

/** Items that can be written, with their files; questions XML cannot carry are reported instead. */
export function qtiItems(quiz: ExportableQuiz, version: QtiVersion, warnings: ExportWarning[], passages: readonly QtiPassageFile[] = []): QtiItemFile[] {
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
    // Each item refers to the passages its evidence quotes (a shared stimulus exists only in 3.0).
    const cited = new Set(question.evidence.map((e) => e.articleId));
    const stimuli = version.sharedStimulus ? passages.filter((p) => cited.has(p.articleId)) : [];
    files.push({ identifier, href, xml: itemXml(tree, question, identifier, version, stimuli), stimuli: stimuli.map((s) => s.identifier) });
  });
  return files;
}

export async function writeQtiPackage(quiz: ExportableQuiz, version: QtiVersion): Promise<ExportedFile> {
  const warnings: ExportWarning[] = [];
  const passages = qtiPassages(quiz, version, warnings);
  const items = qtiItems(quiz, version, warnings, passages);
  const zip = new JSZip();
  // A fixed date keeps the archive byte-identical run to run (zip stores each file's mtime); and no
  // implicit folder entries, which JSZip would stamp with the current time.
  const options = { date: FIXED_ZIP_DATE, createFolders: false };
  zip.file('imsmanifest.xml', manifestXml(items, version, passages), options);
  for (const passage of passages) zip.file(passage.href, passage.xml, options);
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
