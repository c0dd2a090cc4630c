import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import type { Fact, InstrumentFact, InstrumentType } from '../server/model/types';
import { allProvisions } from '../server/model/provisions';

/**
 * Paraphrase suite for how the model reads development instruments in a sentence: their names
 * (compounds, abbreviations, spellings), individual vs collective, implicit grants, who claims from
 * a fund, and near misses that are no development budget. Every sentence is written for this suite,
 * in formal ("de werknemer") and plain ("je") register, active and passive.
 */
function instruments(markdown: string): InstrumentFact[] {
  return buildPolicyDocument(markdown, parseMarkdown(markdown)).facts.filter((f: Fact): f is InstrumentFact => f.kind === 'instrument' && !f.negated);
}

const developmentBudgets = (text: string) => instruments(text).filter((f) => f.development);
const show = (text: string) => JSON.stringify(instruments(text).map((f) => [f.instrument, f.surface, f.development, f.generic, f.claimable]));

describe('paraphrase: names of development instruments', () => {
  const cases: Array<[string, InstrumentType]> = [
    ['Iedere werknemer heeft recht op een POB van € 600 per jaar.', 'individual-budget'],
    ['Je PLB bedraagt € 750 per kalenderjaar.', 'individual-budget'],
    ['Het DI-budget wordt jaarlijks op 1 januari toegekend.', 'individual-budget'],
    ['Medewerkers krijgen een L&D-budget van € 1.200.', 'individual-budget'],
    ['Met je leerbudget kun je een cursus naar keuze volgen.', 'individual-budget'],
    ['De werknemer ontvangt een persoonlijk ontwikkelingsbudget van € 900.', 'individual-budget'],
    ['De werkgever kent de werknemer een groeibudget toe.', 'individual-budget'],
    ['Jouw talentbudget is bedoeld voor je eigen ontwikkeling.', 'individual-budget'],
    ['Er is een ontwikkeltegoed beschikbaar gesteld voor elke medewerker.', 'individual-budget'],
    ['De ambtenaar kan aanspraak maken op een studietegoed.', 'individual-budget'],
    ['Het scholingsgeld bedraagt € 400 per jaar.', 'individual-budget'],
    ['Werknemers ontvangen jaarlijks ontwikkelgeld om aan hun loopbaan te werken.', 'individual-budget'],
    ['Elke medewerker krijgt opleidingsgeld van € 350.', 'individual-budget'],
    ['Je ontwikkel budget wordt elk jaar aangevuld.', 'individual-budget'],
    ['Het ontwikkel-budget is er voor iedereen.', 'individual-budget'],
    ['Het opleidings budget staat op je persoonlijke pagina.', 'individual-budget'],
    ['Aan de werknemer wordt een loopbaanbudget toegekend.', 'individual-budget'],
    ['De cao bevat een ontwikkelbudget voor alle werknemers.', 'individual-budget'],
    ['Met de invoering van het professionaliseringsbudget krijgt iedere docent meer ruimte.', 'individual-budget'],
    ['Daarnaast heb je een carrièrebudget voor coaching en advies.', 'individual-budget'],
    ['De werknemer bouwt een educatiebudget op.', 'individual-budget'],
    ['Je hebt een budget voor je persoonlijke ontwikkeling van € 500.', 'individual-budget'],
    ['De medewerker kan zijn duurzame-inzetbaarheidsbudget besteden aan een training.', 'individual-budget'],
    ['Iedereen krijgt een persoonlijke leerrekening.', 'learning-account'],
    ['De werkgever opent voor je een ontwikkelrekening.', 'learning-account'],
    ['Je ontvangt een scholingsvoucher ter waarde van € 250.', 'voucher'],
    ['Werknemers krijgen opleidingscheques die zij bij erkende opleiders kunnen inleveren.', 'voucher'],
    ['De werknemer heeft recht op studieverlof met behoud van salaris.', 'training-leave'],
    ['Je krijgt twee ontwikkeldagen per jaar.', 'development-time'],
    ['Het sectorale O&O-fonds financiert de opleiding.', 'collective-fund'],
    ['Een deel van de IKB-ruimte is uitsluitend bestemd voor scholing en ontwikkeling.', 'choice-budget'],
  ];
  for (const [text, instrument] of cases) {
    it(`reads ${instrument} in «${text}»`, () => {
      assert.ok(
        developmentBudgets(text).some((f) => f.instrument === instrument),
        show(text),
      );
    });
  }
});

