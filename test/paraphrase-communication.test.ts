import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import type { CommunicationFact, Fact } from '../server/model/types';

/**
 * Paraphrase suite for the communication concept (entitlement-communication): the ways a draft says
 * that employees are told of their entitlements, in formal ("de werknemer") and plain ("je")
 * register, active and passive, with split verbs and different channels. Every sentence is written
 * for this suite. Near misses (asking HR, applying, reporting upward, informing the works council,
 * a one-off conversation) must produce no communication fact; negated forms only negated ones.
 */
function communication(markdown: string): CommunicationFact[] {
  return buildPolicyDocument(markdown, parseMarkdown(markdown)).facts.filter((f: Fact): f is CommunicationFact => f.kind === 'communication');
}

const positive = (text: string) => communication(text).filter((f) => !f.negated);

describe('paraphrase: communication', () => {
  const told: Array<[string, CommunicationFact['means']]> = [
    ['De werkgever informeert alle medewerkers bij de start van het jaar over hun ontwikkelbudget.', 'inform'],
    // A procedure word that says when the telling happens ("bij toekenning") makes it no procedure.
    ['Het fonds informeert iedere werknemer bij toekenning over de waarde van zijn voucher.', 'inform'],
    ['Bij de toekenning van het leerbudget informeert HR je over de spelregels.', 'inform'],
    ['Vanaf de toekenning wijzen we je elk kwartaal op de ontwikkeldagen die je nog hebt.', 'inform'],
    ['Je wordt elk jaar in januari geïnformeerd over het saldo van je leerbudget.', 'inform'],
    ['De werknemer wordt door de werkgever tijdig geïnformeerd voordat het tegoed vervalt.', 'inform'],
    ['Met een campagne brengen we het loopbaanbudget elk voorjaar onder de aandacht.', 'inform'],
    ['De leidinggevende brengt de ontwikkeldagen onder de aandacht van zijn team.', 'inform'],
    ['De werkgever wijst medewerkers actief op het bestaan van het scholingsfonds.', 'inform'],
    ['Werknemers worden bij indiensttreding gewezen op hun recht op scholingsverlof.', 'inform'],
    ['De nieuwe leerregeling wordt in een personeelsbijeenkomst bekendgemaakt.', 'inform'],
    ['We maken de nieuwe leerrekening bekend via de personeelsapp.', 'inform'],
    ['De werkgever stelt de werknemer schriftelijk op de hoogte van de omvang van zijn opleidingsbudget.', 'inform'],
    ['We houden je op de hoogte van je opleidingstegoed.', 'inform'],
    ['De HR-adviseur licht de studiefaciliteiten toe tijdens de introductiedag.', 'inform'],
    ['Tijdens het werkoverleg geeft de teamleider uitleg over het ontwikkelbudget.', 'inform'],
    ['Wie moeite heeft met lezen, krijgt van de leidinggevende een mondelinge uitleg van de regeling.', 'inform'],
    ['Je leidinggevende attendeert je op je resterende ontwikkeluren.', 'inform'],
    ['De teamleider vertelt nieuwe collega’s over de leervouchers.', 'inform'],
    ['We communiceren de scholingsregeling via posters en de personeelsapp.', 'inform'],
    ['Twee maanden voordat je budget vervalt, krijg je een herinnering per e-mail.', 'inform'],
    ['Als het tegoed bijna verloopt, ontvang je automatisch een melding.', 'inform'],
    ['Nieuwe medewerkers krijgen bij indiensttreding een folder over de ontwikkeldagen.', 'inform'],
    ['Bij indiensttreding ontvangt de werknemer een brochure over het scholingsbudget.', 'inform'],
    ['De werkgever stuurt iedere werknemer in maart een brief over het beschikbare ontwikkelbudget.', 'inform'],
    ['De werkgever organiseert jaarlijks een informatiebijeenkomst over de ontwikkelregeling.', 'inform'],
    ['In de nieuwsbrief staat ieder kwartaal een stuk over de leerregeling.', 'inform'],
    ['Iedere werknemer ontvangt jaarlijks een overzicht van het saldo van zijn persoonlijk budget.', 'overview'],
    ['Eens per jaar krijgt iedere werknemer een opgave van zijn opgebouwde ontwikkeltegoed.', 'overview'],
    ['De werkgever geeft de werknemer maandelijks inzicht in de opbouw van zijn loopbaanbudget.', 'overview'],
    ['Het saldo van je ontwikkelbudget zie je altijd in het personeelsportaal.', 'channel'],
    ['Op de loonstrook staat elke maand het saldo van het opleidingsbudget.', 'channel'],
    ['Het tegoed van je leerrekening vind je in de app.', 'channel'],
    ['Alle informatie over het opleidingsbudget staat op het intranet.', 'channel'],
    ['Het budget is dagelijks in te zien via het HR-systeem.', 'channel'],
    ['De leidinggevende bespreekt het gebruik van het ontwikkelbudget in het jaargesprek.', 'conversation'],
    ['In de jaarlijkse gesprekscyclus komen je opleidingswensen aan bod.', 'conversation'],
    ['Werkgever en werknemer gaan samen in gesprek over de besteding van het ontwikkelbudget.', 'conversation'],
    ['Het persoonlijk ontwikkelplan wordt ieder jaar met de leidinggevende besproken.', 'conversation'],
    ['Jaarlijks spreken medewerker en manager elkaar over ontwikkeling en scholing.', 'conversation'],
    ['In het functioneringsgesprek bespreek je met je leidinggevende welke opleiding je wilt volgen.', 'conversation'],
    // A conversation takes its subject from the sentence before it.
    ['De medewerker besteedt de uren aan zijn professionalisering. Dit komt elk jaar aan bod in de gesprekscyclus.', 'conversation'],
    ['Je kiest zelf welke scholing je volgt. Dat bespreek je jaarlijks met je leidinggevende.', 'conversation'],
    // A talk with the manager counts even where an adviser takes part.
    ['Elk jaar bespreekt de leidinggevende samen met de loopbaanadviseur de ontwikkeling van de medewerker.', 'conversation'],
    // A recurring talk about the budget itself, without a word for learning.
    ['Je leidinggevende bespreekt jaarlijks met je hoe je het budget gebruikt.', 'conversation'],
    ['In het jaargesprek bespreken jij en je leidinggevende wat je met je tegoed doet.', 'conversation'],
    ['De leidinggevende bespreekt elk jaar met de werknemer de besteding van het ontwikkelbudget.', 'conversation'],
    // Making sure employees know.
    ['De werkgever zorgt ervoor dat alle medewerkers weten dat ze een ontwikkelbudget hebben.', 'inform'],
    ['We zorgen dat iedereen van het leerbudget weet.', 'inform'],
    ['De werkgever draagt er zorg voor dat de regeling bij alle werknemers bekend is.', 'inform'],
    // A yearly task agreement per teacher that covers training (education sector).
    ['De scholing van de docent maakt deel uit van de jaarlijkse vaststelling van zijn taakbelasting.', 'conversation'],
    ['Afspraken over professionalisering worden elk jaar vastgelegd in de normjaartaak.', 'conversation'],
    // What is left, right after the sentence that grants the budget; a self-service system by name.
    ['Je krijgt een ontwikkelbudget van € 800 per jaar. Op je loonstrook zie je hoeveel er nog over is.', 'overview'],
    ['De werknemer heeft recht op een leerbudget. Hij ziet in het personeelsportaal hoeveel er nog resteert.', 'overview'],
    ['Via MijnHR kun je je budget altijd inzien.', 'channel'],
    ['Je opleidingstegoed is te zien in YouForce.', 'channel'],
    // A participle naming what is shown is no procedure; a conversation named by how often it comes.
    ['Je saldo en je gedeclareerde kosten zie je in het personeelsportaal.', 'channel'],
    ['Het goedgekeurde bedrag en het resterende tegoed van je leerbudget zie je in de app.', 'channel'],
    ['Je manager bespreekt je ontwikkelbudget en je plannen in het kwartaalgesprek.', 'conversation'],
    ['In het halfjaargesprek komt je opleidingsbudget aan bod.', 'conversation'],
    // Near the words of asking, but informing all the same.
    [
      'De werkgever verstrekt ieder jaar een overzicht van het saldo; een toelichting is op aanvraag beschikbaar. De werkgever informeert alle werknemers jaarlijks over het ontwikkelbudget.',
      'inform',
    ],
    ['Nieuwe medewerkers krijgen zonder dat ze erom hoeven te vragen een brochure over het opleidingsbudget.', 'inform'],
    // Letting know and telling by a verb of message, in any word order.
    ['De werkgever laat iedere werknemer vóór 1 juni schriftelijk weten dat het scholingsbudget er is.', 'inform'],
    ['We laten je elk voorjaar weten hoeveel ontwikkeluren je nog hebt.', 'inform'],
    ['Aan het begin van het jaar deelt de werkgever alle medewerkers mee hoe hoog hun leerbudget is.', 'inform'],
    ['De hoogte van het opleidingsbudget wordt in januari aan iedere werknemer meegedeeld.', 'inform'],
    ['Over het nieuwe leerbudget volgt in maart een mededeling aan alle medewerkers.', 'inform'],
  ];
  for (const [text, means] of told) {
    it(`reads «${text}» as ${means}`, () => {
      const found = positive(text).map((f) => f.means);
      assert.ok(found.includes(means), `found ${JSON.stringify(found)}`);
    });
  }

  const notTold: string[] = [
    // A letter or message that is a step of the procedure, also where a moment is named.
    'Na je aanvraag ontvang je een brief met het besluit over je leerbudget.',
    'Bij de aanvraag van het ontwikkelbudget stuur je het aanvraagformulier naar HR.',
    // A plan written on an application form is procedure.
    'Basis voor de aanvraag is een POP-aanvraagformulier, waarin werknemer en werkgever de afspraken over de opleiding vastleggen.',
    // A talk with an adviser the employee may have, or one the budget pays for, is support.
    'De werknemer kan eenmaal per twee jaar op kosten van de werkgever een gesprek voeren met een onafhankelijke loopbaanadviseur over zijn ontwikkeling.',
    'Het ontwikkelbudget kan worden besteed aan een opleiding, een vitaliteitscheck of een jaarlijks loopbaangesprek.',
    'Je kunt ieder jaar een ontwikkelgesprek aanvragen bij een externe coach.',
    'Vragen over je ontwikkelbudget? Stel ze aan HR.',
    'Meer informatie over de regeling is verkrijgbaar bij de afdeling P&O.',
    'Neem voor vragen over het scholingsverlof contact op met je personeelsadviseur.',
    'Voor uitleg over het opleidingsbudget kun je terecht bij je HR-adviseur.',
    'De aanvraag voor het opleidingsbudget dien je in met het aanvraagformulier.',
    'Het budget vraag je aan via de website van het sectorfonds.',
    'Declaraties voor het leerbudget lever je in via het personeelsportaal.',
    'De medewerker informeert zijn leidinggevende over de voortgang van zijn opleiding.',
    'De werknemer stelt de werkgever tijdig op de hoogte als hij de studie afbreekt.',
    'Je informeert je leidinggevende als je een ontwikkeldag wilt opnemen.',
    'Laat het je leidinggevende tijdig weten als je een ontwikkeldag wilt opnemen.',
    // A heading that names a conversation over a talk the employee may ask an adviser for.
    '## Artikel 13 Loopbaangesprek\n\nDe werknemer kan eens per twee jaar een gesprek voeren met een onafhankelijke loopbaanadviseur.',
    'De werknemer laat de werkgever binnen een week weten of hij de opleiding voortzet.',
    'Wil je stoppen met de opleiding? Laat het HR dan weten via het aanvraagformulier.',
    'De werkgever is verplicht de ondernemingsraad te informeren over de besteding van het scholingsfonds.',
    'De werkgever informeert de OR jaarlijks over het gebruik van de ontwikkelbudgetten.',
    'Bij de start van het project is er een kennismakingsgesprek met de projectleider.',
    'Het saldo van het budget loopt door zolang je in dienst bent.',
    'Het resterende saldo van de leerrekening vervalt aan het einde van het jaar.',
    'De vergoeding van de studiekosten wordt uitbetaald met het salaris.',
    'Je ontvangt binnen vier weken bericht over het besluit op je aanvraag voor studieverlof.',
    'Op verzoek van de werknemer voert de werkgever een gesprek over het ontwikkelbudget.',
    'Een overzicht van je opleidingstegoed kun je opvragen bij de salarisadministratie.',
    'Dit wijst op een groeiende behoefte aan scholing.',
    'Het gesprek gaat over de verlofplanning.',
    'Als je wilt weten hoeveel budget je hebt, kun je dat navragen bij HR.',
    'De werkgever zorgt ervoor dat het budget op tijd wordt gestort.',
    'De taakbelasting van de docent wordt jaarlijks vastgesteld.',
    'De afdeling bespreekt jaarlijks het budget voor de kerstborrel.',
    'Op je loonstrook zie je hoeveel vakantiegeld je krijgt.',
    'In MijnHR vraag je je ontwikkelbudget aan.',
    // Given only when asked for, in the ways drafts say it.
    'Op aanvraag verstrekt de werkgever een overzicht van het opgebouwde saldo van het ontwikkelbudget.',
    'Op zijn verzoek ontvangt de werknemer een opgave van het resterende opleidingstegoed.',
    'Desgevraagd geeft de werkgever inzicht in de stand van het loopbaanbudget.',
    'Als de werknemer daarom vraagt, krijgt hij een overzicht van zijn ontwikkeltegoed.',
    'Wie erom vraagt, ontvangt een overzicht van het saldo van de leerrekening.',
    'Op eerste verzoek van de medewerker stuurt P&O een specificatie van het budget.',
    // A wish that was not granted, told in the past.
    'We wilden dat de werkgever iedereen elk jaar schriftelijk laat weten hoeveel ontwikkelbudget je nog hebt.',
    'De bond had graag gezien dat het saldo van het leerbudget op de loonstrook komt.',
    // The employee reporting to the manager in a conversation; an overview of a subject, not of what is left.
    'Je houdt je leidinggevende in het maandelijkse gesprek op de hoogte van je opleiding, zodat hij het overzicht over de sectie houdt.',
    'De werknemer informeert zijn leidinggevende in het jaargesprek over de voortgang van zijn studie.',
  ];
  for (const text of notTold) {
    it(`finds no informing in «${text}»`, () => {
      assert.deepEqual(
        positive(text).map((f) => f.means),
        [],
      );
    });
  }

  const negated: string[] = [
    'We informeren je niet apart over het saldo van je leerbudget.',
    'De werkgever brengt het ontwikkelbudget niet actief onder de aandacht.',
    'Er wordt geen overzicht van het opleidingstegoed verstrekt.',
    'Het saldo van je budget staat niet op je loonstrook.',
  ];
  for (const text of negated) {
    it(`reads «${text}» as negated`, () => {
      const found = communication(text);
      assert.ok(found.length > 0, 'no communication read at all');
      assert.deepEqual(
        found.filter((f) => !f.negated).map((f) => f.means),
        [],
      );
    });
  }

  it('keeps a negation before an infinitive clause in its own clause', () => {
    assert.equal(positive('Het is niet altijd makkelijk om de regeling onder de aandacht te brengen, maar we doen het elk jaar.').length > 0, true);
  });

  it('reads English drafts too', () => {
    assert.ok(positive('We remind you of your remaining learning budget every quarter.').length > 0);
    assert.deepEqual(positive('Submit the request form through the portal to claim your learning budget.'), []);
  });
});
