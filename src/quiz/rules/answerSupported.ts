// Rule: the answer is in the text, and the question cites where. Every cited span must be the
// article's real words, every tested fact must exist, and the answer must come from them.
import type { Evidence } from '../../domain/facts';
import { BLANK, type Question } from '../../domain/question';
import { statementOfPrompt } from '../compose/trueFalseQuestion';
import type { TimelineEntry } from '../../domain/facts';
import { dateAnswerText, datesOverlap } from '../facts/dates';
import { stepPhrase } from '../facts/eventPhrase';
import type { FactIndex } from '../facts/factIndex';
import { fillInBody } from '../compose/prompts';
import { containsPhrase, coverage, normalizeName, normalizeText } from '../text/normalize';
import { findNumbers } from '../text/numbers';
import { standingClass } from '../text/standing';
import { optionMeaning } from './optionMeaning';
import { entitiesOf, ownWords, supportText, withRelatedFacts } from './support';
import type { QuestionRule } from './types';

/** Share of an answer's content words that must come from the text. */
export const SUPPORT_THRESHOLD = 0.75;

function evidenceProblems(question: Question, index: FactIndex): string[] {
  const problems: string[] = [];
  if (question.evidence.length === 0) problems.push('cites no evidence');
  for (const ev of question.evidence) {
    const article = index.article(ev.articleId);
    if (article === undefined) {
      problems.push(`cites unknown article "${ev.articleId}"`);
      continue;
    }
    if (article.body !== '' && article.body.slice(ev.start, ev.end) !== ev.text) {
      problems.push(`cited words “${ev.text}” are not at ${ev.start}–${ev.end} of the article`);
    }
    const sentence = index.sentence(ev);
    if (article.sentences.length > 0 && (sentence === undefined || ev.start < sentence.start || ev.end > sentence.end)) {
      problems.push(`cited words “${ev.text}” are not inside sentence ${ev.sentenceIndex}`);
    }
  }
  if (question.tests.length === 0) problems.push('tests no fact');
  for (const ref of question.tests) if (!index.hasFact(ref)) problems.push(`tests unknown ${ref.type} "${ref.id}"`);
  return problems;
}

function numberInEvidence(question: Question, value: number): boolean {
  return question.evidence.some((e) => findNumbers(e.text).some((n) => n.value === value));
}