describe('paraphrase: individual or collective', () => {
  const cases: Array<[string, 'individual' | 'collective']> = [
    ['De hogeschool heeft een jaarlijks budget op hogeschoolniveau voor professionalisering.', 'collective'],
    ['Het opleidingsbudget van de afdeling wordt verdeeld door de leidinggevende.', 'collective'],
    ['Voor scholing is een budget van 1,5% van de loonsom beschikbaar.', 'collective'],
    ['Per vestiging is een scholingsbudget vastgesteld.', 'collective'],
    ['Per organisatie wordt een ontwikkelbudget vastgesteld op basis van het aantal fte.', 'collective'],
    ['In het plan staat het budget voor het opleidingsbeleid.', 'collective'],
    ['Het teamontwikkelbudget is voor gezamenlijke trainingen.', 'collective'],
    ['Het opleidingsbudget op instellingsniveau bedraagt ten minste 2% van de salarissom.', 'collective'],
    ['De werknemer heeft recht op een opleidingsbudget van € 500 per jaar.', 'individual'],
    ['Elke werknemer krijgt een ontwikkelbudget.', 'individual'],
    ['Je kunt jouw budget voor ontwikkeling besteden aan een opleiding.', 'individual'],
    ['Per medewerker is er een scholingsbudget van € 800.', 'individual'],
    ['Iedere medewerker ontvangt een persoonlijk budget voor opleiding.', 'individual'],
    ['Naast het collectieve fonds heeft iedere werknemer een eigen ontwikkelbudget van € 300 per jaar.', 'individual'],
    ['Medewerkers bouwen per maand een loopbaanbudget op.', 'individual'],
    ['Het budget voor scholing is per werknemer € 700.', 'individual'],
    // A budget a team or department holds together is the organisation's, not one person's.
    ['Het team krijgt een gezamenlijk opleidingsbudget van € 10.000.', 'collective'],
    ['Elke afdeling heeft een eigen scholingsbudget dat de manager beheert.', 'collective'],
    ['Teams beschikken over een gezamenlijk ontwikkelbudget voor trainingen.', 'collective'],
    ['Iedere afdeling ontvangt jaarlijks een opleidingsbudget van € 5.000.', 'collective'],
    ['De afdelingen krijgen elk een ontwikkelbudget op basis van het aantal fte.', 'collective'],
    ['Je krijgt een eigen ontwikkelbudget; daarnaast volg je met je team trainingen.', 'individual'],
    ['Iedere medewerker van het team heeft een persoonlijk ontwikkelbudget van € 600.', 'individual'],
  ];
  const individual = new Set<InstrumentType>(['individual-budget', 'learning-account', 'voucher']);
  for (const [text, expected] of cases) {
    it(`reads ${expected} in «${text}»`, () => {
      const budgets = developmentBudgets(text).filter((f) => individual.has(f.instrument) || f.instrument === 'collective-fund');
      assert.ok(budgets.length > 0, show(text));
      if (expected === 'individual')
        assert.ok(
          budgets.some((f) => individual.has(f.instrument)),
          show(text),
        );
      else
        assert.ok(
          budgets.every((f) => f.instrument === 'collective-fund'),
          show(text),
        );
    });
  }
});

describe('paraphrase: generic back-references', () => {
  it('marks a bare "het budget" as generic', () => {
    const found = instruments('Het budget kan worden besteed aan een opleiding.');
    assert.ok(
      found.some((f) => f.generic),
      show('Het budget kan worden besteed aan een opleiding.'),
    );
  });
  it('marks "het tegoed" as generic', () => {
    assert.ok(instruments('Het tegoed blijft twee jaar staan.').some((f) => f.generic));
  });
  for (const text of [
    'Je ontwikkelbudget kan worden besteed aan een opleiding.',
    'Jouw budget kan worden besteed aan een opleiding.',
    'Het persoonlijk budget is voor opleiding.',
  ]) {
    it(`does not mark a named or personal budget as generic: «${text}»`, () => {
      const found = developmentBudgets(text);
      assert.ok(found.length > 0 && found.every((f) => !f.generic), show(text));
    });
  }
});

