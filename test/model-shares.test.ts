import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';

/** Shares said in words are percentages; ordinals are not. */
const percents = (text: string) =>
  buildPolicyDocument(text, parseMarkdown(text))
    .facts.filter((f) => f.kind === 'percent')
    .map((f) => (f.kind === 'percent' ? Math.round(f.value) : 0));

describe('policy model: shares in words', () => {
  const shares: Array<[string, number]> = [
    ['De werknemer mag de helft van de studie-uren in werktijd besteden.', 50],
    ['Een kwart van het budget is bestemd voor loopbaanadvies.', 25],
    ['Hooguit een derde van de ontwikkeluren gaat naar verplichte trainingen.', 33],
    ['Half of the study hours may be taken in working time.', 50],
  ];
  for (const [text, value] of shares) it(`reads ${value}% in «${text}»`, () => assert.deepEqual(percents(text), [value]));

  const notShares = [
    'Zie het derde lid van artikel 4.',
    'De helft is al besteed.',
    'In het derde jaar vervalt het tegoed.',
    'Een tiende deel ontbreekt nog in dit overzicht van de regeling.',
  ];
  for (const text of notShares) it(`reads no share in «${text}»`, () => assert.deepEqual(percents(text), []));
});
