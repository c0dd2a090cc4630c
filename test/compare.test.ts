import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDrafts } from '../server/compare/compare';
import { allRules } from '../rules/index';
import { describeSubstance, substanceChanges } from '../server/compare/describe';
import { matchFindings, matchProvisions } from '../server/compare/match';
import { emptySubstance } from '../server/compare/substance';
import type { CompareResult, ProvisionComparison, ProvisionIdentity } from '../server/compare/types';
import type { VersionProvision } from '../server/compare/version';
import type { Finding, Locale } from '../server/engine/types';
import { packageRoot } from '../server/engine/paths';

// The compare engine (issue 11, item 1): provisions paired by identity, findings sorted into
// resolved, introduced and still open, and changes in substance read from the model. On the
// proposal pairs in samples/voorstellen/ and on pairs made here by editing sample text.

const root = packageRoot();
const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');

function compare(before: string, after: string, locale: Locale = 'nl'): CompareResult {
  return compareDrafts({ text: before, filePath: '/oud.md' }, { text: after, filePath: '/nieuw.md' }, { locale, rules: allRules });
}

/** A provision by its name in the draft (the new version's, else the old one's). */
function provision(result: CompareResult, name: string): ProvisionComparison {
  const found = result.provisions.find((p) => (p.after ?? p.before)?.identity.name === name);
  assert.ok(found, `no provision «${name}» in ${result.provisions.map((p) => (p.after ?? p.before)?.identity.name).join(', ')}`);
  return found;
}

/** The rule ids per status, sorted, and the changes as their lines: what a negotiator reads. */
function outcome(p: ProvisionComparison) {
  return {
    status: p.status,
    resolved: p.resolved.map((f) => f.ruleId).sort(),
    introduced: p.introduced.map((f) => f.ruleId).sort(),
    open: p.open.map((f) => f.after.ruleId).sort(),
    changes: p.changes.map((c) => c.text),
  };
}

/** The text of one section: from its heading to the next heading. */
function section(text: string, heading: string): string {
  const start = text.indexOf(heading);
  assert.ok(start >= 0, `no section ${heading}`);
  const end = text.indexOf('\n#', start + 1);
  return text.slice(start, end === -1 ? text.length : end + 1);
}

