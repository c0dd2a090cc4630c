import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { lintText } from './harness/lint';
import type { Fact, FactKind, FactOf, PolicyDocument } from '../server/model/types';
import type { Rule } from '../server/engine/types';
import rotationPace from '../rules/rotation-pace';
import meetingGroupSize from '../rules/meeting-group-size';
import workingGroupMandate from '../rules/working-group-mandate';
import jobCraftingOwnership from '../rules/job-crafting-ownership';
import enrichmentAuthority from '../rules/enrichment-authority';
import taskChangeWorkload from '../rules/task-change-workload';
import participationConditions from '../rules/participation-conditions';

function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}

function facts<K extends FactKind>(markdown: string, kind: K): FactOf<K>[] {
  return model(markdown).facts.filter((f: Fact): f is FactOf<K> => f.kind === kind);
}

const quoted = (markdown: string, fact: Fact): string => markdown.slice(fact.range.start, fact.range.end);

describe('policy model: ways of organising work', () => {
  it('names designs and tells an arrangement from a mention in passing', () => {
    const text = [
      '1. Ieder team houdt eens per maand werkoverleg.',
      '2. De werkgever informeert de medewerkers via het personeelsblad en in het werkoverleg over hun saldo.',
      '3. De directeur stelt een werkgroep in die de nieuwe werktijden voorbereidt.',
      '4. Job crafting betekent dat je je werk zelf anders inricht.',
      '5. Medewerkers kunnen via job crafting hun taken aanpassen.',
    ].join('\n');
    const designs = facts(text, 'work-design').map((f) => [f.design, f.arranged]);
    assert.deepEqual(designs, [
      ['werkoverleg', true],
      ['werkoverleg', false],
      ['werkgroep', true],
      ['job-crafting', false],
      ['job-crafting', true],
    ]);
  });

  it('does not count a working group of union and employer representatives as employee participation', () => {
    const [group] = facts('Het overleg wordt voorbereid door werkgroepen bestaande uit vertegenwoordigers van de vakbonden en de werkgever.', 'work-design');
    assert.equal(group.design, 'werkgroep');
    assert.equal(group.arranged, false);
  });

  it('reads group sizes with their bounds, in digits and in words', () => {
    const text = "Een verbeterteam telt ten hoogste negen collega's. De afdeling heeft 28 medewerkers. Het geldt voor bedrijven met meer dan 50 werknemers.";
    const sizes = facts(text, 'group-size').map((g) => [g.value, g.bound, quoted(text, g)]);
    assert.deepEqual(sizes, [
      [9, 'max', "negen collega's"],
      [28, 'exact', '28 medewerkers'],
      [50, 'min', '50 werknemers'],
    ]);
  });

  it('takes the stint from a rotation sentence, not the induction or the notice', () => {
    const text = [
      '1. Monteurs rouleren elke acht weken tussen de werkplaats en de buitendienst.',
      '2. De planner hangt het rotatieschema twee weken van tevoren op.',
      '3. Tijdens de eerste twee weken na een wissel werkt de monteur in een ander team samen met een ervaren collega.',
    ].join('\n');
    const intervals = facts(text, 'rotation-interval');
    assert.deepEqual(
      intervals.map((i) => quoted(text, i)),
      ['elke acht weken'],
    );
    assert.equal(intervals[0].months, 2);
  });

  it('finds who decides: the nearest party in the clause, else after it, else before it', () => {
    const text = [
      '1. De afdelingsleider bepaalt welke taken de medewerker erbij neemt.',
      '2. Een werkgroep adviseert; het besluit ligt bij de directie.',
      '3. Het team mag zelf beslissen over de volgorde van het werk.',
      '4. De bestuurder stelt een werkgroep in, die het beleid opstelt en vaststelt.',
    ].join('\n');
    const decisions = facts(text, 'authority').map((a) => [a.power, a.holder, quoted(text, a)]);
    assert.deepEqual(decisions, [
      ['decide', 'manager', 'bepaalt'],
      ['advise', 'group', 'adviseert'],
      ['decide', 'employer', 'besluit'],
      ['decide', 'team', 'beslissen'],
      ['decide', 'group', 'vaststelt'],
    ]);
  });

  it('reads conditions, and "geen gevolgen" still addresses the terms of employment', () => {
    const text = 'De wijziging heeft geen gevolgen voor het salaris. We beginnen met een proefperiode en bewaken de werkdruk.';
    const conditions = facts(text, 'work-condition').map((c) => [c.condition, c.negated]);
    assert.deepEqual(conditions, [
      ['terms-effect', false],
      ['temporary', false],
      ['workload', false],
    ]);
  });
});

