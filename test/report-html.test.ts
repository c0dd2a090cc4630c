/**
 * The HTML report (`--format html`, issue 11 item 2) as a renderer: escaping of whatever a draft
 * holds, the scorecard's verdicts, the language, and a page that needs nothing from the network.
 * What a browser makes of it (console, accessibility, A4 print) is scripts/test-report.mjs.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../rules/index';
import { runCli } from '../server/cli/run';
import { escapeText, html, trusted } from '../server/report/html/escape';
import type { DocumentInsight } from '../server/report/insight';
import { conditionStatus, INTERVENTIONS, REPORT_GROUPS, scorecard } from '../server/report/scorecard';
import { ruleRationale } from '../server/report/guidance';

/** A budget that lapses within the year and has no purposes: real findings with a replacing and an inserting fix. */
const CHAPTER = `# Hoofdstuk 4 Duurzame inzetbaarheid

## Artikel 4.1 Ontwikkelbudget

1. De medewerker heeft jaarlijks recht op een ontwikkelbudget van € 750.
2. Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.
`;

/** The same chapter with hostile text in the flagged sentence and a heading. */
const HOSTILE = `# Hoofdstuk <script>alert("kop")</script>

## Artikel 4.1 Ontwikkelbudget

1. De medewerker heeft jaarlijks recht op een ontwikkelbudget van € 750 <img src=x onerror="alert('x')"> & meer.
2. Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.</p><script>alert(1)</script>
`;

let dir: string;

function put(rel: string, content: string): string {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function report(argv: string[]): string {
  let stdout = '';
  const code = runCli(['--format', 'html', ...argv], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, color: false });
  assert.ok(code === 0 || code === 1, `exit ${code}`);
  return stdout;
}