describe('compare: the proposal pairs in samples/voorstellen', () => {
  it('the bar: renumbered and moved articles, a longer period and added purposes', () => {
    const result = compare(read('samples/voorstellen/ontwikkelbudget-oud.md'), read('samples/voorstellen/ontwikkelbudget-nieuw.md'));
    const budget = provision(result, 'ontwikkelbudget');
    assert.equal(budget.matchedBy, 'name');
    assert.deepEqual(budget.before?.identity.article, '7');
    assert.deepEqual(budget.after?.identity.article, '5');
    // The spending-period finding is resolved; what remains is still open, not resolved and introduced again.
    assert.deepEqual(outcome(budget), {
      status: 'kept',
      resolved: ['budget-spending-period'],
      introduced: [],
      open: ['budget-amount', 'support-lower-educated'],
      changes: ['bestedingstermijn 12 -> 36 maanden', 'doelen: + loopbaanadvies, + evc', 'ondersteuning: + loopbaanadvies'],
    });
    const period = budget.changes.find((c) => c.aspect === 'spending-period');
    assert.deepEqual([period?.before, period?.after], ['12 maanden', '36 maanden']);
    assert.deepEqual(budget.changes.find((c) => c.aspect === 'purposes')?.added, ['loopbaanadvies', 'evc']);
    // The days moved from article 8 to 4 unchanged: kept, with nothing to report.
    assert.deepEqual(outcome(provision(result, 'ontwikkeldagen')), { status: 'kept', resolved: [], introduced: [], open: [], changes: [] });
    assert.deepEqual(result.totals, { resolved: 1, introduced: 0, open: 2, introducedErrors: 0, provisionsAdded: 0, provisionsRemoved: 0, changes: 3 });
  });

  it('werkoverleg and a working group made smaller, the group advising instead of deciding', () => {
    const result = compare(read('samples/voorstellen/werkoverleg-oud.md'), read('samples/voorstellen/werkoverleg-nieuw.md'));
    assert.deepEqual(outcome(provision(result, 'werkoverleg')), {
      status: 'kept',
      resolved: ['meeting-group-size'],
      introduced: [],
      open: [],
      changes: ['groepsgrootte 30 -> 12'],
    });
    const group = provision(result, 'werkgroep');
    assert.equal(group.after?.identity.kind, 'work');
    assert.deepEqual(outcome(group).resolved, ['meeting-group-size', 'working-group-mandate']);
    assert.deepEqual(outcome(group).open, ['participation-conditions']);
    assert.deepEqual(group.changes.find((c) => c.aspect === 'group-sizes')?.text, 'groepsgrootte 25 -> 10');
    assert.deepEqual(group.changes.find((c) => c.aspect === 'conditions')?.added, ['composition', 'advice-response', 'time-room']);
  });

  it('a learning account raised and completed, a voucher removed, development days added', () => {
    const result = compare(read('samples/voorstellen/leerrekening-oud.md'), read('samples/voorstellen/leerrekening-nieuw.md'));
    assert.deepEqual(outcome(provision(result, 'individuele leerrekening')), {
      status: 'kept',
      resolved: ['budget-amount', 'budget-needs-time', 'support-lower-educated'],
      introduced: [],
      open: ['learning-account-terms'],
      changes: ['bedrag € 600 -> € 750 per jaar'],
    });
    assert.deepEqual(outcome(provision(result, 'scholingsvoucher')), {
      status: 'removed',
      resolved: ['budget-amount', 'budget-spending-period', 'voucher-terms'],
      introduced: [],
      open: [],
      changes: [],
    });
    const days = provision(result, 'ontwikkeldagen');
    assert.equal(days.status, 'added');
    assert.deepEqual(days.after?.substance.time, { value: 3, unit: 'days', perMonths: 12 });
    // Target groups named in an article about advice, outside every provision: the rest of the draft.
    const rest = result.provisions.find((p) => p.after?.identity.kind === 'document');
    assert.deepEqual(
      rest?.changes.map((c) => c.text),
      ['doelgroepen: + lager opgeleiden, + oudere medewerkers'],
    );
    assert.equal(result.provisions[result.provisions.length - 1], rest, 'the rest of the draft comes last');
    assert.deepEqual([result.totals.provisionsAdded, result.totals.provisionsRemoved], [1, 1]);
  });

  it('says the changes in English with --locale en', () => {
    const result = compare(read('samples/voorstellen/ontwikkelbudget-oud.md'), read('samples/voorstellen/ontwikkelbudget-nieuw.md'), 'en');
    assert.deepEqual(
      provision(result, 'ontwikkelbudget').changes.map((c) => c.text),
      ['spending period 12 -> 36 months', 'purposes: + career advice, + accreditation of prior learning', 'support: + career advice'],
    );
    assert.match(provision(result, 'ontwikkelbudget').resolved[0].message, /^«ontwikkelbudget» lapses after only 12 months/);
  });
});