describe('paraphrase: implicit instruments', () => {
  const cases: Array<[string, InstrumentType]> = [
    ['De werkgever stelt jaarlijks 1,5% van de loonsom beschikbaar voor opleiding.', 'collective-fund'],
    ['Werkgevers storten € 150 per jaar voor elke werknemer in een potje voor scholing.', 'individual-budget'],
    ['Werknemers hebben € 500 per jaar te besteden aan hun ontwikkeling.', 'individual-budget'],
    ['Voor scholing wordt jaarlijks 2% van de loonsom gereserveerd.', 'collective-fund'],
    ['Je krijgt per jaar € 400 voor je persoonlijke ontwikkeling.', 'individual-budget'],
  ];
  for (const [text, instrument] of cases) {
    it(`reads ${instrument} in «${text}»`, () => {
      assert.ok(
        developmentBudgets(text).some((f) => f.instrument === instrument && f.granted),
        show(text),
      );
    });
  }
  const notImplicit = [
    'De werkgever vergoedt jaarlijks € 500 aan opleidingskosten per werknemer.',
    'Werknemers krijgen per jaar een loonsverhoging van 2% en een cursus naar keuze.',
    'De werkgever stelt per werknemer € 30 per maand beschikbaar voor reiskosten.',
    'Het salaris van de werknemer wordt jaarlijks verhoogd met € 50.',
  ];
  for (const text of notImplicit) {
    it(`reads no development budget in «${text}»`, () => {
      assert.ok(!developmentBudgets(text).some((f) => f.instrument === 'individual-budget' || f.instrument === 'collective-fund'), show(text));
    });
  }
});

describe('paraphrase: who claims from a fund', () => {
  const claimable = [
    'Je kunt een vergoeding aanvragen bij het opleidingsfonds.',
    'De werknemer kan bij het O&O-fonds een aanvraag indienen voor een cursus.',
    'Medewerkers kunnen zelf een beroep doen op het scholingsfonds.',
  ];
  for (const text of claimable) {
    it(`reads a fund employees claim from in «${text}»`, () => {
      assert.ok(
        instruments(text).some((f) => f.instrument === 'collective-fund' && f.claimable),
        show(text),
      );
    });
  }
  const notClaimable = [
    'Werkgevers kunnen subsidie aanvragen bij het sectorfonds voor de scholing van hun werknemers.',
    'Daarnaast vragen we subsidie aan bij het opleidingsfonds.',
    'De subsidie kan worden aangevraagd door de werkgever bij het O&O-fonds.',
  ];
  for (const text of notClaimable) {
    it(`reads no fund employees claim from in «${text}»`, () => {
      assert.ok(!instruments(text).some((f) => f.claimable), show(text));
      assert.ok(!instruments(text).some((f) => f.instrument === 'collective-fund' && f.surface.toLowerCase() === 'subsidie'), show(text));
    });
  }
  it('reads a subsidy paid to employees as money they claim', () => {
    const text = 'Leraren kunnen op aanvraag subsidie ontvangen voor een masteropleiding.';
    assert.ok(
      instruments(text).some((f) => f.instrument === 'collective-fund' && f.claimable),
      show(text),
    );
  });
});

