// /quizzes/:id/results: the class's results for the educator: a summary, the score distribution
// as a bar chart (with the same numbers as a table), item analysis per question, and the attempts.
import { ApiError, el, focusOn, formatNumber, gql } from './graphql.js';

interface OptionStats { optionId: string; text: string; correct: boolean; count: number; upperCount: number; lowerCount: number; neverChosen: boolean }
interface QuestionStats {
  number: number;
  question: { prompt: string; kind: string };
  answeredCount: number;
  correctShare: number;
  facility: number;
  discrimination: number | null;
  options: OptionStats[] | null;
  suspectKey: boolean;
}
interface Results {
  quiz: {
    title: string;
    statistics: {
      attemptCount: number;
      meanPercent: number | null;
      medianPercent: number | null;
      groupSize: number;
      scoreDistribution: { from: number; to: number; count: number }[];
      questions: QuestionStats[];
    };
    attempts: { totalCount: number; nodes: { participant: string; submittedAt: string; score: { points: number; maxPoints: number; percent: number } }[] };
  };
}

const QUERY = `query($id: ID!) { quiz(id: $id) { title
  statistics { attemptCount meanPercent medianPercent groupSize scoreDistribution { from to count }
    questions { number question { prompt kind } answeredCount correctShare facility discrimination suspectKey
      options { optionId text correct count upperCount lowerCount neverChosen } } }
  attempts(last: 100) { totalCount nodes { participant submittedAt score { points maxPoints percent } } } } }`;

const SVG = 'http://www.w3.org/2000/svg';
const app = document.getElementById('app') as HTMLElement;
const pct = (share: number) => `${formatNumber(share * 100, 0)}%`;

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Inline SVG: scales with the page, needs no library; described for screen readers, and the table below carries the numbers. */
function distributionChart(bins: { from: number; to: number; count: number }[]): SVGElement {
  const width = 600, height = 220, pad = 30, barGap = 6;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = (width - 2 * pad) / bins.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'dist-title', class: 'chart' });
  chart.append(svg('title', { id: 'dist-title' }, `Score distribution: ${bins.map((b) => `${b.count} scored ${b.from} to ${b.to}%`).join(', ')}`));
  bins.forEach((b, i) => {
    const h = ((height - 2 * pad) * b.count) / max;
    const x = pad + i * barWidth;
    chart.append(
      svg('rect', { x: x + barGap / 2, y: height - pad - h, width: barWidth - barGap, height: h, class: 'bar' }),
      svg('text', { x: x + barWidth / 2, y: height - pad - h - 4, 'text-anchor': 'middle', class: 'count' }, String(b.count)),
      svg('text', { x: x + barWidth / 2, y: height - pad + 16, 'text-anchor': 'middle', class: 'axis' }, `${b.from}`),
    );
  });
  chart.append(svg('line', { x1: pad, x2: width - pad, y1: height - pad, y2: height - pad, class: 'baseline' }));
  return chart;
}

/** A CSS bar beside a figure: width carries the value, the text states it. */
function bar(share: number, label: string): HTMLElement {
  const fill = el('span', { class: 'fill' });
  fill.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
  return el('span', { class: 'meter' }, el('span', { class: 'track', 'aria-hidden': 'true' }, fill), el('span', { class: 'meter-label' }, label));
}

function optionsCell(q: QuestionStats): HTMLElement | string {
  if (!q.options) return '—';
  return el('ul', { class: 'options' },
    ...q.options.map((o) =>
      el('li', { class: o.correct ? 'key' : o.neverChosen ? 'unused' : '' },
        `${o.text}: ${o.count} (top ${o.upperCount}, bottom ${o.lowerCount})`,
        o.correct ? ' ✓ key' : '',
        o.neverChosen ? ' — never chosen' : ''),
    ),
  );
}

function flags(q: QuestionStats): string {
  const found: string[] = [];
  if (q.suspectKey) found.push('Check the key: the top group chose a wrong option more often');
  if (q.options?.some((o) => o.neverChosen)) found.push('A distractor nobody chose');
  if (q.discrimination !== null && q.discrimination < 0) found.push('Weaker students did better');
  return found.join('. ') || '—';
}