describe('compare: pairs made by editing a sample', () => {
  const short = read('samples/ontwikkelbudget-kort-slecht.md');
  const lapse = 'Het niet-bestede deel van het budget vervalt aan het einde van het kalenderjaar.';
  const longer = 'Wat van het budget niet is besteed, blijft 36 maanden na toekenning beschikbaar en vervalt daarna.';
  const purposes = '6. Het ontwikkelbudget kan worden besteed aan opleidingen, cursussen, loopbaanadvies en een EVC-procedure.\n';
  const chapter = read('samples/cao-hoofdstuk-ontwikkeling-volledig.md');

  it('the bar on an edited sample: renumbered, a longer period, purposes added', () => {
    const edited = short.replace('Artikel 12 Ontwikkelbudget', 'Artikel 4 Ontwikkelbudget').replace(lapse, longer) + purposes;
    const budget = provision(compare(short, edited), 'ontwikkelbudget');
    assert.equal(budget.after?.identity.article, '4');
    assert.deepEqual(outcome(budget), {
      status: 'kept',
      resolved: ['budget-earmarking', 'budget-spending-period'],
      introduced: [],
      open: ['budget-amount', 'budget-needs-time', 'entitlement-communication', 'support-lower-educated'],
      changes: [
        'bestedingstermijn 12 -> 36 maanden',
        'restant vervalt -> kan worden gespaard',
        'doelen: + opleiding, + cursus, + loopbaanadvies, + evc',
        'ondersteuning: + loopbaanadvies',
      ],
    });
  });

  it('a longer period alone resolves the spending-period finding and changes nothing else', () => {
    const budget = provision(compare(short, short.replace(lapse, longer)), 'ontwikkelbudget');
    assert.deepEqual(
      budget.resolved.map((f) => f.ruleId),
      ['budget-spending-period'],
    );
    assert.equal(budget.resolved[0].sentence, lapse);
    assert.deepEqual(budget.introduced, []);
    assert.equal(budget.open.length, 5);
    assert.deepEqual(
      budget.changes.map((c) => c.aspect),
      ['spending-period', 'unspent'],
    );
  });

  it('purposes added alone resolve the earmarking finding', () => {
    const budget = provision(compare(short, short + purposes), 'ontwikkelbudget');
    assert.deepEqual(
      budget.resolved.map((f) => f.ruleId),
      ['budget-earmarking'],
    );
    assert.deepEqual(budget.changes.find((c) => c.aspect === 'purposes')?.added, ['opleiding', 'cursus', 'loopbaanadvies', 'evc']);
  });

  it('renumbering every article changes nothing: all findings still open', () => {
    const renumbered = chapter
      .replace(/Artikel 6\./g, 'Artikel 4.')
      .replace(/artikel 6\./g, 'artikel 4.')
      .replace('Hoofdstuk 6', 'Hoofdstuk 4');
    const result = compare(chapter, renumbered);
    assert.deepEqual(outcome(provision(result, 'ontwikkelbudget')), {
      status: 'kept',
      resolved: [],
      introduced: [],
      open: ['budget-amount', 'budget-spending-period', 'support-lower-educated'],
      changes: [],
    });
    assert.deepEqual([result.totals.resolved, result.totals.introduced, result.totals.changes], [0, 0, 0]);
  });

  it('moving an article below the one that mentions it first keeps it one provision', () => {
    const budgetArticle = section(chapter, '### Artikel 6.3');
    const moved = chapter.replace(budgetArticle, '').replace('## Bijlage 1', `${budgetArticle}\n## Bijlage 1`);
    const result = compare(chapter, moved);
    const budget = provision(result, 'ontwikkelbudget');
    assert.equal(budget.matchedBy, 'name-and-heading');
    assert.ok((budget.after?.line ?? 0) > (budget.before?.line ?? 0));
    // The move breaks the order of the numbers, which article-numbering reports; nothing else changes.
    const introduced = result.provisions.flatMap((p) => p.introduced.map((f) => f.ruleId));
    assert.ok(
      introduced.every((id) => id === 'article-numbering'),
      introduced.join(', '),
    );
    assert.deepEqual([result.totals.resolved, result.totals.open], [0, 3]);
  });

  it('deleting a provision reports it removed, and what its absence brings as introduced', () => {
    const deleted = chapter
      .replace(section(chapter, '### Artikel 6.4'), '')
      .replace('over het ontwikkelbudget en de ontwikkeldagen', 'over het ontwikkelbudget')
      .replace('resterende ontwikkelbudget en ontwikkeldagen', 'resterende ontwikkelbudget');
    const result = compare(chapter, deleted);
    assert.equal(provision(result, 'ontwikkeldagen').status, 'removed');
    assert.equal(result.totals.provisionsRemoved, 1);
    // Without the days the budget has no time to learn beside it: a new finding on the budget, not on
    // the days (and the numbering now skips 6.4, which article-numbering reports).
    assert.deepEqual(
      outcome(provision(result, 'ontwikkelbudget')).introduced.filter((id) => id !== 'article-numbering'),
      ['budget-needs-time'],
    );
  });

  it('adding a working group reports it added, with its findings introduced', () => {
    const group =
      '### Artikel 6.7 Werkgroep inzetbaarheid\n\n1. De werkgever stelt een werkgroep in van 25 medewerkers die de directie adviseert over scholing.\n\n';
    const result = compare(chapter, chapter.replace('## Bijlage 1', `${group}## Bijlage 1`));
    const added = provision(result, 'werkgroep');
    assert.equal(added.status, 'added');
    assert.equal(added.after?.identity.heading, 'werkgroep inzetbaarheid');
    assert.ok(added.introduced.some((f) => f.ruleId === 'meeting-group-size'));
    assert.deepEqual(added.after?.substance.groupSizes, [25]);
    assert.equal(result.totals.provisionsAdded, 1);
  });

  it('the same draft twice: nothing resolved, nothing introduced, nothing changed', () => {
    const result = compare(chapter, chapter);
    assert.deepEqual(
      [result.totals.resolved, result.totals.introduced, result.totals.changes, result.totals.provisionsAdded, result.totals.provisionsRemoved],
      [0, 0, 0, 0, 0],
    );
    assert.ok(result.provisions.every((p) => p.status === 'kept'));
  });
});