function answerProblems(question: Question, index: FactIndex): string[] {
  const support = supportText(index, question);
  const refs = withRelatedFacts(index, question.tests);
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const correct = question.options.find((o) => o.id === question.answer.optionId);
      if (correct === undefined) return ['the answer names no option'];
      const meaning = optionMeaning(index, correct.text);
      switch (meaning.type) {
        case 'entity': {
          const inFacts = entitiesOf(index, question.tests).has(meaning.entity.id);
          const inText = question.evidence.some((e) => index.namesOf(meaning.entity).some((n) => containsPhrase(index.sentenceText(e), n)));
          return inFacts && inText ? [] : [`the answer “${correct.text}” is not ${inFacts ? 'named in the cited sentences' : 'part of the tested facts'}`];
        }
        case 'number': {
          const ok = refs.some((r) => r.type === 'QUANTITY' && index.quantities.get(r.id)?.value === meaning.value) && numberInEvidence(question, meaning.value);
          return ok ? [] : [`the figure “${correct.text}” is not the tested quantity as the cited words give it`];
        }
        case 'date': {
          const texts = refs.flatMap((r) => ownWords(index, r)).map(normalizeName);
          return texts.includes(normalizeName(dateAnswerText(meaning.date))) ? [] : [`the date “${correct.text}” is not the tested fact's date`];
        }
        case 'standing': {
          const ok = refs.some((r) => {
            const c = r.type === 'CLAIM' ? index.claims.get(r.id) : undefined;
            return c !== undefined && c.respondsToId !== null && standingClass(c.standing) === meaning.standingClass;
          });
          return ok ? [] : [`no tested claim has the standing “${correct.text}”`];
        }
        case 'text':
          return coverage(correct.text, support) >= SUPPORT_THRESHOLD ? [] : [`the answer “${correct.text}” is not in the cited text`];
      }
      return [];
    }
    case 'TRUE_FALSE': {
      const statement = statementOfPrompt(question.prompt);
      if (question.answer.value) {
        return coverage(statement, support) >= SUPPORT_THRESHOLD ? [] : ['the true statement is not borne out by the cited text'];
      }
      // A false statement must change something: some word of it must not be the tested facts' own.
      // Only the tested facts' own words: a related claim (the one answered) may name the swapped-in speaker.
      const own = question.tests.flatMap((r) => ownWords(index, r)).join(' \n ');
      return coverage(statement, own) < 1 ? [] : ['the false statement says only what the tested facts say'];
    }
    case 'NUMERIC': {
      const { value, tolerance } = question.answer;
      const ok = refs.some((r) => {
        const q = r.type === 'QUANTITY' ? index.quantities.get(r.id) : undefined;
        if (q === undefined) return false;
        const expected = q.valueMax === null ? q.value : (q.value + q.valueMax) / 2;
        return expected === value && numberInEvidence(question, q.value);
      });
      return ok && tolerance >= 0 ? [] : [`the figure ${value} is not the tested quantity as the cited words give it`];
    }
    case 'FILL_IN_THE_BLANK': {
      const answer = question.answer.accepted[0];
      if (answer === undefined) return ['no accepted answer'];
      const body = fillInBody(question.prompt);
      if (body.split(BLANK).length !== 2) return ['the prompt must hold exactly one blank'];
      const ok = question.evidence.some((e) => blankFitsSentence(body, answer, index.sentenceText(e), mentionedNames(index, e)));
      return ok ? [] : [`the sentence with “${answer}” filled in is not a cited sentence`];
    }
    case 'MATCHING': {
      const problems: string[] = [];
      for (const pair of question.answer.pairs) {
        const left = question.left.find((l) => l.id === pair.leftId);
        const right = question.right.find((r) => r.id === pair.rightId);
        const entity = left === undefined ? undefined : index.entitiesNamed(left.text)[0];
        if (left === undefined || right === undefined || entity === undefined) {
          problems.push(`pair ${pair.leftId}–${pair.rightId} does not name an entity and an item`);
          continue;
        }
        const byClaim = refs.some((r) => {
          const c = r.type === 'CLAIM' ? index.claims.get(r.id) : undefined;
          return c !== undefined && c.speakerId === entity.id && coverage(right.text, [c.paraphrase, c.quote ?? ''].join(' ')) >= SUPPORT_THRESHOLD;
        });
        const byRole = normalizeName(entity.description ?? '') === normalizeName(right.text);
        if (!byClaim && !byRole) problems.push(`“${right.text}” is not what the tested facts give for ${entity.name}`);
      }
      return problems;
    }
    case 'ORDERING': {
      const entries = question.answer.order.map((id) => {
        const item = question.items.find((i) => i.id === id);
        return refs
          .filter((r) => r.type === 'TIMELINE_ENTRY')
          .map((r) => index.timeline.get(r.id))
          .find((t) => t !== undefined && (t.label === item?.text || stepPhrase(index, t) === item?.text));
      });
      if (entries.some((t) => t === undefined)) return ['an item is not a tested timeline entry'];
      const sequences = entries.map((t) => t?.sequence ?? 0);
      if (!sequences.every((s, i) => i === 0 || s > (sequences[i - 1] ?? 0))) return ['the answer order is not the timeline order'];
      // Two items whose dates overlap cannot be ordered against each other from the dates.
      const dated = entries as TimelineEntry[];
      return dated.some((t, i) => dated.some((u, j) => j > i && datesOverlap(t.date, u.date))) ? ['two items have overlapping dates: the order between them cannot be defended'] : [];
    }
  }
}

export const answerSupported: QuestionRule = {
  name: 'answer-supported',
  check: (question, index) => [...evidenceProblems(question, index), ...answerProblems(question, index)],
};

/** The names of what is mentioned in the evidence's sentence: what a stand-alone stem may put for a pronoun. */
function mentionedNames(index: FactIndex, e: Evidence): string {
  const ids = new Set(index.facts.mentions.filter((m) => m.evidence.articleId === e.articleId && m.evidence.sentenceIndex === e.sentenceIndex).map((m) => m.entityId));
  return [...ids].flatMap((id) => {
    const entity = index.entity(id);
    return entity === undefined ? [] : [...index.namesOf(entity), index.displayName(entity)];
  }).join(' \n ');
}

/**
 * Whether the stem, its blank filled with the key, says what the cited sentence says: the sentence
 * itself, or the sentence made to stand alone (a pronoun named, a leading "But" dropped, cut to a
 * clause). Then the key must sit in the sentence between the same words as around the blank, and
 * every content word of the stem must come from the sentence or the names it mentions.
 */
export function blankFitsSentence(body: string, answer: string, sentence: string, names: string): boolean {
  const [before = '', after = ''] = body.split(BLANK);
  const filled = normalizeText(body.replace(BLANK, answer));
  const s = normalizeText(sentence);
  if (s === filled) return true;
  const left = normalizeText(before).split(' ').filter((w) => w !== '').slice(-2).join(' ');
  const right = normalizeText(after).split(' ').filter((w) => w !== '').slice(0, 2).join(' ');
  const local = ` ${[left, normalizeText(answer), right].filter((w) => w !== '').join(' ')} `;
  return ` ${s} `.includes(local) && coverage(filled, `${sentence} \n ${names}`) === 1;
}
