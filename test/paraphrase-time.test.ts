import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { TIME_INSTRUMENTS } from '../server/model/query';
import type { Fact, InstrumentType, PolicyDocument, TimeTerm } from '../server/model/types';

// Paraphrases written for this suite (not corpus text): development time said the many ways
// drafts say it, and near misses that are other time.

function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}

const positive = (doc: PolicyDocument): Fact[] => doc.facts.filter((f) => !f.negated);
const timeInstruments = (doc: PolicyDocument): InstrumentType[] =>
  positive(doc).flatMap((f) => (f.kind === 'instrument' && TIME_INSTRUMENTS.has(f.instrument) ? [f.instrument] : []));
const terms = (doc: PolicyDocument): TimeTerm[] => positive(doc).flatMap((f) => (f.kind === 'time-term' ? [f.term] : []));

/** Days and hours for learning: [sentence, value, unit, months per period] (value null: named without a figure). */
const DAYS: Array<[string, number | null, 'days' | 'hours' | null, number | null]> = [
  ['Iedere werknemer mag per jaar twee werkdagen besteden aan een training naar keuze.', 2, 'days', 12],
  ['Je hebt per kalenderjaar recht op vijf ontwikkeldagen.', 5, 'days', 12],
  ['Medewerkers krijgen 16 uur per jaar om vakliteratuur bij te houden.', 16, 'hours', 12],
  ['Elke medewerker heeft één dag per kwartaal voor een cursus of workshop.', 1, 'days', 3],
  ['De docent krijgt jaarlijks 30 klokuren voor professionalisering.', 30, 'hours', 12],
  ['Wie fulltime werkt, krijgt per schooljaar 40 uren voor scholing.', 40, 'hours', 12],
  ['Je krijgt acht uur per maand voor e-learning onder werktijd.', 8, 'hours', 1],
  ['De werkgever geeft iedere monteur drie dagdelen per jaar om zijn vakkennis op peil te houden.', 3, 'days', 12],
  ["Per halfjaar is er een halve dag voor intervisie met collega's.", 0.5, 'days', 6],
  ['Iedereen mag twee dagen per jaar naar een congres of seminar.', 2, 'days', 12],
  // Own time one has at work, compound names of learning time, and paid training days said after the training.
  ['Je hebt elke maand 8 uur eigen tijd voor wat jij wilt leren.', null, null, null],
  ['Iedere medewerker krijgt leertijd om zelf iets nieuws te leren.', null, null, null],
  ['Twintig chauffeurs volgen in januari hun nascholing. Die dagen zijn werkdagen en worden gewoon uitbetaald.', null, null, null],
  // Time or room to learn granted as what it is for, without a figure.
  ['Iedereen krijgt dit jaar ruimte om zich te ontwikkelen.', null, null, null],
  ['Je krijgt van ons tijd om te leren, ook als het druk is.', null, null, null],
  ['Medewerkers krijgen de ruimte om zich verder te bekwamen in hun vak.', null, null, null],
  ['De werkgever geeft docenten tijd om zich te scholen.', null, null, null],
  // Compounds with a linking morpheme after the prefix ("ontwikkelings-", "opleidings-").
  ['U heeft ieder jaar recht op twee ontwikkelingsdagen.', 2, 'days', 12],
  // "een" is the article unless a period makes it a number.
  ['Je vraagt een ontwikkeldag ten minste twee weken van tevoren aan.', null, 'days', null],
  ['Iedere medewerker krijgt een ontwikkeldag per maand.', 1, 'days', 1],
  ['De werknemer heeft recht op één studiedag per kwartaal.', 1, 'days', 3],
  ['De medewerker krijgt jaarlijks drie professionaliseringsdagen.', 3, 'days', 12],
  ['Verpleegkundigen krijgen 24 uur per jaar om hun bekwaamheid bij te houden.', 24, 'hours', 12],
  ['De medewerker heeft elk jaar recht op vier scholingsdagen met behoud van loon.', 4, 'days', 12],
  ['Voor deskundigheidsbevordering zijn per jaar 50 uren beschikbaar.', 50, 'hours', 12],
  ['Je mag maandelijks vier uur aan leren besteden.', 4, 'hours', 1],
  ['Elk studiejaar zijn er 20 studie-uren voor iedere docent.', 20, 'hours', 12],
  ['Werknemers krijgen iedere week een uur voor het volgen van een online cursus.', 1, 'hours', 0.25],
  ['Elke werknemer heeft recht op tien opleidingsdagen per drie jaar.', 10, 'days', 36],
  ['Ieder teamlid krijgt per jaar drie dagen om een vakbeurs of conferentie te bezoeken.', 3, 'days', 12],
  ['De werkgever stelt jaarlijks 36 uren beschikbaar voor de ontwikkeling van de werknemer.', 36, 'hours', 12],
  ['Je krijgt per jaar twee leerdagen.', 2, 'days', 12],
  // Days granted to follow learning, per season or year.
  ['De werknemer mag twee lesvrije dagen per seizoen gebruiken om een cursus of workshop te volgen.', 2, 'days', 12],
  ['Medewerkers krijgen jaarlijks drie dagen om een congres te bezoeken.', 3, 'days', 12],
  ['Elke medewerker krijgt per jaar twee roostervrije dagen om een training te volgen.', 2, 'days', 12],
  ['De werknemer heeft per boekjaar recht op drie opleidingsdagen.', 3, 'days', 12],
  ['Je krijgt 10% van je werktijd voor scholing.', null, null, null],
  ['Een tiende deel van de arbeidsduur is bestemd voor professionalisering: 10% van de jaartaak.', null, null, null],
  ['De werknemer heeft recht op ontwikkeluren.', null, 'hours', null],
  ['De scholingstijd geldt als arbeidstijd.', null, null, null],
  ['Opleidingen volg je voor de helft in werktijd.', null, null, null],
  ['De werknemer volgt de opleiding met behoud van salaris.', null, null, null],
  ['De werkgever faciliteert de opleiding in tijd en geld.', null, null, null],
  ['Er is tijd voor ontwikkeling beschikbaar voor iedere medewerker.', null, null, null],
  ['De werknemer heeft recht op studieverlof.', null, null, null],
  ['Employees get two development days a year. The company pays for the course and the travel.', 2, 'days', 12],
  ['Each employee has 16 hours a year for training. The company pays for the course and the travel.', 16, 'hours', 12],
];

