// IMS Common Cartridge 1.3 (.imscc): what Canvas, Moodle, Brightspace, Schoology and Sakai import
// as a course package. The quiz is a QTI 1.2 assessment in the cartridge's QTI profile; the
// article it is about is a web page beside it, with its attribution, when the quiz carries its text.
import { filenameFor } from './filename';
import { el, serialize, type XmlElement } from './qti/xmlTree';
import { qti12Assessment } from './qti12/assessment';
import { escapeHtml } from './text/html';
import { passagesOf, SENTENCE_NUMBERS_NOTE, type Passage } from './text/passage';
import { passageParagraphsHtml, SENTENCE_NUMBER_STYLE } from './text/passageHtml';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';
import { zipEntries } from './zipDates';

export const CC_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1';
const LOM_MANIFEST = 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest';
export const CC_ASSESSMENT_PATH = 'quiz/assessment.xml';
const ASSESSMENT_TYPE = 'imsqti_xmlv1p2/imscc_xmlv1p3/assessment';

function articleHtml(passage: Passage): string {
  const paragraphs = passageParagraphsHtml(passage);
  const link = passage.url === null ? '' : ` <a href="${escapeHtml(passage.url)}">${escapeHtml(passage.url)}</a>`;
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(passage.heading)}</title><style>${SENTENCE_NUMBER_STYLE}</style></head>
<body>
<h1>${escapeHtml(passage.heading)}</h1>
<p class="attribution">${escapeHtml(passage.attribution)}${link}</p>
<p class="numbering-note">${escapeHtml(SENTENCE_NUMBERS_NOTE.replace(/\[|\]/g, ''))}</p>
${paragraphs}
</body>
</html>
`;
}

function manifestXml(quiz: ExportableQuiz, articles: readonly { href: string; passage: Passage }[]): string {
  const string = (text: string): XmlElement => el('lomimscc:string', { language: 'en' }, [text]);
  const articleItems = articles.map((a, i) => el('item', { identifier: `I_ARTICLE_${i + 1}`, identifierref: `R_ARTICLE_${i + 1}` }, [el('title', {}, [a.passage.heading])]));
  const articleResources = articles.map((a, i) => el('resource', { identifier: `R_ARTICLE_${i + 1}`, type: 'webcontent', href: a.href }, [el('file', { href: a.href })]));
  const manifest = el(
    'manifest',
    {
      identifier: 'MANIFEST',
      xmlns: CC_NAMESPACE,
      'xmlns:lomimscc': LOM_MANIFEST,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${CC_NAMESPACE} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd ${LOM_MANIFEST} http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd`,
    },
    [
      el('metadata', {}, [
        el('schema', {}, ['IMS Common Cartridge']),
        el('schemaversion', {}, ['1.3.0']),
        el('lomimscc:lom', {}, [el('lomimscc:general', {}, [el('lomimscc:title', {}, [string(quiz.title)])])]),
      ]),
      el('organizations', {}, [
        el('organization', { identifier: 'ORGANIZATION', structure: 'rooted-hierarchy' }, [
          el('item', { identifier: 'I_ROOT' }, [...articleItems, el('item', { identifier: 'I_QUIZ', identifierref: 'R_QUIZ' }, [el('title', {}, [quiz.title])])]),
        ]),
      ]),
      el('resources', {}, [...articleResources, el('resource', { identifier: 'R_QUIZ', type: ASSESSMENT_TYPE }, [
          el('file', { href: CC_ASSESSMENT_PATH }),
          // The quiz is about the article: an LMS importing the quiz alone brings its passage too.
          ...articles.map((_, i) => el('dependency', { identifierref: `R_ARTICLE_${i + 1}` })),
        ])]),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(manifest)}\n`;
}

export async function writeCommonCartridge(quiz: ExportableQuiz): Promise<ExportedFile> {
  const warnings: ExportWarning[] = [];
  const assessment = qti12Assessment(quiz, 'ASSESSMENT_1', 'COMMON_CARTRIDGE', warnings, 'COMMON_CARTRIDGE');
  const articles = passagesOf(quiz).map((passage, i) => ({ href: `article/article-${i + 1}.html`, passage }));
  if (articles.length === 0) {
    warnings.push({ questionId: null, message: "COMMON_CARTRIDGE: the article's text is not available, so the cartridge holds the quiz alone." });
  }
  return {
    filename: filenameFor(quiz.title, 'imscc'),
    mediaType: 'application/zip',
    content: await zipEntries([
      ['imsmanifest.xml', manifestXml(quiz, articles)],
      ...articles.map((article) => [article.href, articleHtml(article.passage)] as const),
      [CC_ASSESSMENT_PATH, assessment.xml],
    ]),
    binary: true,
    warnings,
  };
}
