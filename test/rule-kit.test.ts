// The typed rule API (server/engine/defineRule.ts), the rule kit (rules/kit.ts), and what the engine
// checks of every rule at run time: fixes only from a rule that says it fixes, titles it declares.
import { strict as assert } from 'node:assert';
import { allRules } from '../rules/index';
import { defineRule, joinList, missingList, pickMissing } from '../rules/kit';
import { ruleOptions } from '../server/engine/lint';
import type { Rule } from '../server/engine/types';
import { loadSamples } from './harness/samples';
import { lintText } from './harness/lint';

const TEXT = '# Regeling\n\nHet ontwikkelbudget vervalt na een jaar.\n\nDe werkgever informeert iedereen.\n';

/** A rule for these tests; `offer` decides what its one report carries. */
function probe(fixable: boolean, offer: 'none' | 'fix' | 'unknown-title', id = 'test-probe'): Rule {
  const base: Rule = {
    meta: { id, intervention: 'dialoog', defaultSeverity: 'warning', fixable, description: { nl: 'Probe.', en: 'Probe.' }, options: {} },
    messages: { found: { nl: 'Gevonden.', en: 'Found.' }, fixIt: { nl: 'Herstel', en: 'Fix it' } },
    check({ doc, report }) {
      const sentence = doc.sentences.find((s) => s.text.includes('vervalt'));
      if (!sentence) return;
      const edits = [{ range: sentence.range, newText: 'Het ontwikkelbudget blijft staan.' }];
      report({
        range: sentence.range,
        messageId: 'found',
        fixes: offer === 'none' ? [] : [{ titleId: offer === 'fix' ? 'fixIt' : 'fixIt ', edits }],
      });
    },
  };
  return base;
}

const other: Rule = {
  meta: { id: 'test-other', intervention: 'dialoog', defaultSeverity: 'info', fixable: false, description: { nl: 'Ander.', en: 'Other.' }, options: {} },
  messages: { seen: { nl: 'Gezien.', en: 'Seen.' } },
  check({ doc, report }) {
    report({ range: doc.sentences[doc.sentences.length - 1].range, messageId: 'seen' });
  },
};

describe('defineRule: option types and message ids from the rule itself', () => {
  const typed = defineRule({
    meta: {
      id: 'test-typed',
      intervention: 'dialoog',
      defaultSeverity: 'info',
      fixable: true,
      description: { nl: 'Getypt.', en: 'Typed.' },
      options: {
        months: { type: 'integer', default: 24, minimum: 1, description: { nl: 'Maanden.', en: 'Months.' } },
        strict: { type: 'boolean', default: false, description: { nl: 'Streng.', en: 'Strict.' } },
        style: { type: 'string', default: 'a', enum: ['a', 'b'], description: { nl: 'Stijl.', en: 'Style.' } },
      },
    },
    messages: {
      short: { nl: 'Korter dan {months} maanden ({style}).', en: 'Shorter than {months} months ({style}).' },
      label: { nl: 'een etiket', en: 'a label' },
      fixTitle: { nl: 'Maak het {months}', en: 'Make it {months}' },
    },
    check({ doc, options, report, message }) {
      // The option types are inferred: a number, a boolean, the enum's strings.
      const months: number = options.months;
      const strict: boolean = options.strict;
      const style: 'a' | 'b' = options.style;
      const range = doc.sentences[0].range;
      report({
        range,
        messageId: 'short',
        data: { months, style: `${style}${strict ? '!' : ''} ${message('label')}` },
        fixes: [{ titleId: 'fixTitle', data: { months }, edits: [{ range, newText: '' }] }],
      });
      if (range.start < 0) {
        // Never runs: these lines only have to fail to compile.
        // @ts-expect-error a misspelt message id is a type error
        report({ range, messageId: 'shrot' });
        // @ts-expect-error a misspelt fix title is a type error
        report({ range, messageId: 'short', fixes: [{ titleId: 'fixTitel', edits: [] }] });
        // @ts-expect-error a misspelt option is a type error
        void options.month;
        // @ts-expect-error a number option is no string
        const wrong: string = options.months;
        void wrong;
        // @ts-expect-error a label is one of the rule's messages, or nothing
        message('lable');
      }
    },
  });

  it('runs as a plain Rule: options arrive typed, labels render in the locale', () => {
    const result = lintText('# Titel\n\nTekst.\n', { rules: [typed], locale: 'en', config: { rules: { 'test-typed': { options: { style: 'b' } } } } });
    assert.deepEqual(
      result.findings.map((f) => [f.message, f.fixes.map((x) => x.title)]),
      [['Shorter than 24 months (b a label).', ['Make it 24']]],
    );
  });

  it('the engine gives every option its declared type: a value of another type or outside the enum is the default', () => {
    const options = ruleOptions(typed, { months: 'zes', strict: 'ja', style: 'c' });
    assert.deepEqual(options, { months: 24, strict: false, style: 'a' });
    assert.deepEqual(ruleOptions(typed, { months: 500, strict: true, style: 'b' }), { months: 500, strict: true, style: 'b' });
  });
});