describe('compare: pairing', () => {
  const identity = (type: 'individual-budget' | 'voucher', name: string, heading: string | null): ProvisionIdentity => ({
    kind: 'instrument',
    type,
    name,
    names: [name],
    heading,
    article: null,
  });
  const version = (id: ProvisionIdentity): VersionProvision => ({ identity: id, anchorSentence: 0, substance: emptySubstance(), findings: [] });

  it('passes from name and heading to the fallbacks, never across types', () => {
    const olds = [version(identity('individual-budget', 'pob', 'ontwikkelbudget')), version(identity('voucher', 'voucher', 'vouchers'))];
    const news = [version(identity('voucher', 'scholingscheque', 'cheques')), version(identity('individual-budget', 'leerbudget', 'ontwikkelbudget'))];
    const pairs = matchProvisions(olds, news);
    assert.deepEqual(
      pairs.map((p) => [p.before?.identity.name, p.after?.identity.name, p.matchedBy]),
      [
        ['pob', 'leerbudget', 'heading'],
        ['voucher', 'scholingscheque', 'only-one'],
      ],
    );
  });

  it('two budgets both renamed and retitled pair in order; an extra one is added', () => {
    const olds = [version(identity('individual-budget', 'a', 'x')), version(identity('individual-budget', 'b', 'y'))];
    const same = [version(identity('individual-budget', 'c', 'p')), version(identity('individual-budget', 'd', 'q'))];
    assert.deepEqual(
      matchProvisions(olds, same).map((p) => [p.before?.identity.name, p.after?.identity.name, p.matchedBy]),
      [
        ['a', 'c', 'order'],
        ['b', 'd', 'order'],
      ],
    );
    const more = [...same, version(identity('individual-budget', 'e', 'r'))];
    assert.deepEqual(
      matchProvisions(olds, more).map((p) => [p.before?.identity.name ?? null, p.after?.identity.name ?? null, p.matchedBy]),
      [
        ['a', null, null],
        ['b', null, null],
        [null, 'c', null],
        [null, 'd', null],
        [null, 'e', null],
      ],
    );
  });

  it('findings of one rule pair by message first, then in order; the rest is resolved or introduced', () => {
    const finding = (ruleId: string, message: string): Finding => ({
      ruleId,
      severity: 'warning',
      message,
      range: { start: 0, end: 1 },
      intervention: 'dialoog',
      docs: '',
      fixes: [],
    });
    const before = [finding('meeting-group-size', 'groep van 30'), finding('meeting-group-size', 'groep van 25'), finding('working-group-mandate', 'beslist')];
    const after = [finding('meeting-group-size', 'groep van 25'), finding('participation-conditions', 'niets over tijd')];
    const pairs = matchFindings(before, after);
    assert.deepEqual(
      pairs.open.map((p) => [p.before.message, p.after.message]),
      [['groep van 25', 'groep van 25']],
    );
    assert.deepEqual(
      pairs.resolved.map((f) => f.message),
      ['groep van 30', 'beslist'],
    );
    assert.deepEqual(
      pairs.introduced.map((f) => f.message),
      ['niets over tijd'],
    );
  });
});