describe('work rules on short drafts', () => {
  const lint = (text: string, rules: Rule[]) => lintText(text, { rules }).findings;

  it('rotation-pace: a stint of two months is too short by default and fine with minMonths 2', () => {
    const text = 'Monteurs rouleren elke acht weken tussen de werkplaats en de buitendienst.';
    const [finding] = lint(text, [rotationPace]);
    assert.equal(text.slice(finding.range.start, finding.range.end), 'elke acht weken');
    assert.match(finding.message, /2 maanden/);
    const config = { rules: { 'rotation-pace': { options: { minMonths: 2 } } } };
    assert.deepEqual(lintText(text, { rules: [rotationPace], config }).findings, []);
  });

  it('rotation-pace: rotation without any interval is reported on the rotation sentence', () => {
    const findings = lint('De afdeling voert taakroulatie in tussen inpak en expeditie.', [rotationPace]);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /niet hoe lang/);
  });

  it('meeting-group-size: above maxSize is a warning, a werkoverleg above idealSize an info, a lower bound nothing', () => {
    const text = [
      '1. Het verbeterteam bestaat uit 24 medewerkers.',
      '2. De ploeg houdt wekelijks werkoverleg met 14 deelnemers.',
      '3. Bedrijven met meer dan 50 werknemers houden maandelijks werkoverleg.',
    ].join('\n');
    const findings = lint(text, [meetingGroupSize]).map((f) => [f.severity, text.slice(f.range.start, f.range.end)]);
    assert.deepEqual(findings, [
      ['warning', '24 medewerkers'],
      ['info', '14 deelnemers'],
    ]);
  });

  it('meeting-group-size: a werkoverleg named in passing with a headcount is not a group size', () => {
    const text = 'De werkgever informeert alle 40 medewerkers via de nieuwsbrief en in het werkoverleg over het budget.';
    assert.deepEqual(lint(text, [meetingGroupSize]), []);
  });

  it('working-group-mandate: advice answered in writing satisfies it; no answer is reported', () => {
    const set = 'De directeur stelt een werkgroep in die voorstellen doet voor het nieuwe rooster.';
    assert.equal(lint(set, [workingGroupMandate]).length, 1);
    const answered = `${set} De directeur reageert binnen vier weken schriftelijk op het advies.`;
    assert.deepEqual(lint(answered, [workingGroupMandate]), []);
  });

  it('job-crafting-ownership: the employee deciding, the direction and keeping the manager informed satisfy it', () => {
    const bad = 'Medewerkers kunnen via job crafting hun taken aanpassen. De teamleider bepaalt welke aanpassingen doorgaan.';
    assert.match(lint(bad, [jobCraftingOwnership])[0].message, /bepaalt de leidinggevende/);
    const good =
      'Medewerkers kunnen via job crafting hun taken aanpassen. De medewerker beslist zelf wat hij verandert. ' +
      'De directie licht jaarlijks de koers van het bedrijf toe. De medewerker houdt zijn leidinggevende op de hoogte van zijn stappen.';
    assert.deepEqual(lint(good, [jobCraftingOwnership]), []);
  });

  it('the rules stay quiet on a draft that only mentions these things in passing', () => {
    const text = 'De werkgever informeert de werknemers in het werkoverleg en via de nieuwsbrief over het opleidingsbudget van € 800,- per jaar.';
    const rules = [rotationPace, enrichmentAuthority, taskChangeWorkload, meetingGroupSize, workingGroupMandate, participationConditions, jobCraftingOwnership];
    assert.deepEqual(lint(text, rules), []);
  });
});
