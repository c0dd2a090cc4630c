import { strict as assert } from 'node:assert';
import type { Rule } from '../../server/engine/types';
import { parseMarkers } from './markers';
import { applyEdits, checkFixes, checkScenario, describeDifferences, mapOffset } from './scenario';
import { changedLines, snapshotOf } from './snapshot';

/**
 * A stand-in rule for testing the harness itself, independent of the real catalogue: it flags
 * every sentence that says something "vervalt" and offers to make it stay available instead.
 */
function lapseRule(fixText: string): Rule {
  return {
    meta: {
      id: 'test-lapse',
      intervention: 'zeggenschap-budget',
      defaultSeverity: 'warning',
      fixable: true,
      description: { nl: 'test', en: 'test' },
      options: {},
    },
    messages: { found: { nl: 'Vervalt: {text}', en: 'Lapses: {text}' }, fix: { nl: 'Herstel', en: 'Repair' } },
    check({ doc, report }) {
      for (const sentence of doc.sentences) {
        const at = sentence.text.indexOf('vervalt');
        if (at < 0) continue;
        const start = doc.text.indexOf('vervalt', sentence.range.start);
        report({
          range: sentence.range,
          messageId: 'found',
          data: { text: sentence.text },
          severity: sentence.text.includes('misschien') ? 'info' : undefined,
          fixes: [{ titleId: 'fix', edits: [{ range: { start, end: start + 'vervalt'.length }, newText: fixText }] }],
        });
      }
    },
  };
}

const draft = [
  '## Artikel 12 Ontwikkelbudget',
  '',
  '1. De werknemer heeft recht op een budget van € 1.000,- per jaar. <!-- expect: test-lapse other-rule -->',
  '2. Het budget vervalt aan het einde van het kalenderjaar. <!-- expect: test-lapse -->',
  '',
  '<!-- expect-next-line: test-lapse:info -->',
  'Een deel vervalt misschien.',
  '',
  'Het saldo blijft beschikbaar. <!-- satisfied: test-lapse -->',
  '',
].join('\n');