/** Lapse, carry-over and taking up of days: [sentence, what the model must read]. */
const KEEPING: Array<[string, 'lapse' | 'saving' | TimeTerm]> = [
  ['Ontwikkeldagen die je niet opneemt, vervallen aan het eind van het jaar.', 'lapse'],
  ['Uren die je voor 1 augustus niet hebt gebruikt, vervallen.', 'lapse'],
  ['Dagen die je in het kalenderjaar niet hebt opgenomen, vervallen.', 'lapse'],
  ['Niet-opgenomen scholingsdagen vervallen op 31 december.', 'lapse'],
  ['Niet gebruikte opleidingsuren gaan aan het einde van het jaar verloren.', 'lapse'],
  ['Scholingsdagen die je niet gebruikt, vervallen na afloop van het jaar.', 'lapse'],
  ['Niet-opgenomen ontwikkeldagen kunnen worden meegenomen naar het volgende jaar.', 'saving'],
  // Using the time is settled with the manager.
  ['U geeft invulling aan de ontwikkelingsdagen in overleg met uw leidinggevende.', 'planning'],
  ['In overleg met de leidinggevende besteedt de medewerker de dagen aan een cursus naar keuze.', 'planning'],
  ['Scholingsdagen die je niet opneemt, schuiven door naar het volgende kalenderjaar.', 'saving'],
  ['Je kunt niet-gebruikte ontwikkeldagen sparen tot maximaal tien dagen.', 'saving'],
  ['Je leidinggevende plant de opleidingsdagen in de jaarplanning in.', 'planning'],
  ['De ontwikkeldagen worden in overleg ingepland.', 'planning'],
  ['Werkgever en werknemer spreken af wanneer de scholingsdagen worden opgenomen.', 'planning'],
  ['De scholingsuren worden in het rooster opgenomen.', 'planning'],
  ['In overleg met je teamleider bepaal je op welke dagen je de opleidingsdagen opneemt.', 'planning'],
  ['De leerdagen worden vooraf ingeroosterd.', 'planning'],
  ['Tijdens je opleidingsdagen regelt de werkgever vervanging.', 'replacement'],
  ['Een collega neemt je werk over op je ontwikkeldagen.', 'replacement'],
  ['Voor de scholingsuren krijgt de docent vrijstelling van lesgevende taken.', 'replacement'],
  ['Waaraan je de ontwikkeldagen besteedt, bespreek je met je leidinggevende.', 'conversation'],
  ['In het jaargesprek komt aan de orde hoe je je ontwikkeluren inzet.', 'conversation'],
  ['De werknemer kiest in overleg met de werkgever waarvoor hij de opleidingsdagen gebruikt.', 'conversation'],
];

