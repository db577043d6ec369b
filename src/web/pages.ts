// The HTML shells of the quiz pages. The pages are built in the browser from the GraphQL API; the
// server sends a small accessible shell (viewport, language, landmarks) that works before the
// script arrives, and a noscript message for when it never does.

import { escapeHtml } from '../export/text/html';

export const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #545d68; --line: #c9d1d9; --accent: #0b57d0; --right: #146c2e; --wrong: #b3261e; --partial: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
main.wide { max-width: 72rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 0 0 1rem; padding: .75rem 1rem 1rem; }
legend { padding: 0 .25rem; font-weight: 600; }
.qnum { display: block; font-size: .85rem; font-weight: 500; color: var(--muted); }
label { display: block; margin: .5rem 0 .25rem; }
.choice { display: flex; align-items: center; gap: .5rem; margin: .35rem 0; }
.choice label { margin: 0; flex: 1; padding: .35rem 0; }
input[type=radio] { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; }
input[type=text], select { width: 100%; font: inherit; padding: .55rem .6rem; border: 1px solid #8c959f; border-radius: .375rem; background: #fff; }
[aria-invalid=true] { border-color: var(--wrong); box-shadow: 0 0 0 2px var(--wrong); }
.hint { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
button { font: inherit; min-height: 2.75rem; min-width: 2.75rem; border-radius: .375rem; border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); padding: .5rem 1.25rem; font-weight: 600; }
button:disabled { opacity: .45; cursor: default; }
ol.ordering { padding-left: 1.5rem; }
ol.ordering li { display: flex; align-items: center; gap: .5rem; padding: .35rem 0; border-bottom: 1px solid var(--line); }
.item-text { flex: 1; }
.moves { display: flex; gap: .25rem; }
[role=alert]:not(:empty) { color: var(--wrong); font-weight: 600; margin: .75rem 0; }
.problem { border-left: 4px solid var(--wrong); padding: .25rem 1rem; }
.results { padding-left: 0; list-style: none; }
.result { border-left: 4px solid var(--line); padding: .25rem 1rem; margin: 0 0 1rem; }
.result.right { border-color: var(--right); } .result.wrong { border-color: var(--wrong); } .result.partial { border-color: var(--partial); }
.result h3 { margin: .25rem 0; font-size: 1.05rem; }
blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid var(--line); color: var(--muted); font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.keep { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; overflow-wrap: anywhere; }
.code-form input { font-size: 1.5rem; letter-spacing: .15em; text-transform: uppercase; max-width: 14rem; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.summary dt { font-weight: 600; } dl.summary dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.5rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
.scroll { overflow-x: auto; }
.chart { width: 100%; height: auto; max-width: 40rem; }
.chart .bar { fill: var(--accent); } .chart .baseline { stroke: var(--muted); }
.chart text { font-size: 13px; fill: var(--ink); }
.meter { display: flex; align-items: center; gap: .5rem; min-width: 8rem; }
.track { flex: 1; height: .75rem; background: #eaeef2; border-radius: .375rem; overflow: hidden; }
.fill { display: block; height: 100%; background: var(--accent); }
ul.options { margin: 0; padding-left: 1rem; }
ul.options .key { font-weight: 600; } ul.options .unused { color: var(--wrong); }
.passage { border-bottom: 1px solid var(--line); margin: 0 0 1.5rem; padding-bottom: .5rem; }
.passage h2 { font-size: 1.25rem; margin-bottom: .25rem; }
.passage .attribution { color: var(--muted); font-size: .9rem; margin-top: 0; }
.sentence-number { font-size: .7em; font-weight: 700; vertical-align: super; color: var(--muted); margin-right: .1em; }
@media (max-width: 30rem) { main { padding: .75rem; } h1 { font-size: 1.35rem; } }
`;

interface Shell {
  readonly title: string;
  /** Trusted HTML (built here with escapeHtml). */
  readonly body: string;
  readonly script?: 'play' | 'review' | 'results';
  readonly wide?: boolean;
}

export function page({ title, body, script, wide }: Shell): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/web/style.css">
${script ? `<script type="module" src="/assets/web/${script}.js"></script>` : ''}
</head>
<body>
<main${wide ? ' class="wide"' : ''}>
${body}
</main>
</body>
</html>
`;
}

export function codeFormPage(problem: string | null, typed = ''): string {
  return page({
    title: 'Take a quiz – newsquiz',
    body: `<h1>Take a quiz</h1>
<form class="code-form" method="get" action="/play">
${problem ? `<p role="alert" id="code-problem">${escapeHtml(problem)}</p>` : ''}
<label for="code">Quiz code</label>
<input type="text" id="code" name="code" value="${escapeHtml(typed)}" autocomplete="off" autocapitalize="characters" spellcheck="false" required aria-describedby="code-hint${problem ? ' code-problem' : ''}"${problem ? ' aria-invalid="true" autofocus' : ''}>
<p class="hint" id="code-hint">The 8 characters your teacher gave you, like K7QM-X4PB.</p>
<button type="submit" class="primary">Open the quiz</button>
</form>`,
  });
}

export function playPage(code: string): string {
  return page({
    title: 'Quiz – newsquiz',
    script: 'play',
    body: `<div id="app" data-code="${escapeHtml(code)}" aria-live="polite"><p>Loading the quiz…</p></div>
<noscript><p>This quiz needs JavaScript to run.</p></noscript>`,
  });
}

/**
 * The review shell holds no token: the token is in the link's fragment, which only the page script
 * reads, so it never reaches the server or its logs.
 */
export function reviewPage(): string {
  return page({
    title: 'Your answers – newsquiz',
    script: 'review',
    body: `<div id="app" aria-live="polite"><h1>Your answers</h1><p>Loading your answers…</p></div>
<noscript><p>This page needs JavaScript to show your answers.</p></noscript>`,
  });
}

export function resultsPage(quizId: string): string {
  return page({
    title: 'Results – newsquiz',
    script: 'results',
    wide: true,
    body: `<div id="app" data-quiz-id="${escapeHtml(quizId)}"><p>Loading the results…</p></div>
<noscript><p>The results page needs JavaScript to run.</p></noscript>`,
  });
}