/** The text of the page with the tags taken out and the entities read back, as a reader sees it. */
const visible = (page: string): string =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caolint-html-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('HTML report: escaping', () => {
  it('escapes text in one place: interpolations, never fragments made by the tag', () => {
    assert.equal(escapeText(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    assert.equal(html`<p>${inner} ${['<', 1, null, false, undefined]}</p>`.value, '<p><b>&lt;i&gt;</b> &lt;1</p>');
    assert.equal(html`${trusted('<hr>')}`.value, '<hr>');
  });

  it('a draft with <script>, an event handler and a closing tag in its text, and a hostile file name, opens no element', () => {
    put('<img src=x onerror=alert(1)>.md', HOSTILE);
    const page = report(['.']);
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /<img/i);
    assert.doesNotMatch(page, /<\/p><script/);
    // The words are still there for the reader, as text.
    const text = visible(page);
    assert.match(text, /<img src=x onerror=alert\(1\)>\.md/);
    assert.match(text, /kalenderjaar\.<\/p><script>alert\(1/);
    assert.match(text, /€ 750 <img src=x onerror="alert\('x'\)"> & meer/);
  });
});

describe('HTML report: self-contained', () => {
  it('loads nothing: no script, no external stylesheet, font or image, and a policy that forbids them', () => {
    put('h4.md', CHAPTER);
    const page = report(['h4.md']);
    assert.match(page, /^<!doctype html>/);
    assert.doesNotMatch(page, /<script|<link|<img|<iframe|@import|url\(|\bsrc=/i);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.match(page, /@page \{ size: A4;/);
  });
});

describe('HTML report: a finding', () => {
  it('shows the sentence with the flagged span marked, the message, the guidance and the suggested clause', () => {
    put('h4.md', CHAPTER);
    const page = report(['h4.md']);
    assert.match(page, /<blockquote class="sentence" lang="nl"><p>/);
    assert.match(
      page,
      /<mark aria-label="gemarkeerd: Het ontwikkelbudget vervalt aan het einde van het kalenderjaar\.">Het ontwikkelbudget vervalt aan het einde van het kalenderjaar\.<\/mark>/,
    );
    assert.match(page, /«ontwikkelbudget» vervalt al na 12 maanden/);
    // The guidance's reasons, quoted from the rule page, not written anew.
    const rationale = ruleRationale('budget-spending-period', 'nl') ?? '';
    assert.ok(rationale.includes('ruime looptijd'));
    assert.ok(page.includes(escapeText(rationale)));
    // The preferred fix: the clause it puts in, and the words it replaces.
    assert.match(page, /Voorgestelde clausule[\s\S]*Niet-bestede bedragen blijven 24 maanden beschikbaar\./);
    assert.match(page, /Vervangt: <del lang="nl">Het ontwikkelbudget vervalt aan het einde van het kalenderjaar\.<\/del>/);
    // The rule page on the web: the report is read on other machines.
    assert.match(page, /href="https:\/\/github\.com\/caolint\/caolint\/blob\/main\/rules\/budget-spending-period\.md"/);
    assert.doesNotMatch(page, /file:\/\//);
  });

  it('groups findings under their intervention and charts them with a text alternative', () => {
    put('h4.md', CHAPTER);
    const page = report(['h4.md']);
    assert.match(page, /<h4 class="intervention">Zeggenschap van medewerkers over het scholingsbudget<\/h4>/);
    const alt = /<svg role="img" aria-labelledby="doc-1-chart-alt"[\s\S]*?<title id="doc-1-chart-alt">([^<]+)<\/title>/.exec(page);
    assert.ok(alt, 'the chart is an image labelled by its title');
    assert.match(alt[1], /Zeggenschap van medewerkers over het scholingsbudget: 4 \(4 waarschuwingen\)/);
    assert.match(alt[1], /Taakherontwerp: leren door de inrichting van het werk: 0/);
  });
});

describe('HTML report: scorecard', () => {
  const insight = (over: Partial<DocumentInsight>): DocumentInsight => ({
    language: 'nl',
    ran: ['r'],
    applicable: [],
    reported: [],
    crashed: [],
    worst: {},
    notes: {},
    ...over,
  });

  it('met = applied and silent, not met = reported, info only = possibly not met, nothing to judge = not applicable', () => {
    assert.deepEqual(conditionStatus('r', insight({ applicable: ['r'] })), { ruleId: 'r', status: 'met' });
    assert.deepEqual(conditionStatus('r', insight({ applicable: ['r'], reported: ['r'], worst: { r: 'warning' } })), { ruleId: 'r', status: 'notMet' });
    assert.deepEqual(conditionStatus('r', insight({ applicable: ['r'], reported: ['r'], worst: { r: 'info' } })), { ruleId: 'r', status: 'possiblyNotMet' });
    assert.deepEqual(conditionStatus('r', insight({})), { ruleId: 'r', status: 'notApplicable' });
  });

  it('says when there is no verdict: rule off, rule crashed, finding switched off in the text', () => {
    assert.deepEqual(conditionStatus('r', insight({ ran: [] })), { ruleId: 'r', status: 'notChecked', reason: 'off' });
    assert.deepEqual(conditionStatus('r', insight({ crashed: ['r'], worst: { r: 'error' } })), { ruleId: 'r', status: 'notChecked', reason: 'crashed' });
    assert.deepEqual(conditionStatus('r', insight({ applicable: ['r'], reported: ['r'] })), { ruleId: 'r', status: 'notChecked', reason: 'silenced' });
  });

  it('has the eight interventions of the guidance and drafting quality, each rule under its own', () => {
    const cards = scorecard(allRules, insight({ ran: allRules.map((r) => r.meta.id) }));
    assert.deepEqual(
      cards.map((c) => c.intervention),
      REPORT_GROUPS,
    );
    assert.equal(INTERVENTIONS.length, 8);
    assert.deepEqual(REPORT_GROUPS.slice(8), ['redactie']);
    assert.equal(cards.flatMap((c) => c.conditions).length, allRules.length);
    for (const card of cards) assert.ok(card.conditions.length > 0, `${card.intervention} has a condition`);
  });

  it('reads a real draft: the lapsing budget fails the spending period, a granted budget with purposes passes, work design does not apply', () => {
    put('h4.md', `${CHAPTER}3. Het budget kan worden besteed aan opleidingen, cursussen en loopbaanadvies.\n`);
    const page = report(['h4.md']);
    const row = (description: string) =>
      new RegExp(`<td>${escapeText(description).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</td><td><span class="status (\\w+)"`).exec(page)?.[1];
    const describe = (id: string) => allRules.find((r) => r.meta.id === id)?.meta.description.nl ?? '';
    assert.equal(row(describe('budget-spending-period')), 'notMet');
    assert.equal(row(describe('budget-earmarking')), 'met');
    assert.match(
      page,
      /<th scope="row" id="doc-1-taakherontwerp">Taakherontwerp: leren door de inrichting van het werk<\/th><td>Het concept regelt niets waar de 3 voorwaarden van deze interventie over gaan\.<\/td>/,
    );
  });

  it('keeps its verdicts when --quiet hides the warnings from the list', () => {
    put('h4.md', CHAPTER);
    const page = report(['--quiet', 'h4.md']);
    assert.match(page, /Bevindingen \(0\)/);
    assert.match(page, /class="status notMet"/);
  });

  it('a finding switched off in the text is not counted as met', () => {
    put('h4.md', CHAPTER.replace('2. Het', '<!-- caolint-disable-next-line budget-spending-period -->\n2. Het'));
    const page = report(['h4.md']);
    assert.match(page, /melding in de tekst uitgezet/);
  });
});

describe('HTML report: language', () => {
  it('is Dutch by default, English with --locale en, the lang attribute included', () => {
    put('h4.md', CHAPTER);
    const nl = report(['h4.md']);
    assert.match(nl, /<html lang="nl">/);
    assert.match(nl, /Scorekaart per interventie/);
    const en = report(['--locale', 'en', 'h4.md']);
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Scorecard per intervention/);
    assert.match(en, /Employee control over the training budget/);
    assert.match(en, /lapses after only 12 months/);
    assert.match(en, /What the guidance says/);
    assert.doesNotMatch(en, /Scorekaart|Bevindingen|Wat de handreiking zegt/);
  });
});

describe('the other formats leave the report insight out', () => {
  it('--format json has only filePath and messages', () => {
    put('h4.md', CHAPTER);
    let stdout = '';
    runCli(['--format', 'json', 'h4.md'], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, color: false });
    const [file] = JSON.parse(stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(file), ['filePath', 'messages']);
  });
});