describe('rule kit', () => {
  it("joinList joins in the reader's language", () => {
    assert.equal(joinList([], 'nl'), '');
    assert.equal(joinList(['a'], 'nl'), 'a');
    assert.equal(joinList(['a', 'b', 'c'], 'nl'), 'a, b en c');
    assert.equal(joinList(['a', 'b'], 'en'), 'a and b');
  });

  it('missingList names what is missing, or nothing below the threshold', () => {
    const context = { locale: 'nl' as const, message: (id: 'x' | 'y' | 'z') => `<${id}>` };
    const items = [
      { label: 'x' as const, met: false },
      { label: 'y' as const, met: true },
      { label: 'z' as const, met: false },
    ];
    assert.equal(missingList(items, context), '<x> en <z>');
    assert.equal(missingList(items, context, 3), null);
    assert.equal(missingList([{ label: 'y' as const, met: true }], context), null);
  });

  it('pickMissing picks the message for what is missing of two conditions', () => {
    const ids = { both: 'both', first: 'noFirst', second: 'noSecond' } as const;
    assert.equal(pickMissing(true, true, ids), null);
    assert.equal(pickMissing(false, false, ids), 'both');
    assert.equal(pickMissing(false, true, ids), 'noFirst');
    assert.equal(pickMissing(true, false, ids), 'noSecond');
  });
});

describe('meta.fixable is what a rule does', () => {
  it('a rule with fixable: false that offers a fix is a crash of that rule; the other rules still report', () => {
    const result = lintText(TEXT, { rules: [probe(false, 'fix'), other] });
    assert.deepEqual(
      result.crashes.map((c) => [c.rule.meta.id, c.reason]),
      [['test-probe', 'rule test-probe offered a fix but its meta.fixable is false']],
    );
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['test-other'],
    );
  });

  it('a fix whose title the rule does not declare is a crash too (no title that shows its id)', () => {
    const result = lintText(TEXT, { rules: [probe(true, 'unknown-title')] });
    assert.deepEqual(
      result.crashes.map((c) => c.reason),
      ["rule test-probe offered a fix with unknown title 'fixIt '"],
    );
  });

  it('a fixable rule offering its fix, and a rule without fixes offering none, run clean', () => {
    const result = lintText(TEXT, { rules: [probe(true, 'fix'), probe(false, 'none', 'test-plain')] });
    assert.deepEqual(result.crashes, []);
    assert.deepEqual(
      result.findings.map((f) => [f.ruleId, f.fixes.map((x) => x.title)]),
      [
        ['test-plain', []],
        ['test-probe', ['Herstel']],
      ],
    );
  });

  it('over every sample: no rule crashes, and every rule that says it fixes offers a fix somewhere', () => {
    const offered = new Set<string>();
    for (const sample of loadSamples()) {
      for (const locale of ['nl', 'en'] as const) {
        const result = lintText(sample.text, { locale });
        assert.deepEqual(
          result.crashes.map((c) => `${c.rule.meta.id}: ${c.reason}`),
          [],
          sample.name,
        );
        for (const finding of result.findings) if (finding.fixes.length > 0) offered.add(finding.ruleId);
      }
    }
    const fixable = allRules.filter((r) => r.meta.fixable).map((r) => r.meta.id);
    assert.deepEqual(
      fixable.filter((id) => !offered.has(id)),
      [],
      'fixable rules that offer no fix on any sample',
    );
    // The other way round holds by construction (the engine refuses the fix), checked here as well.
    assert.deepEqual(
      [...offered].filter((id) => !fixable.includes(id)),
      [],
    );
  });
});
