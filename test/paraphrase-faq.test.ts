import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A budget described in a FAQ voice: questions as headings, answers that say "je krijgt" and "het
 * budget" without repeating the name. The answers belong to the budget the title names; the
 * findings name it as the draft does.
 */
const findings = (text: string, rule: string) => lintText(text).findings.filter((f) => f.ruleId === rule);

const faq = (title: string, amount: string, purposes: string, question = 'Waaraan kan ik het besteden?') =>
  [
    `# ${title}`,
    '',
    '## Hoeveel budget krijg ik?',
    '',
    `Je krijgt ${amount} per kalenderjaar. Het budget wordt per maand opgebouwd.`,
    '',
    `## ${question}`,
    '',
    purposes,
  ].join('\n');

describe('paraphrase: a budget in a FAQ voice', () => {
  it('compares the amount in an answer with the common figure', () => {
    const found = findings(faq('Veelgestelde vragen over het ontwikkelbudget', '€ 400', 'Aan opleidingen, cursussen en trainingen.'), 'budget-amount');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /400/);
  });
  it('states no low amount for an answer above it', () => {
    assert.deepEqual(
      findings(faq('Vragen en antwoorden: je leerbudget', '€ 900', 'Aan opleidingen en trainingen.'), 'budget-amount').map((f) => f.message),
      [],
    );
  });
  it("reads the purposes in another answer as the budget's own", () => {
    assert.deepEqual(
      findings(
        faq('Veelgestelde vragen over het ontwikkelbudget', '€ 800', 'Je kunt het besteden aan opleidingen, cursussen en loopbaanadvies.'),
        'budget-earmarking',
      ),
      [],
    );
  });
  it('names the budget as the title does, not by the words of the answer', () => {
    const found = findings(faq('Veelgestelde vragen over het ontwikkelbudget', '€ 800', 'Aan opleidingen.'), 'budget-spending-period');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /«ontwikkelbudget»/);
  });
  it('still reports missing purposes when no answer gives them', () => {
    // (A heading that asks what it may be spent on is read as announcing the purposes, answered or not.)
    assert.equal(
      findings(faq('Veelgestelde vragen over het ontwikkelbudget', '€ 800', 'Neem contact op met HR.', 'Hoe vraag ik het aan?'), 'budget-earmarking').length,
      1,
    );
  });
});

/**
 * An e-mail or intranet page with bold questions instead of headings: the answer to "Waarvoor?"
 * may run over a long list, and its items are the budget's purposes. Drafts written for this suite.
 */
describe('paraphrase: the answer under a bold question about what the budget is for', () => {
  const page = (question: string, between = '') =>
    [
      'Beste collega’s,',
      '',
      '**Hoeveel?**',
      'Dit jaar is er een leerpot van € 5.000 voor het hele team. Iedereen kan daaruit maximaal € 900 aanvragen.',
      between,
      `**${question}**`,
      'Kijk even in het overzicht hieronder. Twijfel je, vraag het dan gewoon.',
      '- trainingen in Excel en Power BI;',
      '- klantgesprekken en onderhandelen;',
      '- een heftruckcertificaat;',
      '- een cursus Engels.',
    ].join('\n');
  for (const question of ['Waarvoor?', 'Waarvoor kun je het gebruiken?', 'Waaraan mag je het geld uitgeven?', 'Wat mag je ermee?'])
    it(`reads the list as purposes under «${question}»`, () => assert.deepEqual(findings(page(question), 'budget-earmarking'), []));
  it('a question about something else does not make the list purposes', () =>
    assert.equal(findings(page('Hoe vraag je het aan?'), 'budget-earmarking').length, 1));
  it('a question far from where the budget was named does not either', () =>
    assert.equal(
      findings(page('Waarvoor?', 'Het team groeit dit jaar. We verhuizen in mei. De kantine gaat open. Er komt een nieuwe printer.\n'), 'budget-earmarking')
        .length,
      1,
    ));
});
