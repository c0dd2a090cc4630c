import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/** Rule-level readings that depend on more than one sentence or clause. */
const of = (text: string, rule: string) => lintText(text).findings.filter((f) => f.ruleId === rule);

describe('budget-spending-period across sentences and clauses', () => {
  it('a lapse without a subject right after the budget, in a text without articles, is the budget lapsing', () => {
    const text = 'Iedere werknemer krijgt jaarlijks een opleidingsbudget van € 800. Wat de werknemer niet gebruikt vervalt aan het einde van het kalenderjaar.';
    const found = of(text, 'budget-spending-period');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /vervalt al na 12 maanden/);
  });

  it('a period in another clause than the carry-over does not limit it', () => {
    const text =
      '## Artikel 6 Leerbudget\n\nJe krijgt elk jaar een leerbudget van € 900. Wat je in een jaar niet gebruikt, neem je mee naar het volgende jaar, tot maximaal drie jaarbudgetten.';
    assert.deepEqual(
      of(text, 'budget-spending-period').map((f) => f.message),
      [],
    );
  });

  it('a lapse at the end of a long enough period is no finding, one at the end of the year is', () => {
    const article = (lapse: string) =>
      `## Artikel 12 Loopbaanbudget\n\n1. Iedere werknemer heeft recht op een loopbaanbudget van € 1.500 per periode van drie jaar.\n2. ${lapse}\n`;
    assert.deepEqual(of(article('Wat aan het einde van de periode van drie jaar niet is besteed, vervalt.'), 'budget-spending-period'), []);
    assert.deepEqual(of(article('Het saldo vervalt pas na 36 maanden.'), 'budget-spending-period'), []);
    assert.equal(of(article('Wat aan het einde van het kalenderjaar niet is besteed, vervalt.'), 'budget-spending-period').length, 1);
  });

  it('a period in the clause of the carry-over does limit it, counted on top of the year granted', () => {
    // "nog één jaar" is the year after the one granted: 24 months in all, long enough; three more months are not.
    const text = (period: string) => `## Artikel 6 Leerbudget\n\nJe krijgt elk jaar een leerbudget van € 900. Wat over is, mag je nog ${period} meenemen.`;
    assert.deepEqual(of(text('één jaar'), 'budget-spending-period'), []);
    assert.equal(of(text('drie maanden'), 'budget-spending-period').length, 1);
  });
});

describe('one finding where one is meant', () => {
  it('voucher-terms reports a fund and the budget it grants in one sentence once', () => {
    const text = '# Regeling\n\nHet opleidingsfonds stelt werknemers in de branche een leerbudget van € 1.500 beschikbaar voor een vakopleiding.';
    assert.equal(of(text, 'voucher-terms').length, 1);
  });

  it('budget-amount reports a budget whose size is left to a plan once', () => {
    const text =
      '## Artikel 2 Ontwikkeling\n\nIedere medewerker heeft recht op een ontwikkelbudget voor scholing. De leidinggevende bepaalt in het ontwikkelplan het benodigde budget.';
    assert.equal(of(text, 'budget-amount').length, 1);
  });
});

describe('development-days-lapse on time granted without a figure', () => {
  const memo = (lapse: string) => `# Memo\n\n**Tijd voor ontwikkeling**\nJe krijgt dit jaar tijd om te leren. ${lapse}\n`;

  it('reports time to learn that lapses at the end of the year, without a carry-over fix it cannot word', () => {
    const found = of(memo('Wat je niet gebruikt, vervalt op 31 december.'), 'development-days-lapse');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /vervallen/);
    assert.equal(found[0].fixes?.length ?? 0, 0);
  });

  it('stays quiet when the unused time moves on to the next year', () => {
    assert.deepEqual(of(memo('Wat je niet gebruikt, schuift door naar volgend jaar.'), 'development-days-lapse'), []);
  });

  it('stays quiet on a question that asks for time, and on time to learn one task', () => {
    assert.deepEqual(of('# Vragen\n\nKrijg ik tijd om te leren? Wat je niet gebruikt, vervalt op 31 december.\n', 'development-days-lapse'), []);
    assert.deepEqual(
      of(
        memo('Wat je niet gebruikt, vervalt op 31 december.').replace('tijd om te leren', 'tijd om de nieuwe machine te leren kennen'),
        'development-days-lapse',
      ),
      [],
    );
  });

  it('stays quiet on learning in working time, which is no entitlement that can lapse', () => {
    const text = '# Regeling\n\nDe opleiding vindt plaats in werktijd. Het budget vervalt aan het eind van het jaar.\n';
    assert.deepEqual(of(text, 'development-days-lapse'), []);
  });
});

describe('budget-earmarking: a personal budget beside training the employer pays for the job', () => {
  const draft = (purposes: string) =>
    [
      '## Artikel 7 Functiegerichte scholing',
      '',
      'De werkgever betaalt de scholing die nodig is voor de functie.',
      '',
      '## Artikel 8 Loopbaanbudget',
      '',
      `De werknemer heeft recht op een loopbaanbudget van € 900 per jaar. ${purposes}`,
      '',
    ].join('\n');
  const overlap = (text: string) => of(text, 'budget-earmarking').filter((f) => /functiegerichte|job-related/.test(f.message));

  it('reports the open boundary when the budget may pay any course', () => {
    assert.equal(overlap(draft('Je kunt het besteden aan iedere opleiding of cursus.')).length, 1);
  });

  for (const boundary of [
    'Je kunt het besteden aan opleidingen die niet nodig zijn voor je huidige functie.',
    'Het budget is bedoeld voor scholing buiten je functie.',
    'Het budget is niet bedoeld voor verplichte scholing.',
    'Functiegerichte scholing gaat niet ten koste van het budget.',
  ]) {
    it(`stays quiet when the draft draws the line: «${boundary}»`, () => {
      assert.deepEqual(overlap(draft(boundary)), []);
    });
  }
});