describe('scenario harness', () => {
  it('reads expect, expect-next-line, severity and satisfied markers', () => {
    const markers = parseMarkers(draft);
    assert.deepEqual(
      markers.expected.map((m) => [m.line, m.ruleId, m.severity]),
      [
        [2, 'test-lapse', null],
        [2, 'other-rule', null],
        [3, 'test-lapse', null],
        [6, 'test-lapse', 'info'],
      ],
    );
    assert.deepEqual(
      markers.satisfied.map((m) => [m.line, m.ruleId]),
      [[8, 'test-lapse']],
    );
    assert.deepEqual(markers.malformed, []);
  });

  it('reports malformed markers instead of ignoring them', () => {
    assert.equal(parseMarkers('Tekst <!-- expect: Budget_Rule -->\nMeer <!-- expect -->\n').malformed.length, 2);
  });

  it('marker comments do not change what the linter finds', () => {
    const bare = draft.replace(/ ?<!--.*?-->\n?/g, (m) => (m.endsWith('\n') && m.startsWith('<') ? '' : m.endsWith('\n') ? '\n' : ''));
    const withMarkers = checkScenario(draft, [lapseRule('blijft')]).observed.map((o) => o.message);
    const without = checkScenario(bare, [lapseRule('blijft')]).observed.map((o) => o.message);
    assert.deepEqual(withMarkers, without);
  });

  it('finds missing, unexpected and contradicted findings, and skips unknown rules', () => {
    const result = checkScenario(draft, [lapseRule('blijft')]);
    assert.deepEqual(result.skippedRuleIds, ['other-rule']);
    assert.deepEqual(
      result.missing.map((m) => m.line),
      [2],
    );
    assert.deepEqual(
      result.unexpected.map((o) => o.line),
      [],
    );
    const diff = describeDifferences('samples/x.md', draft, result, [lapseRule('blijft')]);
    assert.match(diff, /samples\/x\.md:3 {2}missing {5}test-lapse \(warning\)/);

    const swapped = draft.replace('test-lapse:info', 'test-lapse');
    const wrongSeverity = checkScenario(swapped, [lapseRule('blijft')]);
    assert.deepEqual(
      wrongSeverity.missing.map((m) => m.line),
      [2, 6],
    );
    assert.deepEqual(
      wrongSeverity.unexpected.map((o) => [o.line, o.severity]),
      [[6, 'info']],
    );

    const contradicted = checkScenario(draft.replace('Het saldo blijft', 'Het saldo vervalt'), [lapseRule('blijft')]);
    assert.deepEqual(
      contradicted.contradicted.map((m) => m.line),
      [8],
    );
  });

  it('reads a message id in a marker and holds the finding to it', () => {
    const markers = parseMarkers('Een <!-- expect: test-lapse:found test-lapse:found:info test-lapse:info -->\n');
    assert.deepEqual(
      markers.expected.map((m) => [m.ruleId, m.messageId, m.severity]),
      [
        ['test-lapse', 'found', null],
        ['test-lapse', 'found', 'info'],
        ['test-lapse', null, 'info'],
      ],
    );
    assert.deepEqual(parseMarkers('Een <!-- expect: test-lapse:Found -->\n').malformed.length, 1);
    const named = draft.replace('<!-- expect: test-lapse -->', '<!-- expect: test-lapse:found -->');
    assert.deepEqual(
      checkScenario(named, [lapseRule('blijft')]).missing.map((m) => m.line),
      [2],
    );
    const wrongId = draft.replace('<!-- expect: test-lapse -->', '<!-- expect: test-lapse:other -->');
    const result = checkScenario(wrongId, [lapseRule('blijft')]);
    assert.deepEqual(
      result.missing.map((m) => [m.line, m.messageId]),
      [
        [2, null],
        [3, 'other'],
      ],
    );
    assert.match(describeDifferences('samples/x.md', wrongId, result, [lapseRule('blijft')]), /unexpected {2}test-lapse:found \(warning\)/);
  });

  it('pins a finding with its message id, both messages, and the lines a fix leaves', () => {
    assert.deepEqual(changedLines('a\nb\nc\n', 'a\nB\nB2\nc\n'), ['B', 'B2']);
    assert.deepEqual(changedLines('a\nb\n', 'a\nb\n'), []);
    const snapshot = snapshotOf('samples/x.md', draft, [lapseRule('blijft')]);
    const first = snapshot.findings[0];
    assert.equal(first.messageId, 'found');
    assert.equal(first.range, '4:4-4:58');
    assert.match(first.message.nl, /^Vervalt: /);
    assert.match(first.message.en, /^Lapses: /);
    assert.deepEqual(
      first.fixes.map((f) => [f.titleId, f.title.nl, f.title.en, f.preferred]),
      [['fix', 'Herstel', 'Repair', true]],
    );
    assert.deepEqual(first.fixes[0].after, ['2. Het budget blijft aan het einde van het kalenderjaar. <!-- expect: test-lapse -->']);
  });

  it('applies edits from the back and maps offsets through them', () => {
    const edits = [
      { range: { start: 0, end: 3 }, newText: 'Het' },
      { range: { start: 7, end: 7 }, newText: ' nieuwe' },
    ];
    assert.equal(applyEdits('Een oud budget', edits), 'Het oud nieuwe budget');
    assert.equal(mapOffset(9, edits), 16);
    assert.equal(mapOffset(1, edits), 0);
    assert.throws(
      () =>
        applyEdits('abc', [
          { range: { start: 0, end: 2 }, newText: 'x' },
          { range: { start: 1, end: 3 }, newText: 'y' },
        ]),
      /overlap/,
    );
  });

  it('accepts a fix that removes its finding and rejects one that does not', () => {
    const good = checkFixes('samples/x.md', draft, [lapseRule('blijft')]);
    assert.equal(good.checked, 2);
    assert.deepEqual(good.problems, []);
    const bad = checkFixes('samples/x.md', draft, [lapseRule('vervalt echt')]);
    assert.equal(bad.problems.length, 2);
    assert.match(bad.problems[0], /still reported after the fix/);
  });
});
