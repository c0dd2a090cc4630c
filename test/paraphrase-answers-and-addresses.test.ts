import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { lintText } from './harness/lint';
import { tokenize } from '../server/model/tokens';
import type { Fact } from '../server/model/types';

/**
 * Three ways a page says less than its words: a question answered "Nee" denies what it asks; a mail
 * the employee sends to HR tells the employee nothing; a mail or web address is a name, not words
 * ("pob@..." names no budget). Every sentence is written for this suite.
 */
const model = (text: string) => buildPolicyDocument(text, parseMarkdown(text));
const fires = (text: string, rule: string) => lintText(text).findings.some((f) => f.ruleId === rule);
const faq = (...lines: string[]) =>
  `# Vragen over je leerbudget\n\n**Hoeveel krijg ik?**\nJe krijgt een leerbudget van € 800 per jaar voor cursussen en opleidingen.\n\n${lines.join('\n\n')}\n`;

describe('paraphrase: a question answered "Nee"', () => {
  const denied = [
    '**Mag ik mijn cursus in werktijd volgen?**\nNee. Cursussen uit je leerbudget volg je in je eigen tijd.',
    '**Krijg ik studieverlof voor mijn opleiding?**\nNee, daar is in deze regeling niets over afgesproken.',
    '**Heb ik ook ontwikkeldagen?**\nNee. Je hebt alleen het budget.',
    // Hours of another kind counted as worked.
    '**Hoe zit het met overwerk?**\nOveruren tellen als gewerkte uren voor de toeslag.',
  ];
  for (const line of denied) {
    it(`no time for learning is granted: «${line.replace('\n', ' ')}»`, () => assert.ok(fires(faq(line), 'budget-needs-time')));
  }

  const granted = [
    '**Mag ik mijn cursus in werktijd volgen?**\nJa. Cursussen uit je leerbudget volg je in werktijd.',
    '**Mag ik mijn cursus in werktijd volgen?**\nJazeker, tot 40 uur per jaar.',
    // No short answer: the question is left as it reads.
    '**Mag ik mijn cursus in werktijd volgen?**\nCursussen uit je leerbudget volg je in werktijd.',
    '**Krijg ik tijd om de cursus te volgen?**\nJa. Cursusuren die op een werkdag vallen, tellen als gewerkte uren.',
  ];
  for (const line of granted) {
    it(`time for learning is granted: «${line.replace('\n', ' ')}»`, () => assert.ok(!fires(faq(line), 'budget-needs-time')));
  }

  it('the amount a denied question names stays read', () => {
    const doc = model('**Krijg ik € 500 per jaar?**\nNee. Je krijgt € 800 per jaar.\n');
    assert.deepEqual(doc.facts.filter((f: Fact) => f.kind === 'money' && !f.negated).length, 2);
  });
});

describe('paraphrase: a mail the employee sends', () => {
  const upward = [
    'Wil je weten wat je saldo is? Stuur daarvoor een mail naar leerbudget@bakkerijvos.nl met je personeelsnummer.',
    'Stuur een e-mail aan HR als je je saldo wilt weten.',
    'Je kunt een brief sturen naar je leidinggevende met je vraag over het budget.',
    'Stuur een mail naar je locatiemanager met de naam van de cursus, de prijs en de data.',
  ];
  for (const line of upward) {
    it(`tells the employee nothing: «${line}»`, () => assert.ok(fires(faq(line), 'entitlement-communication')));
  }

  const downward = [
    'Elk jaar in januari sturen we je een mail met het saldo van je budget.',
    'HR stuurt een brief naar alle medewerkers over het leerbudget.',
    'Je ontvangt ieder kwartaal een e-mail met het saldo van je leerbudget.',
    'Je locatiemanager stuurt je elk jaar in januari een brief over je leerbudget.',
  ];
  for (const line of downward) {
    it(`informs the employee: «${line}»`, () => assert.ok(!fires(faq(line), 'entitlement-communication')));
  }
});

describe('mail and web addresses are one token', () => {
  const cases: Array<[string, string]> = [
    ['Mail naar pob@techniektalent.nl voor je saldo.', 'pob@techniektalent.nl'],
    ['Zie https://www.fonds.nl/scholing-en-opleiding.', 'https://www.fonds.nl/scholing-en-opleiding'],
    ['Kijk op www.opleidingsfonds.nl, daar staat alles.', 'www.opleidingsfonds.nl'],
    ['Vragen? (info@leerbudget.nl)', 'info@leerbudget.nl'],
  ];
  for (const [text, address] of cases) {
    it(`«${address}» in «${text}»`, () => {
      const tokens = tokenize(text);
      assert.ok(tokens.some((t) => t.text === address && t.kind === 'symbol'));
    });
  }

  it('an address names no instrument', () => {
    const instruments = model('Vragen? Mail naar subsidies@fonds.nl of pob@bedrijf.nl.').facts.filter((f) => f.kind === 'instrument');
    assert.deepEqual(instruments, []);
  });

  it('words around an address are words', () => {
    assert.deepEqual(
      tokenize('O&O-fonds en 1.000,- euro').map((t) => t.kind),
      ['word', 'word', 'number', 'word'],
    );
  });
});

/**
 * An answer that names a channel, to a question of where to see one's balance or entitlement: it is
 * shown there. A channel answering a question of how to apply is where one applies, not informing.
 * Our own questions and answers.
 */
describe('paraphrase: a channel that answers "where do I see it"', () => {
  const told = (q: string, a: string) =>
    model(`## Ontwikkeldagen\n\nJe hebt drie ontwikkeldagen per jaar.\n\n**${q}**\n${a}\n`).facts.some((f) => f.kind === 'communication' && !f.negated);
  for (const [q, a] of [
    ['Waar zie ik hoeveel dagen ik nog heb?', 'In Youforce, onder Verlof > Saldi.'],
    ['Waar vind ik mijn saldo?', 'In de personeelsapp, bij Mijn verlof.'],
    ['Kan ik mijn resterende ontwikkeluren ergens bekijken?', 'Ja, in AFAS Pocket.'],
  ])
    it(`shown: «${q} ${a}»`, () => assert.ok(told(q, a)));
  for (const [q, a] of [
    ['Hoe vraag ik een ontwikkeldag aan?', 'Via Youforce, twee weken van tevoren.'],
    ['Wie betaalt de cursus?', 'Dat regel je met HR.'],
  ])
    it(`not shown: «${q} ${a}»`, () => assert.ok(!told(q, a)));
});