describe('paraphrase: near misses that are no development budget', () => {
  const nearMisses = [
    'Het salaris wordt per 1 januari met 3% verhoogd.',
    'Over het IKB wordt pensioen opgebouwd.',
    'Het vakantiebudget wordt in mei uitbetaald.',
    'Het reiskostenbudget bedraagt € 40 per maand.',
    'Het budget van de afdeling ICT voor hardware is verhoogd.',
    'Het keuzebudget kan worden gebruikt om bovenwettelijk verlof te kopen of te laten uitbetalen.',
    'De werkgever betaalt het lesgeld van de taalcursus.',
    'De werknemer bouwt pensioen op in het pensioenfonds.',
    'Het kennismakingsbudget voor nieuwe collega’s bedraagt € 50.',
    'Leergeld betalen hoort erbij als je iets nieuws probeert.',
    'De medewerker krijgt een eindejaarsuitkering van 8,3%.',
  ];
  for (const text of nearMisses) {
    it(`reads no development budget in «${text}»`, () => {
      const found = developmentBudgets(text).filter(
        (f) => f.instrument === 'individual-budget' || f.instrument === 'collective-fund' || f.instrument === 'learning-account',
      );
      assert.equal(found.length, 0, show(text));
    });
  }
});

describe('paraphrase: defined names', () => {
  it('learns a name from the head of its definition, not from other items of a list', () => {
    const text = [
      'a. medewerker: degene die in dienst is van de gemeente; b. IKB: het individueel keuzebudget; c. groeideel: het deel van het IKB dat is bestemd voor ontwikkeling.',
      '',
      'Het groeideel dat niet is besteed, vervalt. De medewerker kan het IKB laten uitbetalen.',
    ].join('\n');
    const found = instruments(text);
    assert.ok(
      found.some((f) => f.surface === 'groeideel' && f.instrument === 'individual-budget' && f.sentence > 0),
      show(text),
    );
    assert.ok(!found.some((f) => f.surface.toLowerCase() === 'medewerker'), show(text));
  });
  it('keeps an instrument word its own meaning when a draft defines it', () => {
    const text = 'subsidie: de tegemoetkoming in de studiekosten.\n\nDe minister verstrekt op aanvraag subsidie aan leraren.';
    const found = instruments(text).filter((f) => f.sentence === 1);
    assert.ok(
      found.some((f) => f.surface === 'subsidie' && f.instrument === 'collective-fund'),
      show(text),
    );
  });
});

describe('paraphrase: granting said in ordinary ways', () => {
  const cases = [
    'De cao bevat een individueel ontwikkelbudget.',
    'Met ingang van 2026 volgt de invoering van een POB.',
    'De werkgever kende iedere werknemer een leerbudget toe.',
    'Het opleidingsbudget wordt toegekend aan de medewerker.',
    'Er is een scholingsbudget beschikbaar gesteld.',
    'Je kunt aanspraak maken op een loopbaanbudget.',
    'Vorig jaar kregen alle medewerkers een ontwikkelbudget.',
  ];
  for (const text of cases) {
    it(`reads a granted instrument in «${text}»`, () => {
      assert.ok(
        developmentBudgets(text).some((f) => f.granted),
        show(text),
      );
    });
  }
  it('reads money put into the budget in scope as a generic mention', () => {
    const text = 'Hierin storten werkgevers € 150 per jaar voor elke werknemer.';
    const found = instruments(text);
    assert.ok(
      found.some((f) => f.implicit && f.generic && f.instrument === 'individual-budget'),
      show(text),
    );
  });
});

