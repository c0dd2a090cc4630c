import { strict as assert } from 'node:assert';
import { applyEdits, applyFixesRepeatedly, selectFixes } from '../server/engine/applyEdits';
import type { Finding, TextEdit } from '../server/engine/types';

const edit = (start: number, end: number, newText: string): TextEdit => ({ range: { start, end }, newText });

function finding(start: number, end: number, edits: TextEdit[], preferred = true): Finding {
  return {
    ruleId: 'test',
    severity: 'warning',
    message: 'm',
    range: { start, end },
    intervention: 'dialoog',
    docs: 'file:///x',
    fixes: [{ title: 'fix', edits, preferred }],
  };
}

describe('applyEdits', () => {
  const text = 'Het budget vervalt na een jaar.';

  it('applies unsorted replacements and insertions by offset', () => {
    const out = applyEdits(text, [edit(22, 30, 'drie jaar'), edit(4, 10, 'ontwikkelbudget'), edit(31, 31, ' Sparen mag.')]);
    assert.equal(out, 'Het ontwikkelbudget vervalt na drie jaar. Sparen mag.');
  });

  it('drops an edit that overlaps one before it and leaves the rest of the text alone', () => {
    const out = applyEdits(text, [edit(4, 18, 'budget verloopt'), edit(11, 18, 'XXX')]);
    assert.equal(out, 'Het budget verloopt na een jaar.');
  });

  it('ignores edits outside the text or with a reversed range', () => {
    assert.equal(applyEdits(text, [edit(-1, 2, 'x'), edit(5, 3, 'y'), edit(30, 99, 'z')]), text);
  });

  it('keeps several insertions at one offset in the given order', () => {
    assert.equal(applyEdits('ab', [edit(1, 1, '1'), edit(1, 1, '2')]), 'a12b');
  });
});

describe('selectFixes and applyFixesRepeatedly', () => {
  it('takes whole fixes only and skips one that conflicts with an earlier fix', () => {
    const text = 'Het budget vervalt na een jaar.';
    const fixes = selectFixes(text, [
      finding(0, 3, [edit(0, 3, 'Dit')]),
      finding(0, 10, [edit(2, 6, 'x'), edit(20, 20, 'y')]),
      finding(11, 18, [edit(11, 18, 'blijft')]),
    ]);
    assert.deepEqual(
      fixes.map((f) => f.edits[0].newText),
      ['Dit', 'blijft'],
    );
  });

  it('ignores findings without a preferred fix', () => {
    assert.deepEqual(selectFixes('abc', [finding(0, 1, [edit(0, 1, 'x')], false)]), []);
  });

  it("re-lints until stable and writes inserted line breaks in the file's line ending", () => {
    // A toy linter: every "vervalt" wants a following line; fixed one per pass.
    const lint = (t: string): Finding[] => {
      const at = t.indexOf('vervalt.');
      return at === -1 ? [] : [finding(at, at + 8, [edit(at, at + 8, 'vervalt niet.\nSparen mag.')])];
    };
    const result = applyFixesRepeatedly('A vervalt.\r\nB vervalt.\r\n', lint, { eol: '\r\n' });
    assert.equal(result.text, 'A vervalt niet.\r\nSparen mag.\r\nB vervalt niet.\r\nSparen mag.\r\n');
    assert.equal(result.passes, 2);
    assert.equal(result.applied, 2);
  });

  it('stops when fixes undo each other', () => {
    const lint = (t: string): Finding[] => [finding(0, 1, [edit(0, 1, t[0] === 'a' ? 'b' : 'a')])];
    const result = applyFixesRepeatedly('a', lint, { maxPasses: 50 });
    assert.equal(result.passes, 1);
    assert.equal(result.text, 'b');
  });
});
