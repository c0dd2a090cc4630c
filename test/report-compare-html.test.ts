/**
 * The compare report (`caolint compare --format html`, issue 11 items 1 and 2) as a renderer:
 * before and after side by side, per provision its changes and its findings by status, escaping,
 * a page that loads nothing, headings in order, and both languages. What a browser makes of it is
 * scripts/test-report.mjs.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../server/cli/run';

/** A budget that lapses within the year and names no purposes. */
const OLD = `# Hoofdstuk 4 Duurzame inzetbaarheid

## Artikel 4.1 Ontwikkelbudget

1. De medewerker heeft jaarlijks recht op een ontwikkelbudget van € 750.
2. Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.
`;

/** Renumbered, a longer spending period, purposes, and hostile markup in the flagged sentence. */
const NEW = `# Hoofdstuk 4 Duurzame inzetbaarheid

## Artikel 4.3 Ontwikkelbudget

1. De medewerker heeft jaarlijks recht op een ontwikkelbudget van € 750 <img src=x onerror="alert('x')"> voor opleiding en loopbaanadvies.
2. Het ontwikkelbudget kan binnen 36 maanden worden besteed.
`;

let dir: string;

function compare(argv: string[]): string {
  let stdout = '';
  let stderr = '';
  const code = runCli(['compare', '--format', 'html', ...argv, 'oud.md', 'nieuw.md'], {
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: false,
  });
  assert.equal(code, 0, stderr);
  return stdout;
}

/** The page's second part: per provision, up to the end of <main>. */
function provisionText(page: string): string {
  const start = page.indexOf('<section class="document per-provision"');
  assert.ok(start > 0, 'no per-provision section');
  return page.slice(start, page.indexOf('</main>'));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caolint-compare-html-'));
  writeFileSync(join(dir, 'oud.md'), OLD);
  writeFileSync(join(dir, 'nieuw.md'), NEW);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('compare report (HTML)', () => {
  it("is one self-contained page with the lint report's policy: no script, nothing fetched", () => {
    const page = compare([]);
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.doesNotMatch(page, /<script|<link |src="http|url\(/i);
    // The draft's markup is text: the <img> is escaped, never an element.
    assert.doesNotMatch(page, /<img/);
    assert.match(page, /&lt;img src=x onerror=&quot;alert\(&#39;x&#39;\)&quot;&gt;/);
  });

  it('puts before and after side by side: a column per version and a scorecard with an old and a new verdict per condition', () => {
    const page = compare([]);
    assert.match(page, /<h3 id="before-title">Oude versie<\/h3>\s*<p class="path">oud\.md<\/p>/);
    assert.match(page, /<h3 id="after-title">Nieuwe versie<\/h3>\s*<p class="path">nieuw\.md<\/p>/);
    assert.equal(page.match(/<svg role="img"/g)?.length, 2);
    assert.match(
      page,
      /<thead><tr><th scope="col">Interventie<\/th><th scope="col">Voorwaarde<\/th><th scope="col">Oud<\/th><th scope="col">Nieuw<\/th><\/tr><\/thead>/,
    );
    // The spending-period condition went from not met to met, and the row says so in words.
    assert.match(
      page,
      /ruime bestedingstermijn[^<]*<\/td><td><span class="status notMet">.*?<\/td><td><span class="status met">.*?<span class="movement better">.*?beter<\/span>/,
    );
  });

  it('shows per provision its changes in substance and its findings resolved and still open', () => {
    const section = provisionText(compare([]));
    assert.match(section, /<h3 id="provision-1-title">ontwikkelbudget<\/h3>/);
    assert.match(section, /artikel 4\.1 -&gt; 4\.3/);
    assert.match(
      section,
      /<span class="aspect">bestedingstermijn<\/span> <del>12 maanden<\/del> <span aria-hidden="true">→<\/span><span class="sr">wordt<\/span> <ins>36 maanden<\/ins>/,
    );
    assert.match(section, /<span class="aspect">doelen<\/span> <ins><span aria-hidden="true">\+ <\/span>opleiding/);
    assert.match(section, /<span class="status-word resolved">Opgelost<\/span> \(2\)/);
    assert.match(section, /<span class="status-word open">Nog open<\/span> \(3\)/);
    assert.doesNotMatch(section, /status-word introduced/);
    // A resolved finding is quoted from the old version, with its marked sentence, and offers no clause any more.
    const resolved = section.slice(section.indexOf('status-group resolved'));
    assert.match(resolved, /<mark aria-label="gemarkeerd: [^"]*">/);
    assert.match(resolved, /budget-spending-period/);
    assert.doesNotMatch(resolved, /Voorgestelde clausule/);
    // Links go to the rule pages on the web, never to a file on this machine.
    assert.doesNotMatch(section, /href="file:/);
  });

  it('keeps its headings in order: one h1, then h2, h3, h4, h5 without skipping a level', () => {
    const page = compare([]);
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    assert.equal(levels.filter((l) => l === 1).length, 1);
    levels.forEach((level, i) => {
      if (i > 0) assert.ok(level <= levels[i - 1] + 1, `h${level} after h${levels[i - 1]}`);
    });
  });

  it('is Dutch by default and English with --locale en', () => {
    const en = compare(['--locale', 'en']);
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Two versions of a proposal compared/);
    assert.match(en, /<span class="aspect">spending period<\/span> <del>12 months<\/del>/);
    assert.match(en, /Resolved<\/span> \(2\)/);
    assert.doesNotMatch(en, /Opgelost|Oude versie|Scorekaart/);
  });
});