function show(results: Results['quiz']): void {
  const s = results.statistics;
  document.title = `Results: ${results.title} – newsquiz`;
  const heading = el('h1', {}, `Results: ${results.title}`);
  const summary = el('dl', { class: 'summary' },
    el('dt', {}, 'Attempts'), el('dd', { id: 'attempt-count' }, String(s.attemptCount)),
    el('dt', {}, 'Mean score'), el('dd', {}, s.meanPercent === null ? '—' : `${formatNumber(s.meanPercent)}%`),
    el('dt', {}, 'Median score'), el('dd', {}, s.medianPercent === null ? '—' : `${formatNumber(s.medianPercent)}%`),
    el('dt', {}, 'Top and bottom groups'), el('dd', {}, s.groupSize ? `${s.groupSize} attempts each (27%)` : 'too few attempts'),
  );
  const distribution = el('section', { 'aria-labelledby': 'dist-heading' },
    el('h2', { id: 'dist-heading' }, 'Score distribution'),
    distributionChart(s.scoreDistribution),
    el('table', {}, el('caption', {}, 'Attempts per score band'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Score'), el('th', { scope: 'col' }, 'Attempts'))),
      el('tbody', {}, ...s.scoreDistribution.map((b) => el('tr', {}, el('th', { scope: 'row' }, `${b.from}–${b.to}%`), el('td', {}, String(b.count)))))),
  );
  const questions = el('section', { 'aria-labelledby': 'q-heading' },
    el('h2', { id: 'q-heading' }, 'Questions'),
    el('p', { class: 'hint' }, 'Facility: mean credit (how easy). Discrimination D: mean credit of the top 27% minus the bottom 27% by total score; below 0.2 the question separates strong and weak students poorly.'),
    el('div', { class: 'scroll' }, el('table', { class: 'questions' },
      el('thead', {}, el('tr', {}, ...['#', 'Question', 'Facility', 'Right', 'D', 'Options chosen', 'Flags'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...s.questions.map((q) => el('tr', {},
        el('th', { scope: 'row' }, String(q.number)),
        el('td', {}, q.question.prompt),
        el('td', {}, bar(q.facility, pct(q.facility))),
        el('td', {}, pct(q.correctShare)),
        el('td', {}, q.discrimination === null ? '—' : formatNumber(q.discrimination, 2)),
        el('td', {}, optionsCell(q)),
        el('td', {}, flags(q)),
      ))),
    )),
  );
  const attempts = el('section', { 'aria-labelledby': 'a-heading' },
    el('h2', { id: 'a-heading' }, `Attempts (${results.attempts.totalCount}${results.attempts.totalCount > 100 ? ', latest 100 shown' : ''})`),
    el('div', { class: 'scroll' }, el('table', { class: 'attempts' },
      el('thead', {}, el('tr', {}, ...['Participant', 'Submitted', 'Score'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...results.attempts.nodes.map((a) => el('tr', {},
        el('th', { scope: 'row' }, a.participant),
        el('td', {}, new Date(a.submittedAt).toLocaleString()),
        el('td', {}, `${formatNumber(a.score.points, 2)} / ${a.score.maxPoints} (${formatNumber(a.score.percent, 0)}%)`),
      ))),
    )),
  );
  app.replaceChildren(heading, summary, distribution, questions, attempts);
  focusOn(heading);
}

/**
 * Results are private to the quiz's educator. The key is asked for on the page and kept in
 * sessionStorage (this tab only, gone when it closes), never in the URL where logs would keep it.
 */
const KEY_STORE = 'newsquiz.apiKey';

function askForKey(reason: string): void {
  const input = el('input', { type: 'password', id: 'api-key', autocomplete: 'off', required: true });
  const form = el('form', {},
    el('p', { role: 'alert' }, reason),
    el('label', { for: 'api-key' }, 'Educator API key'), input,
    el('button', { type: 'submit', class: 'primary' }, 'Show results'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORE, input.value.trim());
    void start();
  });
  app.replaceChildren(el('h1', {}, 'Quiz results'), form);
  input.focus();
}

async function start(): Promise<void> {
  const key = sessionStorage.getItem(KEY_STORE);
  try {
    const { quiz } = await gql<Results>(QUERY, { id: app.dataset.quizId ?? '' }, key ? { authorization: `Bearer ${key}` } : {});
    show(quiz);
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
      if (key) sessionStorage.removeItem(KEY_STORE);
      return askForKey(key ? error.message : 'These results are private: enter the API key the quiz was made with.');
    }
    const message = error instanceof ApiError && error.code === 'NOT_FOUND' ? 'There is no quiz with this id.' : error instanceof Error ? error.message : 'The results could not be loaded.';
    const alert = el('div', { class: 'problem', role: 'alert' }, el('p', {}, message));
    app.replaceChildren(alert);
    focusOn(alert);
  }
}

void start();
