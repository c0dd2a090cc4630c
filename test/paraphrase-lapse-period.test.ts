import { strict as assert } from 'node:assert';
import { lintText } from '../server/engine/lint';

/**
 * After how long a budget lapses is said in the lapse's own clause ("het saldo vervalt na twee
 * jaar"); a rate beside it ("€ 800 per jaar") is the amount's, not the lapse's.
 */
const spending = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'budget-spending-period');

describe('paraphrase: the period of a lapse is the one in its own clause', () => {
  const long = [
    'Met ingang van 1 januari bedraagt het persoonlijk ontwikkelbudget € 800 per jaar; het saldo vervalt na twee jaar.',
    'Je krijgt jaarlijks een leerbudget van € 750, en wat je niet gebruikt vervalt pas na drie jaar.',
    'Het ontwikkelbudget is € 600 per kalenderjaar. Niet bestede bedragen vervallen na 24 maanden.',
  ];
  for (const text of long) {
    it(`long enough: «${text}»`, () => assert.deepEqual(spending(text).map((f) => f.message), []));
  }
  const short = [
    'Met ingang van 1 januari bedraagt het persoonlijk ontwikkelbudget € 800 per jaar; het saldo vervalt na een jaar.',
    'Je krijgt jaarlijks een leerbudget van € 750, en wat je niet gebruikt vervalt na twaalf maanden.',
    'Het ontwikkelbudget is € 600 per kalenderjaar; het vervalt na zes maanden.',
  ];
  for (const text of short) {
    it(`too short: «${text}»`, () => assert.equal(spending(text).length, 1));
  }
});