describe('development-days-lapse: carrying over money is not carrying over days', () => {
  const text = (days: string) =>
    `## Ontwikkeling\n\nIedere werknemer krijgt een ontwikkelbudget van € 500 per jaar. Wat je in een jaar niet opmaakt, mag je twee jaar meenemen. Daarnaast krijg je één ontwikkeldag per jaar. ${days}\n`;

  it('reports the day that lapses although the budget before it may be carried over', () => {
    assert.equal(of(text('Die moet je wel in datzelfde jaar opnemen, anders ben je hem kwijt.'), 'development-days-lapse').length, 1);
  });

  it('stays quiet when the day itself may be carried over', () => {
    assert.deepEqual(of(text('Neem je hem niet op, dan schuift hij door naar het volgende jaar.'), 'development-days-lapse'), []);
  });
});

describe('budget-earmarking: purposes belong to the budget they are said of', () => {
  it("a fund's purposes in the same section do not count for the personal budget named before it", () => {
    const text =
      '## Ontwikkeling\n\nIedere werknemer krijgt een persoonlijk ontwikkelbudget van € 500 per jaar. Waaraan je het mag uitgeven, spreken we later af.\n\nHet O&O-fonds vergoedt voortaan de kosten van het vakdiploma en van taalcursussen.\n';
    assert.equal(of(text, 'budget-earmarking').filter((f) => f.message.includes('ontwikkelbudget')).length, 1);
  });

  it("the personal budget's purposes count for it when a fund is named after them", () => {
    const text =
      '## Ontwikkeling\n\nIedere werknemer krijgt een persoonlijk ontwikkelbudget van € 500 per jaar. Je kunt het besteden aan vakopleidingen en taalcursussen.\n\nHet O&O-fonds vergoedt voortaan de kosten van het vakdiploma.\n';
    assert.deepEqual(
      of(text, 'budget-earmarking').filter((f) => f.message.includes('ontwikkelbudget')),
      [],
    );
  });

  it('a fund named only as where an adviser comes from grants nothing that needs purposes', () => {
    const text =
      '## Artikel 22 Opleidingsbudget\n\n1. Iedere werknemer heeft recht op een opleidingsbudget van € 750 per jaar, bestemd voor vakopleidingen en cursussen.\n2. Werknemers krijgen eens per twee jaar een gesprek met een adviseur van het opleidingsfonds.\n';
    assert.deepEqual(of(text, 'budget-earmarking'), []);
  });
});

describe('voucher-terms: a fund that pays for something else is not the provider of the personal budget', () => {
  it('stays quiet on a personal budget followed by what the sector fund pays', () => {
    const text =
      '## Ontwikkeling\n\nIedere werknemer krijgt een persoonlijk ontwikkelbudget van € 500 per jaar, te besteden aan vakopleidingen.\n\nDe kosten van het vakdiploma worden voortaan vergoed via het O&O-fonds.\n';
    assert.deepEqual(
      of(text, 'voucher-terms').filter((f) => f.message.includes('ontwikkelbudget')),
      [],
    );
  });
});

describe('budget-spending-period: validity is a spending period judged by its length', () => {
  const draft = (validity: string) =>
    `## Artikel 3 Scholingsvouchers\n\nIedere medewerker kan per jaar vouchers krijgen tot een waarde van € 800 voor vakopleidingen. ${validity}\n`;

  it('reports vouchers valid only until the end of the calendar year', () => {
    assert.equal(of(draft('Vouchers zijn geldig tot het einde van het kalenderjaar waarin ze zijn verstrekt.'), 'budget-spending-period').length, 1);
  });

  it('stays quiet on vouchers valid for three years or that stay valid', () => {
    assert.deepEqual(of(draft('Een voucher is drie jaar geldig.'), 'budget-spending-period'), []);
    assert.deepEqual(of(draft('Een voucher die je niet gebruikt, blijft geldig zolang je in dienst bent.'), 'budget-spending-period'), []);
  });
});

describe('development-days-lapse on free development time', () => {
  // The catalogue applies the rule to any number of development hours per period; innovation hours
  // that lapse each month are development time lost the same way as days.
  it('reports innovation hours that lapse, as it reports development days that do', () => {
    const free =
      '## Innovatietijd\n\nIedere verpleegkundige krijgt vier uur innovatietijd per maand. Niet-opgenomen uren vervallen aan het eind van de maand.\n';
    assert.equal(of(free, 'development-days-lapse').length, 1);
    const days = '## Ontwikkeldagen\n\nIedere verpleegkundige krijgt twee ontwikkeldagen per jaar. Niet-opgenomen dagen vervallen aan het eind van het jaar.\n';
    assert.equal(of(days, 'development-days-lapse').length, 1);
  });

  it('leaves innovation hours without a number to lummeltijd-terms', () => {
    const free = '## Innovatietijd\n\nIedere verpleegkundige krijgt innovatietijd. Niet-opgenomen uren vervallen aan het eind van de maand.\n';
    assert.deepEqual(
      of(free, 'development-days-lapse').filter((f) => !/vervallen/.test(f.message)),
      [],
    );
  });
});

describe('findings name a budget granted without its name by the name the draft gives it', () => {
  it('quotes «ontwikkelbudget», not the words of the grant, and its fix says so', () => {
    const found = of('### Je ontwikkelbudget\n\nJe krijgt elk jaar € 900.\n', 'budget-earmarking');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /«ontwikkelbudget»/);
    assert.match(found[0].fixes?.[0]?.edits[0]?.newText ?? '', /ontwikkelbudget kan worden besteed/i);
  });
});
