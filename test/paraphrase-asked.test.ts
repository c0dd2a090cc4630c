import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * What an embedded question asks is not arranged: minutes ("De OR vraagt hoe lang het saldo blijft
 * staan"), newsletters and FAQ pages ask about saving in words that would otherwise read as saving.
 * Each draft grants a budget and adds one sentence; budget-spending-period says whether that
 * sentence settled how long the money may be kept. Sentences written for this suite.
 */
const budget = 'Iedere medewerker heeft recht op een persoonlijk ontwikkelbudget van € 800 per jaar voor opleidingen en cursussen.';
const periodMissing = (sentence: string): boolean => lintText(`${budget} ${sentence}`).findings.some((f) => f.ruleId === 'budget-spending-period');

const ASKED = [
  'De OR vraagt hoe lang het saldo blijft staan.',
  'De ondernemingsraad vraagt of niet-bestede bedragen naar het volgende jaar kunnen worden meegenomen.',
  'Veel medewerkers vragen zich af of ze hun budget kunnen sparen.',
  'Onduidelijk is nog of het tegoed kan worden opgespaard.',
  'Het is nog onduidelijk hoe lang je het budget kunt meenemen.',
  'P&O zoekt uit of het restant kan worden doorgeschoven naar volgend jaar.',
  'De vraag is of het budget drie jaar geldig blijft.',
  'Leden willen weten of het budget kan worden gespaard.',
  'We bekijken nog of je het saldo kunt meenemen naar 2027.',
  'De vakbond vroeg de werkgever of het budget meegenomen kan worden.',
  'Een collega vroeg ons hoelang het geld op de rekening blijft staan.',
  'Het staat nog open of het budget kan worden opgebouwd over meerdere jaren.',
  'P&O gaat na of het saldo kan worden meegenomen.',
  'We onderzoeken of je het budget kunt sparen.',
  'Het is onbekend hoe lang het tegoed geldig blijft.',
  'Het is niet duidelijk of het restant naar volgend jaar kan worden doorgeschoven.',
  'Veel leden zijn benieuwd of het budget kan worden gespaard.',
  'De vakbond dringt aan op een regeling waarmee je het budget kunt sparen.',
  // A question put first, and a main clause that says it is open.
  'Hoe lang je het budget mag sparen, daarover zegt de regeling niets.',
  'Of je het saldo kunt meenemen, is nog niet bekend.',
  'Welk deel je mag opsparen, staat nergens; daarover is niets afgesproken.',
  // A request: what is asked for is not arranged.
  'De OR vraagt om het saldo drie jaar te laten staan.',
  'De vakbond pleit voor een budget dat je kunt sparen.',
  'De medewerkers verzoeken de directie het restant mee te laten nemen naar volgend jaar.',
  'De OR wil dat het budget kan worden gespaard; de directie wil eerst zien hoe het loopt.',
  'De vakbond stelt voor dat niet-bestede bedragen worden meegenomen naar het volgende jaar.',
];

const STATED = [
  // The answer after a semicolon is said.
  'De OR vroeg of het saldo blijft staan; het saldo blijft drie jaar staan.',
  // Applying ("vraagt ... aan") and requesting ("vraagt ... op") ask nothing.
  'Je vraagt het budget aan via het portaal en niet-bestede bedragen worden meegenomen naar het volgende jaar.',
  'Je vraagt je saldo op bij HR of je spaart het op tot maximaal drie jaarbudgetten.',
  'Wie een opleiding aanvraagt, kan het budget sparen tot drie jaar.',
  // The question ends at its verb; the main clause after the comma is said.
  'Weet je nog niet wat je wilt leren, dan kun je je budget sparen tot maximaal drie jaar.',
  // Question words without anyone asking: a free relative, a concession.
  'Wat je niet besteedt, neem je mee naar het volgende jaar.',
  'Of je het budget nu of later besteedt, het saldo blijft drie jaar staan.',
  'Op verzoek van de OR is afgesproken dat het saldo drie jaar blijft staan.',
  'De medewerker vraagt een cursus of training aan; niet-bestede bedragen schuiven door naar het volgende jaar.',
  // Asking words without a question after them: what follows is said.
  'We onderzoeken de mogelijkheden; niet-bestede bedragen worden meegenomen naar het volgende jaar.',
  'Leden vragen al jaren om sparen, en vanaf nu blijft het saldo drie jaar staan.',
  // A free relative put first is said: its main clause leaves nothing open.
  'Wat je dit jaar niet besteedt, blijft drie jaar staan.',
  // A request granted in the same sentence, or asking as a right, arranges it.
  'De OR vroeg om het saldo drie jaar te laten staan en de directie stemt daarmee in.',
  'De OR vraagt om een spaarregeling; de directie zegt toe dat het saldo drie jaar blijft staan.',
];

describe('paraphrase: an embedded question arranges nothing', () => {
  for (const s of ASKED) it(`asked: «${s}»`, () => assert.ok(periodMissing(s), `expected budget-spending-period: «${s}» only asks about keeping the money`));
  for (const s of STATED) it(`stated: «${s}»`, () => assert.ok(!periodMissing(s), `expected the keeping in «${s}» to count`));
});

describe('an asking word at the very end of a text', () => {
  it('reads a request with nothing after it without failing', () => {
    assert.ok(periodMissing('De OR verzoekt'));
    assert.ok(!periodMissing('Het saldo blijft drie jaar staan. De leden vragen om'));
  });
});

/**
 * An FAQ question about learning in working time, answered by putting the learning outside work:
 * the answer denies what was asked, as a "Nee" would. Answered by granting time, or with "Ja", the
 * time stands. Our own questions and answers; budget-needs-time says whether time was granted.
 */
describe('paraphrase: a question about working time answered with own time', () => {
  const account = '## Leerrekening\n\nIedere medewerker krijgt € 600 per jaar op zijn leerrekening voor opleidingen.\n\n';
  const needsTime = (qa: string) => lintText(account + qa + '\n').findings.some((f) => f.ruleId === 'budget-needs-time');
  for (const qa of [
    'Mag ik de opleiding in werktijd volgen? Opleidingen die je uit je leerrekening betaalt, volg je in je eigen tijd.',
    'Kan ik de cursus onder werktijd doen? De lessen vallen buiten werktijd.',
    'Krijg ik studieverlof voor mijn opleiding? Je studeert in je vrije tijd; het budget betaalt alleen de kosten.',
  ])
    it(`no time: «${qa}»`, () => assert.ok(needsTime(qa)));
  for (const qa of [
    'Mag ik de opleiding in werktijd volgen? Ja, de lesuren gelden als werktijd.',
    'Mag ik de opleiding in werktijd volgen? Lessen overdag volg je in werktijd; huiswerk maak je in je eigen tijd.',
  ])
    it(`time granted: «${qa}»`, () => assert.ok(!needsTime(qa)));
});
