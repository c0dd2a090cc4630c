import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { lintText } from './harness/lint';
import { buildPolicyDocument } from '../server/model/build';
import { allProvisions } from '../server/model/provisions';

/**
 * Individual drawing rights on a central budget: money a sector fund or foundation holds and
 * employees claim from themselves. Such a scheme should say what happens to unused rights and how a
 * request is made (voucher-terms); a subsidy the employer claims, or a budget the employer pays, is
 * no drawing right.
 */
const claimableFund = (text: string) =>
  allProvisions(buildPolicyDocument(text, parseMarkdown(text))).some((p) => p.instrument === 'collective-fund' && p.mentions.some((m) => m.claimable));
const voucherFindings = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'voucher-terms');

describe('paraphrase: drawing rights on a central budget', () => {
  const claimedByEmployees = [
    'Medewerkers uit de bouwsector kunnen bij het opleidingsfonds subsidie aanvragen voor een vakopleiding.',
    'Werknemers in de branche vragen de subsidie voor een cursus zelf aan bij de stichting.',
    'Ambtenaren die een loopbaanstap willen zetten, kunnen tot 1 oktober subsidie aanvragen voor scholing.',
    'Leraren kunnen bij het fonds een subsidie voor hun studie aanvragen.',
    'Alle medewerkers die onder de cao vallen, kunnen via het sectorfonds subsidie aanvragen voor een opleiding.',
  ];
  for (const text of claimedByEmployees) {
    it(`a fund employees claim from: «${text}»`, () => assert.ok(claimableFund(text)));
  }

  const notByEmployees = [
    'Werkgevers kunnen bij het opleidingsfonds subsidie aanvragen voor de opleiding van hun personeel.',
    'De onderneming vraagt jaarlijks subsidie aan voor de scholing van haar medewerkers.',
    'Wij vragen namens het bedrijf subsidie aan bij het sectorfonds voor uw cursus.',
  ];
  for (const text of notByEmployees) {
    it(`no drawing right of the employees: «${text}»`, () => assert.ok(!claimableFund(text)));
  }

  const fundGrants = [
    '# Persoonlijk opleidingsbudget\n\nHet sectorfonds stelt je een persoonlijk opleidingsbudget van maximaal € 1.500 beschikbaar voor een opleiding naar keuze.',
    '# Leerbudget\n\nDe stichting kent iedere werknemer in de branche een leerbudget van € 800 toe voor scholing.',
    '# Ontwikkelbudget\n\nIedere medewerker heeft een ontwikkelbudget van € 1.000 voor een cursus, dat wordt vergoed vanuit het opleidingsfonds.',
  ];
  for (const text of fundGrants) {
    it(`a budget a fund grants is a drawing right and voucher-terms asks about unused rights: «${text.split('\n').pop()}»`, () => {
      assert.equal(voucherFindings(text).length, 1);
    });
  }

  const employerGrants = [
    '# Ontwikkelbudget\n\nDe werkgever stelt iedere medewerker een ontwikkelbudget van € 1.000 per jaar beschikbaar voor een opleiding.',
    '# Leerbudget\n\nJe krijgt van ons elk jaar een leerbudget van € 600 voor cursussen en trainingen.',
    '# STAP\n\nMedewerkers kunnen via de overheid een STAP-budget van € 1.000 aanvragen voor scholing.',
  ];
  for (const text of employerGrants) {
    it(`no drawing right: «${text.split('\n').pop()}»`, () =>
      assert.deepEqual(
        voucherFindings(text).map((f) => f.message),
        [],
      ));
  }
});

