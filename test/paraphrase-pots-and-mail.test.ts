import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { allProvisions, type Provision } from '../server/model/provisions';
import type { CommunicationFact, Fact, InstrumentFact } from '../server/model/types';

/**
 * A pot: a sum an employer puts aside for everyone to draw on, in a small firm's mail or a team's
 * page. Its name may carry a personal prefix ("opleidingspot"), its later mentions are "de pot", and
 * the cap per person it names is a claim limit, not a personal budget. Every sentence is written for
 * this suite; the near misses are personal budgets said with the same verbs.
 */
const model = (text: string) => buildPolicyDocument(text, parseMarkdown(text));
const provisions = (text: string): Provision[] => allProvisions(model(text));
const instruments = (text: string) => model(text).facts.filter((f: Fact): f is InstrumentFact => f.kind === 'instrument' && !f.negated && f.development);

describe('paraphrase: a pot put aside for everyone', () => {
  const putAside = [
    'Dit jaar zetten we € 12.000 apart als opleidingspot voor het hele bedrijf.',
    'We hebben afgesproken dat we € 9.000 opzij zetten als scholingspot voor 2026.',
    'De directie reserveert € 20.000 als opleidingspot voor de komende twee jaar.',
    'Voor cursussen en trainingen is een leerpot van € 15.000 gereserveerd.',
    'Er wordt jaarlijks € 8.000 apart gezet als opleidingspot.',
    'De zaak reserveerde vorig jaar € 6.500 als opleidingspot.',
    // A pot is shared unless the draft makes it one person's.
    'Voor 2025 is een scholingspot van € 60.000 beschikbaar.',
    'Er is een opleidingspot waaruit iedereen een cursus kan aanvragen.',
  ];
  for (const text of putAside) {
    it(`a sum put aside is a pot for all: «${text}»`, () => {
      const found = instruments(text);
      assert.ok(
        found.some((f) => f.instrument === 'collective-fund'),
        JSON.stringify(found.map((f) => [f.instrument, f.surface])),
      );
    });
  }

  const personal = [
    'De werkgever reserveert per medewerker € 500 in een leerpot.',
    'Voor iedere werknemer wordt jaarlijks € 400 gereserveerd als persoonlijk opleidingsbudget.',
    'We zetten voor jou persoonlijk € 750 apart als ontwikkelbudget.',
    'Elke medewerker heeft een eigen leerpot van € 600 per jaar.',
    'Je leerpot wordt elk jaar op 1 januari aangevuld met € 500 voor cursussen.',
    'Er is een leerpot van € 400 per medewerker voor cursussen.',
  ];
  for (const text of personal) {
    it(`a sum put aside per person stays personal: «${text}»`, () => {
      const found = instruments(text);
      assert.ok(
        found.some((f) => f.instrument === 'individual-budget') && !found.some((f) => f.instrument === 'collective-fund'),
        JSON.stringify(found.map((f) => [f.instrument, f.surface])),
      );
    });
  }

  const drawnFrom = [
    'We zetten € 10.000 apart als opleidingspot. Iedereen kan uit de pot een cursus aanvragen tot maximaal € 1.000 per persoon.',
    'Het bedrijf reserveert € 7.500 als scholingspot. Elke collega mag uit de pot een training aanvragen van hoogstens € 800.',
    'Er is een opleidingspot van € 5.000 gereserveerd. Medewerkers vragen uit de pot een opleiding aan, tot € 900 per jaar per persoon.',
  ];
  for (const text of drawnFrom) {
    it(`claims on "de pot" make the pot a drawing right, not a second budget: «${text}»`, () => {
      const found = provisions(text);
      assert.equal(found.length, 1, found.map((p) => `${p.instrument}:${p.anchor.surface}`).join(', '));
      assert.equal(found[0].instrument, 'collective-fund');
      assert.ok(found[0].claimable);
    });
  }

  it('a personal budget drawn on with a possessive stays one person’s', () => {
    const found = provisions('Iedere medewerker krijgt een leerbudget van € 600 per jaar. Je kunt uit je budget een cursus aanvragen.');
    assert.deepEqual(
      found.map((p) => p.instrument),
      ['individual-budget'],
    );
  });

  const toldOfThePot = [
    'We zetten € 10.000 apart als opleidingspot.\n\nElke maand hangt op het prikbord hoeveel er nog in de pot zit.',
    'De zaak reserveert € 8.000 als scholingspot.\n\nIn het werkoverleg hoor je elk kwartaal hoeveel er nog in de pot over is.',
  ];
  for (const text of toldOfThePot) {
    it(`what is left in "de pot" is told of the pot: «${text}»`, () => {
      const told = model(text).facts.filter((f): f is CommunicationFact => f.kind === 'communication' && !f.negated);
      assert.ok(told.length > 0);
    });
  }

  it('a pot named in passing outside a draft with a pot tells nothing', () => {
    const told = model('Het werkoverleg is elke maand. We bespreken dan de planning.').facts.filter((f) => f.kind === 'communication');
    assert.equal(told.length, 0);
  });
});