/**
 * Taking the days "in overleg" is the manager's consent, said of holidays in the same words; it
 * plans nothing, so it does not make sure the days are taken (development-days-lapse).
 */
const CONSENT_ONLY: string[] = [
  'De ontwikkeldagen worden opgenomen in overleg met de werkgever.',
  'Je neemt je leeruren op in overleg met je teamleider.',
  'In overleg met zijn leidinggevende neemt de medewerker de scholingsdagen op.',
  'De opleidingsdagen kunnen na overleg met de werkgever worden opgenomen.',
  'Ontwikkeluren neem je op na overleg met je planner.',
  'Studieverlof wordt in overleg met de leidinggevende opgenomen.',
];

/** Free development time, by name or said in words. */
const FREE_TIME: string[] = [
  // Self-chosen said as a clause; the purpose fronted; the purpose pointed back to ("daar ... voor", "daarvoor").
  'Je krijgt een vrijdagmiddag per maand om te leren wat je zelf wilt.',
  'Medewerkers krijgen vier uur per maand om te werken aan wat zij zelf kiezen.',
  'Wie een eigen leerdoel heeft, krijgt daar twee uur per week voor.',
  'Heb je een eigen project, dan krijg je daarvoor vier uur per maand.',
  'Voor eigen projecten krijg je twee uur per week.',
  'Aan zelfgekozen onderwerpen besteedt de werknemer acht uur per maand.',
  'Iedere medewerker krijgt vier uur per maand lummeltijd.',
  'Je hebt recht op innovatietijd.',
  'We vragen iedereen een deel van zijn tijd aan innovatie te besteden.',
  'Elke ontwikkelaar krijgt vrije leertijd om nieuwe technieken uit te proberen.',
  'Je krijgt 4 uur per maand voor eigen ontwikkeling.',
  'Medewerkers hebben 20%-tijd voor eigen projecten.',
  'Je mag 10 procent van je werktijd aan eigen ideeën besteden.',
  'Per week is er een uur voor je eigen leerdoelen.',
  'Iedereen heeft acht innovatie-uren per maand.',
  'Elke maand krijg je een dag voor zelfgekozen onderwerpen.',
  'Je eigen ontwikkeltijd besteed je zoals je zelf wilt.',
  'De werkgever geeft iedere werknemer twee uur per week voor eigen projecten.',
  'Per kwartaal is er een dag voor eigen ontwikkeling.',
  'Een vijfde van je tijd mag je besteden aan eigen projecten.',
  'Employees get innovation time of four hours a month. The company pays for the course and the travel.',
  // formal and "je" register, passive, split separable verbs, subordinate clauses
  'De werknemer krijgt vier uur per maand voor eigen ontwikkeling.',
  'Je krijgt 10% van je werktijd voor eigen projecten.',
  'Aan iedere medewerker wordt innovatietijd toegekend.',
  'De lummeltijd wordt vastgesteld op vier uur per maand.',
  'De medewerker deelt zijn vrije leertijd zelf in.',
  'Je deelt je innovatie-uren zelf in.',
  'Hoe je je lummeltijd invult, bepaal je zelf.',
  'De werkgever stelt acht uur per maand beschikbaar voor eigen ideeën.',
  'Per maand worden vier uur vrijgemaakt voor zelfgekozen leeractiviteiten.',
  'Als je een eigen project wilt oppakken, gebruik je daarvoor je innovatietijd.',
  'De werknemer heeft recht op vrije ontwikkeltijd van vier uur per maand.',
  'Eén dag per maand mag je werken aan een zelfgekozen project.',
  'Medewerkers krijgen tijd om aan eigen projecten te werken.',
  'Tien procent van de werktijd is vrij te besteden aan eigen ontwikkeling.',
  'De werkgever geeft je eigen leertijd, die je naar eigen inzicht invult.',
  'Vier uur per maand zijn bestemd voor eigen ontwikkeling.',
  'De werknemer mag 15 procent van zijn uren aan vernieuwing besteden.',
  'Bij ons krijgt iedereen 20%-tijd.',
  // a share of the working week or of the contract hours, and the project before the share
  'Er wordt jaarlijks 5% van de arbeidsduur vrijgemaakt voor eigen ontwikkeling.',
  'Een deel van de werkweek mag de medewerker aan eigen ideeën besteden.',
  'Aan eigen projecten mag de werknemer 10% van zijn werktijd besteden.',
  // part of a day, a weekday and innovation compounds as the time
  'Iedere maand is er een middag voor je eigen ontwikkeling.',
  'Je krijgt een vrijdagmiddag per maand voor zelfgekozen onderwerpen.',
  'Ontwikkelaars besteden een vrijdag per maand aan eigen experimenten.',
  'Je hebt elk kwartaal een innovatiedag.',
];