describe('paraphrase: a fund named as provider is not what the sentence grants', () => {
  const fundGranted = (text: string) =>
    buildPolicyDocument(text, parseMarkdown(text))
      .facts.filter((f) => f.kind === 'instrument' && f.instrument === 'collective-fund')
      .map((f) => (f.kind === 'instrument' ? f.granted : null));
  for (const text of [
    'Werknemers krijgen eens per twee jaar een gesprek met een adviseur van het opleidingsfonds.',
    'De kosten van het vakdiploma worden vergoed via het O&O-fonds.',
    'Je krijgt een vaste begeleider bij het sectorfonds.',
    // The amount goes to an account the fund keeps: the account is granted, the fund keeps it.
    'Je werkgever stort elk jaar € 350 op je persoonlijke leerrekening bij het opleidingsfonds.',
    'De werkgever maakt jaarlijks € 400 over naar de leerrekening van de werknemer bij het O&O-fonds.',
  ]) {
    it(`reads the fund as provider only in «${text}»`, () => assert.deepEqual(fundGranted(text), [false]));
  }
  for (const text of [
    'Het opleidingsfonds stelt jaarlijks € 1.000 per werknemer beschikbaar.',
    'De werknemer krijgt via het opleidingsfonds een bijdrage van € 500.',
    'Werknemers kunnen een bijdrage krijgen uit het scholingsfonds.',
    // No other instrument between the amount and the fund: the fund's own money.
    'Je werkgever stort elk jaar € 350 per werknemer in het opleidingsfonds, waaruit werknemers een bijdrage kunnen krijgen.',
  ]) {
    it(`reads the fund as granting in «${text}»`, () => assert.deepEqual(fundGranted(text), [true]));
  }
});

/**
 * On a page without articles, a claim on a pot often follows its name and points back to it
 * ("daaruit", "uit de pot"): employees then control money of their own, and support-lower-educated
 * applies. Drafts written for this suite; none arranges support.
 */
describe('paraphrase: a claim on a pot said in the sentence after it', () => {
  const supportFindings = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'support-lower-educated');
  const pot = 'Beste collega’s,\n\nVoor 2026 hebben we een opleidingspot van € 8.000 gereserveerd voor het hele team.';
  for (const claim of [
    'Iedereen mag daaruit maximaal € 1.000 aanvragen.',
    'Elke medewerker kan hieruit tot € 900 per jaar aanvragen voor een cursus.',
    'Iedere collega kan er een bijdrage van maximaal € 750 uit aanvragen.',
  ])
    it(`employees claim: «${claim}»`, () => assert.equal(supportFindings(`${pot} ${claim}`).length, 1));
  for (const other of ['Teamleiders kunnen daaruit geld aanvragen voor een teamtraining.', 'Daarnaast kun je bij de overheid een STAP-budget aanvragen.'])
    it(`no claim of employees on the pot: «${other}»`, () => assert.deepEqual(supportFindings(`${pot} ${other}`), []));
});

describe('paraphrase: unused rights turned into credit, without a request', () => {
  const fund = (line: string) =>
    `## Scholingsvoucher\n\nHet opleidingsfonds geeft iedere werknemer jaarlijks een scholingsvoucher van € 300 voor een cursus of opleiding. Werknemers vragen de voucher zelf aan bij het fonds. ${line}\n`;
  it('converted automatically, nothing to apply for: terms settled', () =>
    assert.deepEqual(
      voucherFindings(
        fund(
          'Vouchers die niet zijn ingezet, worden door het fonds automatisch omgezet in een tegoed op het ontwikkelbudget. De werknemer hoeft daarvoor geen aanvraag in te dienen.',
        ),
      ),
      [],
    ));
  it('nothing said of unused vouchers: reported', () => assert.equal(voucherFindings(fund('De voucher is een jaar geldig.')).length, 1));
});

describe('paraphrase: a manager who applies is the employer applying', () => {
  const fund = (line: string) => `### Artikel 6 Aanvraag\n\n1. ${line}\n`;
  it('requests "ingediend door de leidinggevende" give employees no drawing right', () =>
    assert.ok(!claimableFund(fund('Aanvragen voor scholing uit het opleidingsfonds worden ingediend door de leidinggevende.'))));
  it('requests "ingediend door de teamleider" neither', () =>
    assert.ok(!claimableFund(fund('Aanvragen voor een cursus uit het opleidingsfonds worden door de teamleider ingediend.'))));
  it('employees who apply themselves have one', () =>
    assert.ok(claimableFund(fund('Medewerkers kunnen bij het opleidingsfonds zelf een bijdrage aanvragen voor een cursus.'))));
});
