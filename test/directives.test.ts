// Inline directives (docs/configuration.md): the four documented comments switch findings off; any
// other `caolint-` comment (there was an undocumented, never-applied `caolint-configure`) is no directive.
import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import { lapseRule } from './fixtures/cli/rules';

const LAPSE = 'Het budget vervalt aan het eind van het jaar.';
const ids = (text: string) => lintText(text, { rules: [lapseRule] }).findings.map((f) => f.ruleId);

describe('inline directives', () => {
  it('disable-next-line, disable-line and disable … enable switch a rule off where they say', () => {
    assert.deepEqual(ids(`# R\n\n${LAPSE}\n`), ['test-verval']);
    assert.deepEqual(ids(`# R\n\n<!-- caolint-disable-next-line test-verval -->\n${LAPSE}\n`), []);
    assert.deepEqual(ids(`# R\n\n${LAPSE} <!-- caolint-disable-line -->\n`), []);
    assert.deepEqual(ids(`# R\n\n<!-- caolint-disable test-verval -->\n\n${LAPSE}\n`), []);
    assert.deepEqual(ids(`# R\n\n<!-- caolint-disable test-verval -->\n\n<!-- caolint-enable test-verval -->\n\n${LAPSE}\n`), ['test-verval']);
    assert.deepEqual(ids(`# R\n\n<!-- caolint-disable-next-line another-rule -->\n${LAPSE}\n`), ['test-verval']);
  });

  it('a caolint- comment that is no documented directive changes nothing and is not kept as one', () => {
    const text = `# R\n\n<!-- caolint-configure {"rules": {"test-verval": "off"}} -->\n${LAPSE}\n`;
    const result = lintText(text, { rules: [lapseRule] });
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['test-verval'],
    );
    assert.deepEqual(result.doc.directives, []);
  });
});
