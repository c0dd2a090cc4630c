import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';

/**
 * How far a negation reaches. A denied possibility ("het is niet mogelijk om ...") negates the whole
 * clause it governs, however long; a "niet" inside a relative clause ("dagen die niet zijn
 * opgenomen") or a condition ("als het niet binnen een jaar is gebruikt") stays there. Each
 * phrasing is checked through the rule that depends on it, with near misses that must not fire.
 */
const daysArticle = (second: string) =>
  `## Artikel 4 Opleidingsdagen\n\n1. De medewerker heeft per kalenderjaar recht op drie opleidingsdagen.\n2. ${second}\n`;
const budgetArticle = (second: string) =>
  `## Artikel 6 Leerbudget\n\n1. De werknemer heeft per kalenderjaar recht op een leerbudget van € 900.\n2. ${second}\n`;

const fires = (text: string, rule: string) => lintText(text).findings.some((f) => f.ruleId === rule);

describe('paraphrase: a denied possibility negates the clause it governs', () => {
  const lapsing = [
    'Het is niet mogelijk om dagen die in een jaar niet zijn opgenomen naar een volgend jaar over te hevelen.',
    'Het is niet toegestaan om opleidingsdagen die je dit jaar niet hebt gebruikt mee te nemen naar het volgende jaar.',
    'Er bestaat geen mogelijkheid om niet opgenomen opleidingsdagen over te boeken naar een later jaar.',
    'Het is niet de bedoeling dat je dagen die over zijn meeneemt naar volgend jaar.',
    'Het is niet langer mogelijk om resterende dagen door te schuiven naar het nieuwe kalenderjaar.',
    'Het is voor medewerkers niet toegestaan de dagen die in december nog openstaan over te zetten naar januari.',
    'Er is geen ruimte om opleidingsdagen die je laat liggen mee te nemen naar een volgend jaar.',
  ];
  const kept = [
    'Het is mogelijk om dagen die in een jaar niet zijn opgenomen naar een volgend jaar over te hevelen.',
    'Dagen die je in een jaar niet hebt opgenomen, kun je meenemen naar het volgende jaar.',
    'Dagen die niet zijn opgenomen gaan mee naar het volgende jaar.',
    'Opleidingsdagen die je niet opneemt, blijven twee jaar staan.',
    // The denial governs only its own clause: the carry-over after the semicolon stands.
    'Uitbetalen van dagen is niet mogelijk; dagen die je niet opneemt, schuiven door naar volgend jaar.',
    'Als opnemen in het lopende jaar niet mogelijk is, worden de dagen meegenomen naar het volgende jaar.',
  ];
  for (const sentence of lapsing) {
    it(`lapse: «${sentence}»`, () => assert.ok(fires(daysArticle(sentence), 'development-days-lapse')));
  }
  for (const sentence of kept) {
    it(`kept: «${sentence}»`, () => assert.ok(!fires(daysArticle(sentence), 'development-days-lapse')));
  }

  const moneyLapsing = [
    'Het is niet mogelijk om het deel van het budget dat aan het eind van het jaar niet is besteed, op te sparen voor later.',
    'Het is niet toegestaan het budget dat in een jaar niet is besteed mee te nemen naar een volgend jaar.',
    'Er is geen mogelijkheid om het restant van je leerbudget over te boeken naar volgend jaar.',
    'It is not possible to carry over unused budget to the next year.',
  ];
  const moneyKept = [
    'Het is mogelijk om het deel van het budget dat aan het eind van het jaar niet is besteed op te sparen, tot drie jaarbudgetten.',
    'Het bedrag dat je niet besteedt blijft drie jaar op je rekening staan.',
    'Uitbetalen van het budget is niet toegestaan; wat je niet besteedt, blijft drie jaar beschikbaar.',
  ];
  for (const sentence of moneyLapsing) {
    it(`budget lapses: «${sentence}»`, () => {
      const text = sentence.startsWith('It ')
        ? `## Article 6 Learning budget\n\n1. Each employee receives a learning budget of € 900 per year.\n2. ${sentence}\n`
        : budgetArticle(sentence);
      assert.ok(fires(text, 'budget-spending-period'));
    });
  }
  for (const sentence of moneyKept) {
    it(`budget kept: «${sentence}»`, () => assert.ok(!fires(budgetArticle(sentence), 'budget-spending-period')));
  }
});

describe('paraphrase: a condition keeps its own negation', () => {
  const lapsing = [
    'Dit bedrag komt te vervallen als het niet binnen twaalf maanden na toekenning is gebruikt.',
    'Het budget vervalt wanneer je het niet binnen het kalenderjaar besteedt.',
    'Het saldo vervalt indien het niet voor 31 december is gedeclareerd.',
    'Het tegoed verloopt zodra het jaar om is, als je het niet hebt gebruikt.',
  ];
  const nearMisses = [
    // "niet" before the lapse verb is still the main clause's.
    'Het budget vervalt niet als je het niet binnen het jaar besteedt; je houdt het drie jaar.',
    // "als" meaning "as" opens no clause: the negation is the main clause's.
    'Wat je niet gebruikt, geldt niet als vervallen en blijft drie jaar op je rekening staan.',
  ];
  for (const sentence of lapsing) {
    it(`lapse: «${sentence}»`, () => assert.ok(fires(budgetArticle(sentence), 'budget-spending-period')));
  }
  for (const sentence of nearMisses) {
    it(`no lapse: «${sentence}»`, () => assert.ok(!fires(budgetArticle(sentence), 'budget-spending-period')));
  }
});