/** Free development time the model does not read yet, with the reason. */
const FREE_TIME_OPEN: Array<[string, string]> = [];

/** Free development time denied. */
const FREE_TIME_DENIED: string[] = ['Er is geen lummeltijd.', 'Je krijgt geen uren voor eigen projecten.', 'De werkgever biedt geen vrije leertijd aan.'];

/** Other days and hours: holidays, deadlines, sick leave, overtime, time outside work. */
const NEAR_MISSES: string[] = [
  'Met je budget kun je leren wat je zelf wilt.',
  'Voor eigen projecten betaal je zelf; er zijn twee uur per week voor overleg.',
  'Wie een eigen auto heeft, krijgt daar een vergoeding voor.',
  'Je hebt recht op 25 vakantiedagen per jaar.',
  'Binnen vijf werkdagen beslist de werkgever over je aanvraag voor een opleiding.',
  'De werkgever reageert uiterlijk tien werkdagen na ontvangst van de aanvraag voor scholing.',
  'Bij ziekte meld je je voor 9 uur af.',
  'Overuren worden per maand uitbetaald, tot 20 uur per maand.',
  'Een dienstjubileum geeft recht op één vrije dag.',
  'De cursus volg je buiten je werktijd.',
  'Je volgt de opleiding in je eigen tijd.',
  'Zwangerschapsverlof duurt zestien weken.',
  'Je mag per jaar vijf dagen calamiteitenverlof opnemen.',
  'De werkweek telt 38 uur per week.',
  'Bezwaar tegen het besluit over je opleidingsbudget maak je binnen zes weken.',
  'Het werkoverleg vindt eens per maand plaats, een uur lang.',
  'Compensatie-uren voor overwerk vervallen na een jaar.',
  'Het ouderschapsverlof bedraagt 26 keer de wekelijkse arbeidsduur.',
  'Je hebt twee dagen om je aanmelding voor de cursus te doen.',
  'Het seizoen duurt tien maanden en begint in september.',
  // near misses of free development time: leisure, own time outside work, overtime, holiday, sick leave
  'Wat je in je vrije tijd doet, is je eigen zaak.',
  'De werknemer volgt de avondcursus in zijn eigen tijd.',
  'Cursussen voor eigen ontwikkeling volg je in je eigen tijd en op eigen kosten.',
  'Overuren worden gecompenseerd in vrije tijd.',
  'Als compensatie voor overwerk krijg je vier uur per maand extra vrij.',
  'De werknemer bouwt per maand 13,3 vakantie-uren op.',
  'Vakantie-uren die je niet opneemt, vervallen na vijf jaar.',
  'Per maand mag je twee uur besteden aan je eigen medische afspraken.',
  'Voor eigen projecten buiten het werk is toestemming van de werkgever nodig.',
  'Vrije tijd en werk moeten voor iedere medewerker in balans zijn.',
  'De medewerker die ziek is, krijgt tijd voor eigen herstel.',
  'Je mag 10% van je werktijd thuiswerken.',
  'Een dag per jaar is er vrij voor je verjaardag.',
  // The size of a contract or a working week, in a sentence about training: working time, not time for learning.
  'Na afronding van de opleiding krijgt de kandidaat een contract van ten minste 32 uur per week.',
  'Voor de opleiding kom je in aanmerking als je een arbeidsovereenkomst hebt van minimaal 24 uur per week.',
  'De scholingsregeling geldt voor medewerkers met een dienstverband van meer dan 12 uur per week.',
  'Je volgt de opleiding naast je baan van 36 uur per week.',
  'Deelnemers aan het leerwerktraject werken 20 uur per week in de praktijk.',
  'De opleiding is bedoeld voor werknemers met een aanstelling van ten minste 16 uur per week.',
  'Wie de opleiding volgt, heeft een werkweek van 38 uur per week.',
  'In de kantine is een stille ruimte om te leren.',
  'Er is voldoende ruimte om te parkeren.',
  'De ruimte om te vergaderen reserveer je via het intranet.',
  // Time a task change needs: learning the new work, not a development entitlement.
  'Tijdens de proef is er per ploeg twee uur per week ingeroosterd om het nieuwe werk te leren.',
  'Nieuwe operators krijgen de eerste maand vier uur per week om de machine te leren kennen.',
  'Voor de inwerkperiode staan twee dagen per nieuwe collega gepland.',
  'Je volgt een cursus op kosten van de zaak. De werkweek telt 38 uur.',
  'Je hebt een loopbaangesprek met je leidinggevende. Het gesprek vindt plaats in werktijd.',
  'De avondopleiding volg je in je eigen tijd.',
  // A share of time spent at a place, beside a qualification people hold: where they work, not time to learn.
  'Lassers met een certificaat voor constructief lassen blijven de helft van hun tijd op de lasafdeling.',
  'Monteurs met een VCA-diploma werken 20% van hun werktijd op de bouwplaats, omdat de klant dat diploma eist.',
];

