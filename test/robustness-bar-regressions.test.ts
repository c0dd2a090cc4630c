// Reproducers of what the robustness bar (tools/bar, docs/reliability.md) found, each reduced to
// a few lines.
import { strict as assert } from 'node:assert';
import { applyFixesRepeatedly, preferredFix } from '../server/engine/applyEdits';
import { lintText } from './harness/lint';

describe('robustness bar regressions', () => {
  describe('a clause added after a heading in a CR-only draft (seed 5, document 42)', () => {
    // The clause goes after the heading's line. Looking only for '\n' to find that line's end put
    // it at the end of a CR-only draft, here inside a code fence left open, where it is never
    // read: the finding came back and --fix wrote the clause ten times.
    const draft = (eol: string) => ['### Je ontwikkelbudget', '', 'Elk jaar € 900 voor je opleiding.', '', '```', 'code', ''].join(eol);

    for (const eol of ['\r', '\r\n', '\n']) {
      it(`lands right after the heading line (${JSON.stringify(eol)})`, () => {
        const text = draft(eol);
        const finding = lintText(text).findings.find((f) => f.ruleId === 'support-lower-educated');
        assert.ok(finding, 'support-lower-educated finding');
        const edits = preferredFix(finding)?.edits ?? [];
        assert.equal(edits.length, 1);
        assert.equal(edits[0].range.start, '### Je ontwikkelbudget'.length);
      });

      it(`converges under fix-all (${JSON.stringify(eol)})`, () => {
        const lint = (t: string) => lintText(t).findings;
        const once = applyFixesRepeatedly(draft(eol), lint, { eol: eol === '\n' ? '\n' : (eol as '\r' | '\r\n') });
        assert.ok(once.applied > 0 && once.applied <= 3, `${once.applied} fixes applied`);
        assert.equal(applyFixesRepeatedly(once.text, lint, { eol: eol as '\n' }).text, once.text);
        assert.equal(lint(once.text).filter((f) => f.ruleId === 'support-lower-educated').length, 0);
      });
    }
  });

  it('reads an article heading on the first line of a paragraph in a CR-only draft as in an LF one', () => {
    // Found while reducing the one above: the paragraph's first line break was looked for as '\n'
    // only, so in a CR-only draft "Artikel 5 ..." stayed glued to its body (no article, findings
    // starting on the heading).
    const lf =
      'Artikel 5 Ontwikkelbudget\nDe werknemer heeft recht op een ontwikkelbudget van € 500 per jaar. Het budget vervalt na 12 maanden.\n\nArtikel 6 Verlof\nDe werknemer heeft recht op twee ontwikkeldagen per jaar.\n';
    const seen = (text: string) => lintText(text).findings.map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`);
    assert.deepEqual(seen(lf.replace(/\n/g, '\r')), seen(lf));
    assert.ok(
      seen(lf).every((f) => !f.includes('@0-')),
      'no finding starts on the heading',
    );
  });
});
