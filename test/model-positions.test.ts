// Nodes that remark plugins create without a `position` (autolink literals inside Pandoc's
// `[...]{.underline}` spans or bracketed e-mail addresses) must not pull findings and fixes to the
// top of the file: every range lies in the text, in order, on the sentence it is about.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFixesRepeatedly, preferredFix, applyEdits } from '../server/engine/applyEdits';
import { lintText } from './harness/lint';
import { parseMarkdown } from '../server/engine/parse';
import { collectBlocks } from '../server/model/blocks';
import { runCli } from '../server/cli/run';
import { loadSamples } from './harness/samples';

const HEADING = '# Artikel 5 Ontwikkelbudget';
const LAPSE = 'Niet-bestede bedragen vervallen aan het einde van het kalenderjaar';

/** Two drafts whose lapsing sentence holds a link remark-gfm makes without a position. */
const drafts = {
  underline: `${HEADING}\n\nDe werknemer heeft recht op een ontwikkelbudget van € 500 per jaar. ${LAPSE}, zie [www.example.nl]{.underline}.\n`,
  mailto: `${HEADING}\n\nDe werknemer heeft recht op een ontwikkelbudget van € 500 per jaar. ${LAPSE} [vragen: hr@werkgever.nl].\n`,
  // The emphasis keeps its position and the text after it does not: the sentence used to end before it started.
  emphasis: `${HEADING}\n\nDe werknemer heeft recht op een ontwikkelbudget van € 500 per jaar. ${LAPSE}, *zie* [www.example.nl]{.underline}.\n`,
};

function assertRangesInText(text: string, where: string): void {
  const { findings, doc } = lintText(text, { locale: 'nl' });
  // The sentences too: a finding is only as well placed as the sentence it is anchored on.
  for (const sentence of doc.sentences) {
    const r = sentence.range;
    assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `${where}: sentence range ${r.start}-${r.end} outside 0-${text.length}`);
  }
  for (const f of findings) {
    const ranges = [f.range, ...f.fixes.flatMap((fix) => fix.edits.map((e) => e.range))];
    for (const r of ranges) {
      assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `${where}: ${f.ruleId} range ${r.start}-${r.end} outside 0-${text.length}`);
    }
  }
}

describe('positions of nodes without one', () => {
  it('the parse really has unpositioned nodes (otherwise these tests prove nothing)', () => {
    for (const draft of Object.values(drafts)) {
      const paragraph = parseMarkdown(draft).children[1];
      assert.ok('children' in paragraph && paragraph.children.some((c) => c.position === undefined));
    }
  });

  for (const [name, draft] of Object.entries(drafts)) {
    it(`${name}: every character maps to itself in the source, in order`, () => {
      const { blocks } = collectBlocks(draft, parseMarkdown(draft));
      const paragraph = blocks[1];
      for (let i = 0; i < paragraph.text.length; i++) {
        if (i > 0) assert.ok(paragraph.offsets[i] > paragraph.offsets[i - 1], `offset ${i} goes backwards`);
        assert.equal(draft[paragraph.offsets[i]], paragraph.text[i]);
      }
      assert.ok(paragraph.text.includes(name === 'mailto' ? 'hr@werkgever.nl' : 'www.example.nl'));
    });

    it(`${name}: the lapse finding sits on the lapsing sentence, and its fix rewrites that sentence, not line 1`, () => {
      const { findings, lines } = lintText(draft, { locale: 'nl' });
      const lapse = findings.find((f) => f.ruleId === 'budget-spending-period');
      assert.ok(lapse, 'budget-spending-period reports the lapsing budget');
      assert.deepEqual(lines.positionOf(lapse.range.start), { line: 2, character: draft.split('\n')[2].indexOf('Niet-bestede') });
      assert.ok(draft.slice(lapse.range.start, lapse.range.end).startsWith(LAPSE));
      for (const f of findings) assert.ok(f.range.start >= draft.indexOf('De werknemer'), `${f.ruleId} is not on the heading`);

      const fix = preferredFix(lapse);
      assert.ok(fix);
      const fixed = applyEdits(draft, fix.edits);
      assert.equal(fixed.split('\n')[0], HEADING);
      assert.ok(!fixed.includes(LAPSE), fixed);
      assert.match(fixed, /De werknemer heeft recht op een ontwikkelbudget van € 500 per jaar\. /);
    });

    it(`${name}: fixing everything leaves the heading alone`, () => {
      const { text } = applyFixesRepeatedly(draft, (t) => lintText(t, { locale: 'nl' }).findings);
      assert.equal(text.split('\n')[0], HEADING);
      assert.ok(!text.includes(LAPSE));
    });
  }

  it('caolint --fix rewrites the lapsing sentence and reports line 3, column 1 before fixing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caolint-positions-'));
    try {
      writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
      writeFileSync(join(dir, 'draft.md'), drafts.underline);
      const out: string[] = [];
      runCli(['--format', 'json', 'draft.md'], { cwd: dir, stdout: (s) => out.push(s), stderr: () => undefined, color: false });
      const [report] = JSON.parse(out.join('')) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>;
      const lapse = report.messages.find((m) => m.ruleId === 'budget-spending-period');
      assert.deepEqual(lapse && [lapse.line, lapse.column], [3, drafts.underline.split('\n')[2].indexOf('Niet-bestede') + 1]);
      assert.ok(
        report.messages.every((m) => m.line === 3),
        JSON.stringify(report.messages),
      );

      runCli(['--fix', '--format', 'json', 'draft.md'], { cwd: dir, stdout: () => undefined, stderr: () => undefined, color: false });
      const fixed = readFileSync(join(dir, 'draft.md'), 'utf8');
      assert.equal(fixed.split('\n')[0], HEADING);
      assert.ok(!fixed.includes(LAPSE));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every sample, with such links in its sentences, gets only sentence and finding ranges with 0 <= start <= end <= length', () => {
    for (const sample of loadSamples()) {
      assertRangesInText(sample.text, sample.name);
      // Put a link into the first sentence end of every line, as a converted draft would have them.
      for (const link of [
        ' zie [www.example.nl]{.underline}.',
        ' [vragen: hr@werkgever.nl].',
        ' *zie* [www.example.nl]{.underline}.',
        ' **zie** <www.example.nl> [https://example.nl/x]{.underline}.',
      ]) {
        const linked = sample.text
          .split('\n')
          .map((line) => line.replace(/\.(\s|$)/, `${link}$1`))
          .join('\n');
        assert.notEqual(linked, sample.text);
        assertRangesInText(linked, `${sample.name} with "${link}"`);
      }
    }
  });
});