describe('paraphrase: leave and reimbursement said as a phrase, not as one compound', () => {
  // "studieverlof" is also "verlof voor studie"; "studiekostenvergoeding" is also "de vergoeding van de kosten van de opleiding".
  const cases: Array<[string, InstrumentType]> = [
    ['De werknemer krijgt verlof voor het volgen van een opleiding.', 'training-leave'],
    ['Je hebt recht op betaald verlof voor examens.', 'training-leave'],
    ['Voor het afleggen van een examen wordt buitengewoon verlof verleend.', 'training-leave'],
    ['De medewerker kan verlof krijgen om een opleiding te volgen.', 'training-leave'],
    ['Je kunt verlof opnemen voor scholing die bij je functie past.', 'training-leave'],
    ['De werkgever geeft de werknemer verlof met behoud van salaris voor studie.', 'training-leave'],
    ['De werkgever vergoedt de kosten van de opleiding.', 'reimbursement'],
    ['De kosten van de cursus worden door de werkgever vergoed.', 'reimbursement'],
    ['De kosten van je opleiding worden vergoed als de opleiding bij je functie past.', 'reimbursement'],
    ['De werknemer heeft recht op vergoeding van de kosten van scholing.', 'reimbursement'],
    ['De werkgever betaalt alle kosten die met de scholing te maken hebben.', 'reimbursement'],
    ['Wij betalen de kosten van trainingen die je voor je werk volgt.', 'reimbursement'],
    ['De kosten van de opleiding komen voor rekening van de werkgever.', 'reimbursement'],
    ['Je krijgt een tegemoetkoming in de kosten van je studie.', 'reimbursement'],
    ['Examenkosten en de kosten van lesmateriaal voor de opleiding worden betaald door de werkgever.', 'reimbursement'],
  ];
  for (const [text, instrument] of cases) {
    it(`reads ${instrument} in «${text}»`, () => {
      assert.ok(
        instruments(text).some((f) => f.instrument === instrument),
        show(text),
      );
    });
  }
  const nearMisses: Array<[string, InstrumentType]> = [
    ['De werknemer betaalt de kosten van de opleiding zelf.', 'reimbursement'],
    ['Je betaalt de kosten van de cursus terug als je binnen een jaar vertrekt.', 'reimbursement'],
    ['De kosten van de opleiding worden niet vergoed.', 'reimbursement'],
    ['Verlof voor zorg wordt apart geregeld.', 'training-leave'],
    ['Je neemt verlof op via het HR-systeem; voor scholing geldt een andere procedure.', 'training-leave'],
    ['Ouderschapsverlof telt mee voor de opbouw van het opleidingsbudget.', 'training-leave'],
    ['De kosten van de opleiding zijn hoog.', 'reimbursement'],
    ['De kosten van de cursus worden uit je ontwikkelbudget betaald.', 'reimbursement'],
    ['Het opleidingsbudget vergoedt de kosten van trainingen tot € 1.000.', 'reimbursement'],
  ];
  for (const [text, instrument] of nearMisses) {
    it(`reads no ${instrument} in «${text}»`, () => {
      assert.ok(!instruments(text).some((f) => f.instrument === instrument), show(text));
    });
  }
});

describe('paraphrase: a budget something falls under or is paid from is not denied', () => {
  const exists = [
    'De verplichte nascholing valt niet onder dit opleidingsbudget.',
    'Functiegerichte trainingen komen niet ten laste van je ontwikkelbudget.',
    'Verplichte cursussen worden niet uit het persoonlijk budget betaald.',
    'Een rijbewijs valt buiten het leerbudget en wordt niet vergoed.',
    'Scholing die de werkgever verplicht stelt, gaat niet ten koste van het ontwikkelbudget.',
  ];
  for (const text of exists) {
    it(`the budget exists in «${text}»`, () =>
      assert.ok(
        instruments(text).some((f) => ['individual-budget', 'learning-account'].includes(f.instrument)),
        show(text),
      ));
  }
  const denied = [
    'Er is geen ontwikkelbudget voor uitzendkrachten.',
    'Werknemers in hun proeftijd krijgen geen opleidingsbudget.',
    'Deze cao kent geen persoonlijk ontwikkelbudget.',
  ];
  for (const text of denied) {
    it(`the budget is denied in «${text}»`, () => assert.ok(!instruments(text).some((f) => f.instrument === 'individual-budget'), show(text)));
  }
});

/**
 * A budget named to compare with other schemes ("het gemiddelde ontwikkelbudget in cao's") is not
 * one this draft grants; a grant that mentions a comparison is still a grant. Sentences written for this suite.
 */
describe('paraphrase: a budget of other schemes, named to compare', () => {
  const granted = (text: string) => allProvisions(buildPolicyDocument(text, parseMarkdown(text))).filter((p) => p.granted);
  for (const s of [
    "Het gemiddelde ontwikkelbudget in Nederlandse cao's ligt boven de € 700.",
    'Een gangbaar opleidingsbudget is ongeveer € 700 per jaar.',
    "Een leerbudget in andere cao's bedraagt al snel € 1.000.",
  ])
    it(`compares: «${s}»`, () => assert.deepEqual(granted(s), []));
  for (const s of [
    'Net als in veel andere sectoren krijg je een ontwikkelbudget van € 600 per jaar.',
    'Je krijgt een leerbudget van € 700, gelijk aan het gemiddelde in de sector.',
  ])
    it(`grants: «${s}»`, () => assert.equal(granted(s).length, 1));
});

