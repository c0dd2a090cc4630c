import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A finding that rests on something absent is only a possibility when the provision's scope is
 * visibly incomplete: it is softened to info and says where the missing part could be.
 */
const finding = (text: string, rule: string, locale: 'nl' | 'en' = 'nl') => lintText(text, { locale }).findings.find((f) => f.ruleId === rule);

describe('findings on something absent from an incomplete scope', () => {
  const complete = [
    '## Artikel 5 Ontwikkelbudget',
    '',
    'De werknemer heeft recht op een ontwikkelbudget van € 800 per jaar. Het budget blijft drie jaar beschikbaar.',
  ].join('\n');

  it('warns as configured when the article is complete', () => {
    const f = finding(complete, 'budget-earmarking');
    assert.ok(f);
    assert.equal(f.severity, 'warning');
    assert.ok(!f.message.includes('niet in dit document'));
  });

  it('softens to info and names the annex when the article refers to one the document does not contain', () => {
    const text = `${complete} De voorwaarden staan in bijlage 4.`;
    const f = finding(text, 'budget-earmarking');
    assert.ok(f);
    assert.equal(f.severity, 'info');
    assert.match(f.message, /bijlage 4», dat niet in dit document staat/);
    assert.match(finding(text, 'budget-earmarking', 'en')!.message, /bijlage 4», which this document does not contain/);
  });

  it('keeps the warning when the referenced annex is in the document', () => {
    const text = `${complete} De voorwaarden staan in bijlage 4.\n\n## Bijlage 4 Voorwaarden\n\nDe aanvraag gaat via het personeelsportaal.`;
    assert.equal(finding(text, 'budget-earmarking')?.severity, 'warning');
  });

  it('softens to info when the text breaks off inside the provision', () => {
    const text = `${complete} De werknemer kan het budget aanvragen bij`;
    const f = finding(text, 'budget-earmarking');
    assert.equal(f?.severity, 'info');
    assert.match(f!.message, /breekt hier af/);
  });

  it('leaves findings on what the draft does say at their severity', () => {
    const text = [
      '## Artikel 5 Ontwikkelbudget',
      '',
      'De werknemer heeft recht op een ontwikkelbudget van € 800 per jaar voor opleidingen. Niet-bestede bedragen vervallen aan het einde van het jaar. Zie bijlage 9.',
    ].join('\n');
    assert.equal(finding(text, 'budget-spending-period')?.severity, 'warning');
  });

  it('softens a finding about the whole draft (no informing anywhere) when the draft refers to an annex it does not contain', () => {
    const base = '## Artikel 5 Ontwikkelbudget\n\nDe werknemer heeft recht op een ontwikkelbudget van € 800 per jaar voor opleidingen.';
    assert.equal(finding(base, 'entitlement-communication')?.severity, 'warning');
    const f = finding(`${base} De aanvraag gaat volgens bijlage 2.`, 'entitlement-communication');
    assert.equal(f?.severity, 'info');
    assert.match(f!.message, /bijlage 2», dat niet in dit document staat/);
  });

  // The work-organisation rules: a missing condition, authority or interval is only a possibility
  // when the draft refers to a part it does not contain; what the draft does say keeps its severity.
  const absent: ReadonlyArray<[rule: string, draft: string]> = [
    ['enrichment-authority', '## Taakverrijking\n\nDe operators nemen de weekplanning over van de werkvoorbereider.'],
    ['rotation-pace', '## Artikel 5 Taakroulatie\n\nMedewerkers rouleren tussen de afdelingen.'],
    [
      'combination-project-terms',
      '## Combinatieproject\n\nTerwijl eigen medewerkers een vakopleiding volgen, nemen leerwerkers op leerwerkplekken hun werk over.',
    ],
    ['working-group-mandate', '## Werkgroep\n\nEr wordt een werkgroep ingesteld die de directie adviseert over de werkdruk.'],
  ];
  for (const [rule, draft] of absent) {
    it(`${rule}: softens a finding on what is absent when the draft refers to an annex it does not contain`, () => {
      assert.ok(finding(draft, rule) && !finding(draft, rule)!.message.includes('niet in dit document'), 'the complete draft has the plain finding');
      const f = finding(`${draft} De uitwerking staat in bijlage 3.`, rule);
      assert.ok(f, 'no finding');
      assert.equal(f.severity, 'info');
      assert.match(f.message, /bijlage 3», dat niet in dit document staat/);
    });
  }
  it('enrichment-authority: keeps managers deciding at its severity although an annex is missing', () => {
    const f = finding(
      '## Taakverrijking\n\nDe operators nemen de weekplanning over. Over de planning beslist de teamleider. Zie bijlage 3.',
      'enrichment-authority',
    );
    assert.equal(f?.severity, 'warning');
  });
});