describe('compare: substance in words', () => {
  const base = emptySubstance();

  it('values: the shared unit said once, an absent value as "geen"/"none"', () => {
    const before = {
      ...base,
      amount: { unit: 'money' as const, value: 500, currency: 'EUR' as const, perMonths: 12 },
      spendingMonths: 12,
      unspent: 'lapses' as const,
    };
    const after = {
      ...base,
      amount: { unit: 'money' as const, value: 1250, currency: 'EUR' as const, perMonths: 12 },
      spendingMonths: null,
      unspent: 'saved' as const,
    };
    assert.deepEqual(
      substanceChanges(before, after, 'nl').map((c) => c.text),
      ['bedrag € 500 -> € 1.250 per jaar', 'bestedingstermijn 12 maanden -> geen', 'restant vervalt -> kan worden gespaard'],
    );
    assert.deepEqual(
      substanceChanges(before, after, 'en').map((c) => c.text),
      ['amount € 500 -> € 1,250 per year', 'spending period 12 months -> none', 'remainder lapses -> can be saved'],
    );
  });

  it('percentages, time, group sizes, rotation and lists', () => {
    const before = {
      ...base,
      amount: { unit: 'percent' as const, value: 0.5, base: 'payroll' as const },
      time: { value: 2, unit: 'days' as const, perMonths: 12 },
      rotationMonths: 1,
      support: ['coaching', 'workshop'],
    };
    const after = {
      ...base,
      amount: { unit: 'percent' as const, value: 1.5, base: 'payroll' as const },
      time: { value: 16, unit: 'hours' as const, perMonths: 12 },
      rotationMonths: 6,
      groupSizes: [8, 12],
      support: ['coaching', 'loopbaanadvies'],
    };
    assert.deepEqual(
      substanceChanges(before, after, 'nl').map((c) => c.text),
      [
        'bedrag 0,5% -> 1,5% van de loonsom',
        'tijd 2 dagen -> 16 uur per jaar',
        'ondersteuning: + loopbaanadvies, - workshops',
        'groepsgrootte geen -> 8, 12',
        'roulatie-interval 1 maand -> 6 maanden',
      ],
    );
    const support = substanceChanges(before, after, 'nl').find((c) => c.aspect === 'support');
    assert.deepEqual([support?.added, support?.removed, support?.before, support?.after], [['loopbaanadvies'], ['workshop'], null, null]);
  });

  it('what an added provision provides, a line per aspect it states', () => {
    const days = { ...base, time: { value: 3, unit: 'days' as const, perMonths: 12 }, unspent: 'saved' as const, communication: ['conversation', 'managers'] };
    assert.deepEqual(describeSubstance(days, 'nl'), [
      'restant kan worden gespaard',
      'tijd 3 dagen per jaar',
      'communicatie: gesprek, leidinggevenden geïnformeerd',
    ]);
    assert.deepEqual(describeSubstance(days, 'en'), ['remainder can be saved', 'time 3 days per year', 'communication: conversation, managers informed']);
    assert.deepEqual(describeSubstance(base, 'nl'), []);
  });
});