describe('paraphrase: money left standing is saved', () => {
  const saved = [
    'Niet alles hoeft in één jaar op: wat overblijft mag je drie jaar laten staan.',
    'Je laat het saldo gewoon staan tot je een opleiding hebt gevonden, maximaal drie jaar.',
    'Wat je niet gebruikt, kun je laten openstaan tot het einde van je dienstverband.',
  ];
  for (const sentence of saved) {
    it(`saved: «${sentence}»`, () => assert.ok(!fires(budgetArticle(sentence), 'budget-spending-period')));
  }
  it('the idiom "laat staan" (let alone) keeps nothing', () => {
    const text = budgetArticle('Het budget vervalt aan het einde van het kalenderjaar, laat staan dat je het kunt opsparen.');
    assert.ok(fires(text, 'budget-spending-period'));
  });
});

describe('paraphrase: a pot is a budget, and a budget held by the employer is not one employees hold', () => {
  it('"een eigen leerpot" granted per person is a personal budget that can lapse', () => {
    const text = 'Iedere collega heeft een eigen leerpot van € 950 per kalenderjaar. Geld dat op 31 december nog in je pot zit, is weg.';
    assert.ok(fires(text, 'budget-spending-period'));
  });
  it('"een ontwikkelpotje" of € 600 per jaar without purposes is a budget without purposes', () => {
    assert.ok(fires('## Artikel 3\n\nJe krijgt een ontwikkelpotje van € 800 per jaar.\n', 'budget-earmarking'));
  });
  it('"het budget dat aan het bevoegd gezag ter beschikking is gesteld" is the employer\'s, not a personal budget', () => {
    const text = [
      '## Artikel 6 Voorwaarden',
      '',
      'De tegemoetkoming in de studiekosten wordt niet toegekend indien het budget dat aan het bevoegd gezag ter beschikking is gesteld dit niet toelaat.',
    ].join('\n');
    assert.ok(!fires(text, 'budget-spending-period'));
    assert.ok(!fires(text, 'budget-earmarking'));
  });
  for (const text of [
    'Ieder jaar stelt de directie een opleidingsbudget vast voor opleidingen die nodig zijn voor de functie.',
    'Het bestuur begroot jaarlijks een scholingsbudget voor de verplichte nascholing.',
    'Het opleidingsbudget wordt elk jaar vastgesteld door de directie.',
  ]) {
    it(`a budget the management sets is the organisation's: «${text}»`, () => {
      const withLapse = `## Artikel 4 Opleidingen\n\n${text} Wat op 31 december over is, vervalt.\n`;
      assert.ok(!fires(withLapse, 'budget-spending-period'));
    });
  }
  it("a personal budget the employer sets per person stays one person's", () => {
    const text =
      '## Artikel 4\n\nDe werkgever stelt jaarlijks voor iedere werknemer een persoonlijk opleidingsbudget van € 800 vast. Wat op 31 december over is, vervalt.\n';
    assert.ok(fires(text, 'budget-spending-period'));
  });
  it('a budget made available to the employees themselves is theirs', () => {
    const text =
      '## Artikel 6\n\nDe werkgever stelt aan iedere werknemer een budget van € 800 per jaar ter beschikking voor opleidingen. Het vervalt op 31 december.';
    assert.ok(fires(text, 'budget-spending-period'));
  });
});

describe('paraphrase: a negation before "or" denies both', () => {
  const lapsing = [
    'Niet bestede bedragen kunnen niet worden gespaard of doorgeschoven naar het volgende jaar.',
    'Het restant wordt niet bewaard of overgeheveld naar een volgend jaar.',
    'Je kunt het budget niet sparen of meenemen naar volgend jaar.',
    'Het leerbudget mag niet worden opgespaard of overgedragen naar een later kalenderjaar.',
  ];
  const kept = [
    'Niet bestede bedragen kunnen worden gespaard of doorgeschoven naar het volgende jaar.',
    'Het restant wordt niet uitbetaald, maar gespaard of meegenomen naar het volgende jaar.',
    'Wat niet is besteed, wordt gespaard of doorgeschoven naar het volgende jaar.',
  ];
  for (const sentence of lapsing) {
    it(`lapse: «${sentence}»`, () => assert.ok(fires(budgetArticle(sentence), 'budget-spending-period')));
  }
  for (const sentence of kept) {
    it(`kept: «${sentence}»`, () => assert.ok(!fires(budgetArticle(sentence), 'budget-spending-period')));
  }
});

/**
 * "niet" with a degree word before a participle of a noun ("een niet volledig gebruikte voucher")
 * qualifies the noun: the sentence still says what happens to it, and a return is a lapse, not a
 * lapse denied. Our own sentences.
 */
describe('paraphrase: "niet volledig gebruikte" qualifies the noun', () => {
  const lapses = (text: string) =>
    buildPolicyDocument(text, parseMarkdown(text))
      .facts.filter((f) => f.kind === 'lapse')
      .map((f) => f.negated);
  for (const sentence of [
    'Het bedrag van een niet volledig gebruikte voucher vloeit terug naar het fonds.',
    'Niet tijdig opgenomen dagen vervallen aan het eind van het jaar.',
  ])
    it(`a lapse, not denied: «${sentence}»`, () => {
      const found = lapses(`# Regeling\n\n${sentence}\n`);
      assert.ok(found.length > 0 && found.every((negated) => !negated), JSON.stringify(found));
    });
});
