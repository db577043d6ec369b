// A printable worksheet: the article (its sentences numbered as the explanations cite them), the
// questions for the class, then the answer key on a page of its own (break-before: page), with
// answers, explanations and the quoted evidence.
import { BLANK } from '../domain/question';
import type { Question } from '../domain/question';
import { answerText, optionLetter } from './answerText';
import { filenameFor } from './filename';
import { sentenceNumber } from './text/evidence';
import { escapeHtml } from './text/html';
import { passageMissing, passagesOf, type Passage } from './text/passage';
import { passageParagraphsHtml, SENTENCE_NUMBER_STYLE } from './text/passageHtml';
import { capitalised, sourceNames, type SourceName } from './text/sourceNames';
import type { ExportableQuiz, ExportedFile } from './types';

const STYLE = `
  body { font-family: Georgia, 'Times New Roman', serif; font-size: 12pt; line-height: 1.45; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; }
  .student-line { margin: 0 0 1.5rem; }
  ol.questions > li { margin-bottom: 1.25rem; break-inside: avoid; }
  ol.options { list-style: upper-alpha; }
  .blank { display: inline-block; min-width: 8em; border-bottom: 1px solid #111; }
  .box { display: inline-block; width: 1.6em; height: 1.2em; border: 1px solid #111; margin-right: .4em; vertical-align: middle; }
  .match { display: flex; gap: 3rem; }
  .answer-key { break-before: page; page-break-before: always; border-top: 2px dashed #999; margin-top: 3rem; padding-top: 1rem; }
  blockquote { margin: .25rem 0 .25rem 1rem; padding-left: .75rem; border-left: 3px solid #bbb; font-style: italic; }
  cite { font-style: normal; font-size: .9em; color: #444; }
  .passage { margin: 0 0 2rem; padding-bottom: 1rem; border-bottom: 1px solid #bbb; }
  .passage h2 { font-size: 1.2rem; margin-bottom: .25rem; }
  .attribution, .numbering-note { font-size: .9em; color: #444; margin-top: 0; }
  ${SENTENCE_NUMBER_STYLE}
  @media print {
    body { max-width: none; margin: 0; }
    .answer-key { border-top: none; margin-top: 0; padding-top: 0; }
  }
`;

const h = escapeHtml;

function promptHtml(question: Question): string {
  if (question.kind !== 'FILL_IN_THE_BLANK') return `<p class="prompt">${h(question.prompt)}</p>`;
  return `<p class="prompt">${question.prompt.split(BLANK).map(h).join('<span class="blank"></span>')}</p>`;
}

function responseHtml(question: Question): string {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return `<ol class="options">${question.options.map((o) => `<li>${h(o.text)}</li>`).join('')}</ol>`;
    case 'TRUE_FALSE':
      return '<p class="true-false"><span class="box"></span>True <span class="box"></span>False</p>';
    case 'NUMERIC':
      return `<p>Answer: <span class="blank"></span> ${h(question.answer.unit)}</p>`;
    case 'FILL_IN_THE_BLANK':
      return '';
    case 'MATCHING':
      return `<p class="hint">Write the letter of the match in each box.</p><div class="match"><ol>${question.left
        .map((l) => `<li><span class="box"></span>${h(l.text)}</li>`)
        .join('')}</ol><ol class="options">${question.right.map((r) => `<li>${h(r.text)}</li>`).join('')}</ol></div>`;
    case 'ORDERING':
      return `<p class="hint">Number the events from 1 (earliest).</p><ul class="order">${question.items
        .map((item) => `<li><span class="box"></span>${h(item.text)}</li>`)
        .join('')}</ul>`;
  }
}

function keyEntryHtml(question: Question, names: SourceName): string {
  const evidence = question.evidence
    .map(
      (e) =>
        `<blockquote>${h(e.text)}</blockquote><cite>${h(capitalised(names(e.articleId)))}, sentence ${sentenceNumber(e.sentenceIndex)}</cite>`,
    )
    .join('');
  const rationales =
    'options' in question
      ? `<ul class="rationales">${question.options
          .flatMap((o, i) => (o.rationale === '' ? [] : [`<li>${optionLetter(i)}. ${h(o.rationale)}</li>`]))
          .join('')}</ul>`
      : '';
  return `<li data-question-id="${h(question.id)}"><p class="answer"><strong>Answer:</strong> ${h(answerText(question))}</p><p class="explanation">${h(
    question.explanation,
  )}</p>${rationales}${evidence}</li>`;
}

/** One article: heading, attribution, paragraphs whose sentences carry the number citations use. */
function passageHtml(passage: Passage, index: number): string {
  const paragraphs = passageParagraphsHtml(passage);
  return `<section class="passage" id="passage-${index + 1}" aria-labelledby="passage-${index + 1}-heading">
<h2 id="passage-${index + 1}-heading">${h(passage.heading)}</h2>
<p class="attribution">${h(passage.attribution)}</p>
<p class="numbering-note">The small number before each sentence is how the answer key cites it (“sentence 3”).</p>
${paragraphs}
</section>`;
}

export function worksheetHtml(quiz: ExportableQuiz): string {
  const passages = passagesOf(quiz).map(passageHtml).join('\n');
  const questions = quiz.questions
    .map((q) => `<li class="question" data-question-id="${h(q.id)}">${promptHtml(q)}${responseHtml(q)}</li>`)
    .join('\n');
  const names = sourceNames(quiz);
  const key = quiz.questions.map((q) => keyEntryHtml(q, names)).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(quiz.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<section class="worksheet" id="worksheet">
<h1>${h(quiz.title)}</h1>
<p class="student-line">Name: <span class="blank"></span> Date: <span class="blank"></span></p>
${passages}
<ol class="questions">
${questions}
</ol>
</section>
<section class="answer-key" id="answer-key">
<h1>Answer key: ${h(quiz.title)}</h1>
<ol class="key">
${key}
</ol>
</section>
</body>
</html>
`;
}

export function writeWorksheetHtml(quiz: ExportableQuiz): ExportedFile {
  return {
    filename: filenameFor(quiz.title, 'worksheet.html'),
    mediaType: 'text/html; charset=utf-8',
    content: Buffer.from(worksheetHtml(quiz), 'utf8'),
    binary: false,
    warnings: passageMissing('WORKSHEET_HTML', quiz),
  };
}