describe('a mail header defines no terms', () => {
  const mails = [
    '**Van:** Petra de Wit\n**Aan:** iedereen\n**Onderwerp:** Leerbudget 2026\n\nHoi allemaal,\n\nHet verslag van de vergadering van maandag staat online.',
    'Van: Joost Bakker Aan: alle medewerkers Onderwerp: Ontwikkelbudget\n\nDe notulen van het overleg van dinsdag volgen.',
  ];
  for (const text of mails) {
    it(`"Van:" before the subject is no name of a budget: «${text.split('\n')[0]}»`, () => {
      const vanAsBudget = instruments(text).filter((f) => f.surface.toLowerCase() === 'van');
      assert.deepEqual(vanAsBudget, []);
    });
  }

  it('a definition by colon still names a budget', () => {
    const text = 'Groeigeld: het persoonlijk ontwikkelbudget van de werknemer.\n\nHet groeigeld wordt op 1 januari toegekend.';
    assert.ok(instruments(text).some((f) => f.surface.toLowerCase() === 'groeigeld'));
  });
});

describe('a mail whose subject is a budget speaks of it throughout', () => {
  const told = (text: string) => model(text).facts.filter((f): f is CommunicationFact => f.kind === 'communication' && !f.negated);
  const mail = (subject: string, body: string) => `**Van:** Karin Smit\n**Aan:** alle collega's\n**Onderwerp:** ${subject}\n\nHoi allemaal,\n\n${body}`;

  const informs = [
    mail('Leerbudget 2026', 'Daarna krijgt iedereen in juni nog een herinnering van mij.'),
    mail('Opleidingspot 2026 – zo werkt het', 'In de zomer ontvang je nog een herinnering.'),
    mail('Scholingsdagen dit jaar', 'We bespreken het in het werkoverleg van april.'),
    mail('Ontwikkelbudget', 'Iedereen krijgt in september een brief met de stand van zaken.'),
    mail('Leerbudget 2026', 'Je teamleider komt er in het werkoverleg van mei nog op terug.'),
    mail('Scholingsdagen dit jaar', 'In het teamoverleg praten we er verder over.'),
  ];
  for (const text of informs) {
    it(`informs under the subject: «${text.split('\n').slice(2).join(' ')}»`, () => assert.ok(told(text).length > 0));
  }

  const notInforming = [
    // A channel one writes to, a link that follows, another matter for the meeting.
    mail('Leerbudget 2026', 'Aanvragen kan per brief of per mail.'),
    mail('Leerbudget 2026', 'De link naar de bijeenkomst volgt per mail.'),
    mail('Scholingsdagen dit jaar', 'De werkdruk bespreken we in het werkoverleg van april.'),
    mail('Scholingsdagen dit jaar', 'We bespreken het rooster in het werkoverleg van april.'),
    mail('Scholingsdagen dit jaar', 'Het werkoverleg is voortaan op dinsdag.'),
    // The subject is not about learning.
    mail('Personeelsfeest', 'Daarna krijgt iedereen in juni nog een herinnering van mij.'),
    // No subject line: a reminder with no subject of its own.
    'Hoi allemaal,\n\nDaarna krijgt iedereen in juni nog een herinnering van mij.',
  ];
  for (const text of notInforming) {
    it(`does not inform: «${text.split('\n').slice(2).join(' ')}»`, () => assert.deepEqual(told(text), []));
  }
});