describe('paraphrase: a fund that gives a personal instrument is its provider', () => {
  const fundGrants = (text: string) => instruments(text).some((f) => f.instrument === 'collective-fund' && f.granted);
  const gives = [
    'Het Sectorfonds Ambulante Handel heeft besloten dit jaar een ontwikkelvoucher van € 250 beschikbaar te stellen.',
    'Het O&O-fonds kent iedere werknemer een leerbudget van € 400 toe.',
    'Het opleidingsfonds stelt voor elke medewerker een scholingsvoucher beschikbaar.',
    'Sectorfonds Bouw stort voor iedere werknemer jaarlijks € 300 op een persoonlijke leerrekening.',
  ];
  for (const text of gives) {
    it(`the fund grants nothing of its own: «${text}»`, () => {
      assert.ok(!fundGrants(text), show(text));
      assert.ok(
        developmentBudgets(text).some((f) => f.instrument !== 'collective-fund' && f.granted),
        show(text),
      );
    });
  }

  const grantsItself = [
    'Het sectorfonds stelt jaarlijks € 150.000 beschikbaar voor scholing in de branche.',
    'Het O&O-fonds stelt 0,5% van de loonsom beschikbaar voor opleidingen.',
    // Another instrument named before the fund: the fund is not its provider by this reading.
    'Naast je leerbudget stelt het opleidingsfonds € 100.000 beschikbaar voor scholing in de sector.',
  ];
  for (const text of grantsItself) {
    it(`the fund grants money of its own: «${text}»`, () => assert.ok(fundGrants(text), show(text)));
  }
});

describe('paraphrase: a budget named as one person’s stays one person’s', () => {
  const kinds = (text: string) => allProvisions(buildPolicyDocument(text, parseMarkdown(text))).map((p) => p.instrument);
  const personal = [
    '### Artikel 40 Ontwikkelbudget\n\n1. De werknemer heeft recht op een persoonlijk ontwikkelbudget. De hoogte van het budget wordt jaarlijks door de werkgever vastgesteld.\n\n### Artikel 41 Informatie\n\n1. De werkgever maakt de hoogte van het ontwikkelbudget ieder jaar bekend tijdens de bijeenkomst voor het personeel.\n',
    '## Leerbudget\n\nIedere medewerker heeft een eigen leerbudget.\n\n## Voorlichting\n\nHet leerbudget wordt in de personeelsbijeenkomst voor het hele personeel toegelicht.\n',
  ];
  for (const text of personal) {
    it(`stays personal: «${text.split('\n')[2]}»`, () => assert.deepEqual(kinds(text), ['individual-budget']));
  }

  it('a budget the employer sets for the organisation, named without a marker, is the organisation’s', () => {
    const text =
      '### Artikel 10 Ontwikkelingsbudget\n\n1. De werkgever stelt per kalenderjaar een budget vast voor de ontwikkeling van zijn personeel. Dat budget bedraagt ten minste 1% van de jaarloonsom.\n';
    assert.deepEqual(kinds(text), ['collective-fund']);
  });
});

describe('paraphrase: a fund named in a definition of another term is not granted', () => {
  const grantedKinds = (text: string) =>
    allProvisions(buildPolicyDocument(text, parseMarkdown(text)))
      .filter((p) => p.granted)
      .map((p) => p.instrument);
  const defs = (item: string) =>
    `### Artikel 1 Definities\n\nIn dit hoofdstuk wordt verstaan onder: a. werknemer: degene die een arbeidsovereenkomst heeft met de werkgever; b. ${item}\n\n### Artikel 2 Leerrekening\n\n1. De werkgever stort jaarlijks € 500 op de leerrekening van iedere werknemer.\n`;
  it('an institution defined as the sector fund', () =>
    assert.deepEqual(
      grantedKinds(
        defs(
          'SVL: de Stichting Vakontwikkeling, het opleidings- en ontwikkelingsfonds van de branche; c. leerrekening: de persoonlijke rekening waarop de werkgever jaarlijks € 500 stort;',
        ),
      ),
      ['learning-account'],
    ));
  it('the budget defined as itself is the one granted', () =>
    assert.deepEqual(grantedKinds(defs('leerrekening: de persoonlijke rekening waarop de werkgever jaarlijks € 500 stort;')), ['learning-account']));
});

