import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index';
import { lintText } from './harness/lint';
import { packageRoot } from '../server/engine/paths';

const samples = join(packageRoot(), 'samples');
const lintSample = (name: string) => lintText(readFileSync(join(samples, name), 'utf8'));

/**
 * Whether a rule applied is what the HTML report's scorecard reads: "met" needs a rule that found
 * its subject (a granted budget, a rotation, a meeting of stated size) and stayed silent; a rule
 * that found nothing to judge is "not applicable", not "met".
 */
describe('rules say when they apply (RuleContext.applies)', () => {
  it('every rule finds its subject and stays silent in at least one bundled sample', () => {
    const metSomewhere = new Set<string>();
    for (const file of readdirSync(samples).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const result = lintSample(file);
      const fired = new Set(result.findings.map((f) => f.ruleId));
      for (const id of fired) assert.ok(result.applicable.has(id), `${id} reported in ${file} and so applies`);
      for (const id of result.applicable) if (!fired.has(id)) metSomewhere.add(id);
    }
    assert.deepEqual(
      allRules.map((r) => r.meta.id).filter((id) => !metSomewhere.has(id)),
      [],
    );
  });

  it('a budget with a saving clause: the spending-period rule applies and is silent; no work design rule applies', () => {
    const result = lintSample('ontwikkelbudget-goed.md');
    assert.ok(result.applicable.has('budget-spending-period'));
    assert.ok(!result.findings.some((f) => f.ruleId === 'budget-spending-period'));
    for (const id of ['rotation-pace', 'meeting-group-size', 'working-group-mandate', 'job-crafting-ownership']) assert.ok(!result.applicable.has(id), id);
  });

  it('a budget the draft only mentions in passing gives the spending-period rule nothing to judge', () => {
    const result = lintText('# Nieuwsbrief\n\nIn de vorige cao stond nog een ontwikkelbudget.\n', {
      rules: allRules.filter((r) => r.meta.id === 'budget-spending-period'),
    });
    assert.ok(!result.applicable.has('budget-spending-period'));
  });

  it('a meeting whose size is not stated gives the group-size rule nothing to judge; one with a size does', () => {
    const rules = allRules.filter((r) => r.meta.id === 'meeting-group-size');
    assert.ok(!lintText('## Werkoverleg\n\nElk team houdt eens per maand werkoverleg.\n', { rules }).applicable.has('meeting-group-size'));
    assert.ok(lintText('## Werkoverleg\n\nElk team houdt eens per maand werkoverleg met tien medewerkers.\n', { rules }).applicable.has('meeting-group-size'));
  });

  it('a draft without a budget, days or work design gives no rule anything to judge', () => {
    const result = lintText('# Vergaderschema\n\nDe personeelsvereniging organiseert in juni een barbecue.\n');
    assert.deepEqual([...result.applicable], []);
    assert.equal(result.ran.size, allRules.length);
  });

  it('a rule switched off in the configuration does not run', () => {
    const result = lintText('Je krijgt een ontwikkelbudget van € 500 per jaar.', { config: { rules: { 'budget-amount': { enabled: false } } } });
    assert.ok(!result.ran.has('budget-amount'));
    assert.ok(!result.applicable.has('budget-amount'));
  });
});
