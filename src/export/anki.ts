// An Anki deck (.apkg): a zip holding collection.anki2, the SQLite collection in Anki's schema 11
// (the legacy layout every Anki since 2.1 still imports, and the one genanki writes), and `media`,
// the JSON map of media files (none here). One Basic note, one card, per question: the front is the
// prompt with whatever a learner chooses from; the back is the answer, the explanation and the
// cited sentence.
//
// The collection is built in memory and serialised: no temporary file, so the writer stays free of
// I/O. Every timestamp in it is fixed and every id is derived from the quiz and its questions, so
// the same quiz gives the same bytes, and importing a deck again updates its notes (same guid)
// instead of doubling them.
import { createHash } from 'crypto';
import Database from 'better-sqlite3';
import type { Question } from '../domain/question';
import { BLANK } from '../domain/question';
import { answerText, optionLetter } from './answerText';
import { filenameFor } from './filename';
import { explanationWithEvidence } from './text/evidence';
import { escapeHtml } from './text/html';
import { passageLeftOut } from './text/passage';
import { sourceNames, type SourceName } from './text/sourceNames';
import type { ExportableQuiz, ExportedFile, ExportWarning } from './types';
import { FIXED_ZIP_DATE, zipEntries } from './zipDates';

/** Anki's schema 11, as its 2.1 releases create it. */
const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Anki's field separator inside notes.flds. */
const FIELD_SEPARATOR = '\x1f';
/** Seconds and milliseconds for every timestamp: the zip's fixed date, so no clock is read. */
const FIXED_SECONDS = Math.floor(FIXED_ZIP_DATE.getTime() / 1000);
const FIXED_MILLIS = FIXED_ZIP_DATE.getTime();
const OPTIONS_GROUP_ID = 1;

/** A positive id below 2^53 derived from the text, so it survives JSON and SQLite alike. */
function stableId(text: string): number {
  return parseInt(createHash('sha1').update(text).digest('hex').slice(0, 12), 16) + 1;
}

/** Anki's checksum of the sort field: the first 8 hex digits of its SHA-1, HTML stripped. */
function fieldChecksum(field: string): number {
  const plain = field.replace(/<[^>]*>/g, '');
  return parseInt(createHash('sha1').update(plain).digest('hex').slice(0, 8), 16);
}

const html = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');
const list = (items: readonly string[], ordered: boolean): string => {
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((i) => `<li>${html(i)}</li>`).join('')}</${tag}>`;
};

/** The front: the question and what a learner chooses from, so the card can be answered. */
function front(question: Question): string {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return `${html(question.prompt)}<br>${question.options.map((o, i) => `${optionLetter(i)}. ${html(o.text)}`).join('<br>')}`;
    case 'TRUE_FALSE':
      return `${html(question.prompt)}<br>True or false?`;
    case 'NUMERIC':
      return question.answer.unit === '' ? html(question.prompt) : `${html(question.prompt)} (in ${html(question.answer.unit)})`;
    case 'FILL_IN_THE_BLANK':
      return html(question.prompt.split(BLANK).join('________'));
    case 'MATCHING':
      return `${html(question.prompt)}${list(question.left.map((l) => l.text), true)}${question.right.map((r, i) => `${optionLetter(i)}. ${html(r.text)}`).join('<br>')}`;
    case 'ORDERING':
      return `${html(question.prompt)}${list(question.items.map((item) => item.text), false)}`;
  }
}

function back(question: Question, names: SourceName): string {
  return `${html(answerText(question))}<br><br>${html(explanationWithEvidence(question.explanation, question.evidence, names))}`;
}

function basicModel(modelId: number, deckId: number): object {
  const field = (name: string, ord: number): object => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
  return {
    id: modelId,
    name: 'newsquiz Basic',
    type: 0,
    mod: FIXED_SECONDS,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}', bqfmt: '', bafmt: '', did: null }],
    flds: [field('Front', 0), field('Back', 1)],
    css: '.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }',
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    tags: [],
    vers: [],
    // Card 1 needs the Front field: Anki makes no card from a note whose front is empty.
    req: [[0, 'all', [0]]],
  };
}

function deck(id: number, name: string, description: string): object {
  return {
    id,
    name,
    desc: description,
    conf: OPTIONS_GROUP_ID,
    dyn: 0,
    collapsed: false,
    extendNew: 10,
    extendRev: 50,
    mod: FIXED_SECONDS,
    usn: -1,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

const OPTIONS_GROUP = {
  id: OPTIONS_GROUP_ID,
  name: 'Default',
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
  lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 100 },
};

function collection(quiz: ExportableQuiz): Buffer {
  const names = sourceNames(quiz);
  const deckId = stableId(`deck:${quiz.id}`);
  const modelId = stableId(`model:${quiz.id}`);
  const db = new Database(':memory:');
  try {
    db.exec(SCHEMA);
    const conf = { nextPos: quiz.questions.length + 1, estTimes: true, activeDecks: [deckId], sortType: 'noteFld', timeLim: 0, sortBackwards: false, addToCur: true, curDeck: deckId, newBury: true, newSpread: 0, dueCounts: true, curModel: String(modelId), collapseTime: 1200 };
    const decks = {
      1: deck(1, 'Default', ''),
      [deckId]: deck(deckId, quiz.title.trim() === '' ? 'newsquiz' : quiz.title.replace(/::/g, ':'), 'Questions from newsquiz, each with its answer and the sentence that gives it.'),
    };
    db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run(
      FIXED_SECONDS,
      FIXED_MILLIS,
      FIXED_MILLIS,
      JSON.stringify(conf),
      JSON.stringify({ [modelId]: basicModel(modelId, deckId) }),
      JSON.stringify(decks),
      JSON.stringify({ [OPTIONS_GROUP_ID]: OPTIONS_GROUP }),
      '{}',
    );
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, '', ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    quiz.questions.forEach((question, index) => {
      const noteId = stableId(`note:${quiz.id}:${question.id}`);
      const frontField = front(question);
      const guid = createHash('sha1').update(`newsquiz:${quiz.id}:${question.id}`).digest('base64').slice(0, 10);
      insertNote.run(noteId, guid, modelId, FIXED_SECONDS, [frontField, back(question, names)].join(FIELD_SEPARATOR), frontField, fieldChecksum(frontField));
      // New cards are shown in `due` order: the quiz's order.
      insertCard.run(stableId(`card:${quiz.id}:${question.id}`), noteId, deckId, FIXED_SECONDS, index + 1);
    });
    return db.serialize();
  } finally {
    db.close();
  }
}

export async function writeAnki(quiz: ExportableQuiz): Promise<ExportedFile> {
  const warnings: ExportWarning[] = [
    { questionId: null, message: 'ANKI: every question becomes one Basic card: the question with its options on the front, the answer, explanation and cited sentence on the back; Anki does not grade choices, the learner judges their own answer.' },
    ...passageLeftOut('ANKI', quiz),
  ];
  return {
    filename: filenameFor(quiz.title, 'apkg'),
    mediaType: 'application/zip',
    content: await zipEntries([
      ['collection.anki2', collection(quiz)],
      ['media', '{}'],
    ]),
    binary: true,
    warnings,
  };
}