describe('paraphrase: a plain budget granted where learning is the subject', () => {
  const developmentKinds = (text: string) =>
    allProvisions(buildPolicyDocument(text, parseMarkdown(text)))
      .filter((p) => p.granted)
      .map((p) => p.instrument);
  it('"een persoonlijk budget" in an article on training is a development budget', () =>
    assert.deepEqual(
      developmentKinds(
        '### Artikel 14 Scholing en studieverlof\n\n1. De werkgever vergoedt de kosten van verplichte scholing.\n2. Daarnaast heeft de werknemer recht op een persoonlijk budget van € 350 per kalenderjaar.\n',
      ).filter((k) => k === 'individual-budget'),
      ['individual-budget'],
    ));
  it('the same budget in an article on holidays is not', () =>
    assert.deepEqual(
      developmentKinds(
        '### Artikel 9 Vakantie en verlof\n\n1. De werknemer heeft recht op 25 vakantiedagen.\n2. Daarnaast heeft de werknemer recht op een persoonlijk budget van € 350 per kalenderjaar.\n',
      ).filter((k) => k === 'individual-budget'),
      [],
    ));
});

describe('paraphrase: a balance word beside hours is the hours’ balance', () => {
  const kinds = (text: string) => allProvisions(buildPolicyDocument(text, parseMarkdown(text))).map((p) => p.instrument);
  it('"Mijn tegoeden" beside the development hours names no budget', () =>
    assert.deepEqual(
      kinds('## Ontwikkeluren\n\nJe krijgt 16 ontwikkeluren per jaar voor cursussen. Je saldo aan ontwikkeluren zie je in de urenapp onder Mijn tegoeden.\n'),
      ['development-time'],
    ));
  it('a money word beside days is still a budget of its own', () =>
    assert.deepEqual(
      kinds(
        '## Ontwikkeling\n\nIedereen krijgt een persoonlijk budget van € 400 per jaar om te leren en twee ontwikkeldagen.\n\nIn de app zie je je saldo aan budget en ontwikkeldagen.\n',
      ).sort(),
      ['development-time', 'individual-budget'],
    ));
});

/**
 * A named budget with a different amount for some ("Heb je geen diploma op mbo-2-niveau, dan krijg
 * je € 1.500 per jaar") is one budget: the unnamed grant in its article is its amount for that group,
 * and its saving and purposes stay with it. An unnamed grant in an article of its own stays a budget.
 */
describe('paraphrase: one budget, a second amount for some', () => {
  const budgetsOf = (text: string) => {
    const doc = buildPolicyDocument(text, parseMarkdown(text));
    return allProvisions(doc).filter((p) => p.instrument === 'individual-budget');
  };
  for (const second of [
    'Heb je geen diploma op mbo-2-niveau of hoger, dan krijg je € 1.500 per jaar.',
    'Medewerkers van 55 jaar en ouder krijgen € 1.200 per jaar.',
    'Wie in deeltijd werkt, krijgt € 400 per jaar voor scholing.',
  ])
    it(`one budget: «${second}»`, () =>
      assert.equal(budgetsOf(`## 1. Scholingsbudget\n\nJe krijgt een scholingsbudget van € 750 per jaar voor cursussen. ${second}\n`).length, 1));
  it('an unnamed grant in an article of its own stays a budget of its own', () =>
    assert.equal(
      budgetsOf(
        '## 1. Scholingsbudget\n\nJe krijgt een scholingsbudget van € 750 per jaar.\n\n## 2. Taal\n\nVoor een taalcursus krijgt iedere medewerker € 300 per jaar.\n',
      ).length,
      2,
    ));
});
