import { strict as assert } from 'node:assert';
import { lintText } from '../server/engine/lint';

/**
 * The line between the employer's job training and the employee's own budget, drawn by pointing at
 * the article on job training ("scholing die niet onder artikel 4.2 valt"). It counts only when the
 * article pointed at is about the training the job requires; pointing at another article draws no line.
 */
// The overlap message opens with "Naast «budget» betaalt de werkgever ...".
const overlap = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'budget-earmarking' && f.message.startsWith('Naast'));

const cao = (ownPurpose: string, secondArticle = 'Functiegerichte scholing') =>
  [
    '# Hoofdstuk 4 Opleiding',
    '',
    '## Artikel 4.1 Begrippen',
    '',
    'In dit hoofdstuk wordt onder werknemer verstaan: de werknemer in dienst van de werkgever.',
    '',
    `## Artikel 4.2 ${secondArticle}`,
    '',
    secondArticle === 'Functiegerichte scholing'
      ? 'Scholing die nodig is voor de uitoefening van de functie wordt door de werkgever betaald en vindt plaats in werktijd.'
      : 'De werkgever vergoedt reiskosten voor opleidingen volgens de reiskostenregeling.',
    '',
    '## Artikel 4.3 Persoonlijk opleidingsbudget',
    '',
    `1. De werknemer heeft recht op een persoonlijk opleidingsbudget van € 750 per kalenderjaar. 2. ${ownPurpose}`,
    '',
  ].join('\n');

describe('paraphrase: a line drawn by pointing at the article on job training', () => {
  const drawn = [
    'Het budget is bestemd voor scholing die niet onder artikel 4.2 valt, zoals een taalcursus of een loopbaantraject.',
    'Het opleidingsbudget is bedoeld voor opleidingen anders dan bedoeld in artikel 4.2, bijvoorbeeld een hbo-opleiding of coaching.',
    'Het budget mag worden besteed aan alle scholing, met uitzondering van de scholing genoemd in artikel 4.2, zoals cursussen en trainingen.',
  ];
  for (const purpose of drawn) {
    it(`no overlap: «${purpose}»`, () => assert.ok(!overlap(cao(purpose))));
  }
  it('with no line, the overlap is reported', () => {
    assert.ok(overlap(cao('Het budget is bestemd voor cursussen, trainingen en een loopbaantraject.')));
  });
  it('pointing at an article on something else draws no line', () => {
    // 4.2 is on travel costs; the job training stands in an article of its own after the budget.
    const text = `${cao('Het budget is bestemd voor scholing die niet onder artikel 4.2 valt, zoals een taalcursus.', 'Reiskosten')}
## Artikel 4.4 Verplichte scholing

Scholing die nodig is voor de uitoefening van de functie wordt door de werkgever betaald.
`;
    assert.ok(overlap(text));
  });
});

describe('paraphrase: a line drawn with the participle last', () => {
  const email = (line: string) =>
    `# Je ontwikkelbudget\n\nJe krijgt een ontwikkelbudget van € 750 per jaar voor cursussen, trainingen en een loopbaangesprek. ${line}\n`;
  const drawn = [
    'De verplichte trainingen blijven via je shopmanager lopen en worden niet van je budget afgetrokken.',
    'Verplichte scholing voor je functie wordt nooit op je tegoed afgeboekt.',
  ];
  for (const line of drawn) it(`no overlap: «${line}»`, () => assert.ok(!overlap(email(line))));
  it('the same training paid from the budget is an overlap', () => {
    assert.ok(overlap(email('De verplichte trainingen voor je functie worden van je budget afgetrokken.')));
  });
});