describe('paraphrases: development days and hours', () => {
  for (const [text, value, unit, months] of DAYS) {
    it(`reads time for learning in «${text}»`, () => {
      const doc = model(text);
      assert.ok(timeInstruments(doc).length > 0, 'no time instrument');
      if (value !== null) {
        const amounts = positive(doc).filter((f) => f.kind === 'time-amount' && f.value === value && f.unit === unit && f.perMonths === months);
        assert.ok(amounts.length > 0, `no amount ${value} ${unit} per ${months}`);
      }
    });
  }
});

describe('near misses: taking the days with consent is not planning them', () => {
  for (const text of CONSENT_ONLY)
    it(`reads no planning in «${text}»`, () => {
      assert.ok(!terms(model(text)).includes('planning'), `planning read: ${terms(model(text)).join(', ')}`);
    });
});

describe('paraphrases: lapse, carry-over and taking up of days', () => {
  for (const [text, expected] of KEEPING) {
    it(`reads ${expected} in «${text}»`, () => {
      const doc = model(text);
      const facts = positive(doc);
      if (expected === 'lapse' || expected === 'saving') {
        assert.ok(
          facts.some((f) => f.kind === expected && f.aboutTime),
          `no ${expected} about time`,
        );
        assert.ok(
          facts.some((f) => f.kind === 'time-amount' || (f.kind === 'instrument' && TIME_INSTRUMENTS.has(f.instrument))),
          'not about days',
        );
      } else assert.ok(terms(doc).includes(expected), `no ${expected}: ${terms(doc).join(', ')}`);
    });
  }
  it('reads a lapse of days in a section of its own as theirs', () => {
    const page =
      '# Ontwikkeluren\n\n## Hoeveel?\n\nJe krijgt per jaar 40 ontwikkeluren.\n\n## Als je ze niet gebruikt\n\nUren die je op 31 juli nog niet hebt gebruikt, vervallen.\n';
    const doc = model(page);
    assert.ok(positive(doc).some((f) => f.kind === 'lapse' && f.aboutTime));
  });
});

describe('paraphrases: free development time', () => {
  for (const text of FREE_TIME) {
    it(`reads free time in «${text}»`, () => {
      assert.ok(timeInstruments(model(text)).includes('free-time'), timeInstruments(model(text)).join(', '));
    });
  }
});

describe('paraphrases: free development time not read yet', () => {
  for (const [text, reason] of FREE_TIME_OPEN) {
    it.skip(`reads free time in «${text}» (${reason})`, () => {
      assert.ok(timeInstruments(model(text)).includes('free-time'));
    });
  }
});

describe('paraphrases: free development time denied', () => {
  for (const text of FREE_TIME_DENIED) {
    it(`reads free time denied in «${text}»`, () => {
      const doc = model(text);
      assert.ok(
        doc.facts.some((f) => f.kind === 'instrument' && f.instrument === 'free-time' && f.negated),
        'no denied free time',
      );
      assert.ok(!timeInstruments(doc).includes('free-time'), timeInstruments(doc).join(', '));
    });
  }
  it.skip('reads free time denied in «Innovatietijd kennen wij niet.» (a "niet" at the end after a fronted object is not read as denying it)', () => {
    assert.ok(!timeInstruments(model('Innovatietijd kennen wij niet.')).includes('free-time'));
  });
});

describe('paraphrases: other time is no development time', () => {
  for (const text of NEAR_MISSES) {
    it(`reads no development time in «${text}»`, () => {
      assert.deepEqual(timeInstruments(model(text)), []);
    });
  }
});

// English entries once written with two-word alternatives ("working hours|work time"), which could not match.
describe('paraphrases: learning in or outside working hours, in English', () => {
  for (const text of ['Employees may follow the training during working hours.', 'Staff can take the course in work time, paid as usual.'])
    it(`time for learning: «${text}»`, () => assert.ok(timeInstruments(model(text)).length > 0, 'no time instrument'));
  for (const text of ['Employees follow the training outside working hours.', 'The course takes place outside work time, at your own cost.'])
    it(`no time granted: «${text}»`, () => assert.deepEqual(timeInstruments(model(text)), []));
});
