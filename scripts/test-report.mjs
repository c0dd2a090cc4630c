// The HTML report in a real browser: renders `caolint --format html` for the bundled samples (lint
// mode, Dutch and English) and `caolint compare --format html` for a sample proposal pair, from the sources, opens each report in Debian's headless Chromium
// (playwright-core, from scripts/e2e-setup.sh as the e2e suite uses it) and checks that the page
// logs no console error and requests nothing from the network, that axe-core finds no serious or
// critical accessibility violation, and that printing gives A4 pages. Screenshots and the PDFs land
// in test-results/report/.
// Usage: node scripts/test-report.mjs [name-prefix]   (e.g. `compare` checks only the compare reports)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumLaunch } from './chromium.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-results/report');
const t0 = Date.now();
const lap = (message) => console.log(`[test:report ${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);
const A4 = { width: 595.28, height: 841.89 };
const TOLERANCE = 2; // points

// 1. The tools: Chromium and playwright-core, installed once per machine and cached.
const tools = Object.fromEntries(
  execFileSync('bash', [join(root, 'scripts/e2e-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 20 * 60000 })
    .trim()
    .split('\n')
    .map((line) => line.split('='))
    .filter((kv) => kv.length === 2),
);
const { chromium } = createRequire(join(tools.TOOLS, 'package.json'))('playwright-core');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
lap('tools ready');

// 2. The reports, rendered by the CLI from the sources (so the test sees the code as it is now).
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The CLI from the sources, in this process (tsx compiles the TypeScript on import).
register();
const { runCli } = await import('../server/cli/run.ts');
/** `documents`: the sections the page must have (a lint report: one per draft; a compare report: before-and-after and per provision). */
function render(name, locale, targets, documents, command = []) {
  const file = join(out, `${name}.html`);
  let stderr = '';
  const code = runCli([...command, '--format', 'html', '--locale', locale, '-o', file, ...targets], {
    cwd: root,
    stdout: () => {},
    stderr: (t) => (stderr += t),
    color: false,
  });
  // Exit code 1 only says the samples hold error-level findings; the report is written all the same.
  if (code !== 0 && code !== 1) throw new Error(`caolint ${command.join(' ')} --format html exited with ${code}: ${stderr}`);
  return { name, locale, file, documents, compare: command.length > 0 };
}
const pair = ['samples/voorstellen/ontwikkelbudget-oud.md', 'samples/voorstellen/ontwikkelbudget-nieuw.md'];
// One section per sample draft, the proposal pairs in samples/voorstellen/ included: counted, not
// written down (samples/README.md is documentation, left out by .caolintignore).
const sampleCount = readdirSync(join(root, 'samples'), { recursive: true }).filter(
  (f) => /\.(md|markdown)$/.test(String(f)) && String(f) !== 'README.md',
).length;
// Every sample in both languages, one draft alone (the view docs/images/html-report.png shows), and
// a proposal pair compared (docs/images/compare-report.png), in both languages.
const reports = [
  render('lint-nl', 'nl', ['samples'], sampleCount),
  render('lint-en', 'en', ['samples'], sampleCount),
  render('lint-nl-one', 'nl', ['samples/ontwikkelbudget-kort-slecht.md'], 1),
  render('compare-nl', 'nl', pair, 2, ['compare']),
  render('compare-en', 'en', pair, 2, ['compare']),
];
lap(`rendered ${reports.map((r) => r.file).join(', ')}`);

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

/** Every page size in a PDF Chromium wrote (its MediaBoxes are plain text), in points. */
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

const browser = await chromium.launch(chromiumLaunch);
try {
  for (const { name, locale, file, documents: expected, compare } of reports.filter((r) => r.name.startsWith(process.argv[2] ?? ''))) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(30000);
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text().slice(0, 300));
    });
    page.on('pageerror', (e) => errors.push(String(e).slice(0, 300)));
    page.on('requestfailed', (r) => requests.push(`failed: ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(`network: ${r.url()}`);
    });
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    check(errors.length === 0, `${name}: console errors: ${errors.join(' | ')}`);
    check(requests.length === 0, `${name}: requests besides the file: ${requests.join(' | ')}`);
    check((await page.getAttribute('html', 'lang')) === locale, `${name}: <html lang> is not ${locale}`);
    const documents = await page.locator('section.document').count();
    check(documents === expected, `${name}: ${documents} document sections, expected ${expected}`);
    // A lint report has a chart per document; a compare report one per version, side by side.
    check((await page.locator('svg[role="img"] title').count()) === (compare ? 2 : documents), `${name}: not one labelled chart per document or version`);
    if (compare) {
      // The pair's spending period went from 12 to 36 months: that finding is resolved and the change is shown.
      const resolved = await page.locator('section.status-group.resolved article.finding').count();
      check(resolved === 1, `${name}: ${resolved} resolved findings, expected 1`);
      const changes = await page.locator('ul.changes:not(.provides) li').allInnerTexts();
      check(
        changes.some((c) => /12 (maanden|months)[\s\S]*36 (maanden|months)/.test(c)),
        `${name}: no spending-period change among ${JSON.stringify(changes)}`,
      );
      check((await page.locator('table.scorecard.compare thead th').count()) === 4, `${name}: the compare scorecard has no old and new column`);
    }

    // Screenshots: the top of the report as a reader first sees it, and one whole document (a compare report: the whole page).
    await page.screenshot({ path: join(out, `${name}-top.png`) });
    if (compare) await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
    else {
      const worst = page
        .locator('section.document')
        .filter({ has: page.locator('article.finding.warning') })
        .first();
      await worst.screenshot({ path: join(out, `${name}-document.png`) });
    }

    // Accessibility: axe-core, evaluated through the DevTools protocol (the page's policy allows no script of its own).
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      const result = await globalThis.axe.run(globalThis.document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0]?.target.join(' ') }));
    });
    const serious = axe.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    writeFileSync(join(out, `${name}-axe.json`), `${JSON.stringify(axe, null, 2)}\n`);
    check(serious.length === 0, `${name}: axe: ${serious.map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes, e.g. ${v.target}): ${v.help}`).join('; ')}`);
    if (axe.length > 0) lap(`${name}: axe, minor or moderate only: ${axe.map((v) => `${v.id} (${v.impact})`).join(', ')}`);

    // Print: A4 pages, and a look at the print stylesheet.
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(out, `${name}.pdf`), pdf);
    const pages = pdfPages(pdf);
    check(pages.length > 0, `${name}: the PDF has no pages`);
    const notA4 = pages.filter((p) => Math.abs(p.width - A4.width) > TOLERANCE || Math.abs(p.height - A4.height) > TOLERANCE);
    check(notA4.length === 0, `${name}: pages not A4: ${JSON.stringify(notA4.slice(0, 3))}`);
    check(pages.length >= documents, `${name}: ${pages.length} PDF pages for ${documents} documents (each starts a page)`);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(out, `${name}-print.png`) });
    lap(`${name}: ${documents} documents, ${pages.length} A4 pages, ${axe.length} axe rules with minor findings`);
    check(errors.length === 0, `${name}: console errors after printing: ${errors.join(' | ')}`);
    await context.close();
  }
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error(`\nREPORT TEST FAILED:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
lap(`passed; screenshots and PDFs in ${out}`);
