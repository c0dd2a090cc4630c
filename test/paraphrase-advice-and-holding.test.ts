import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';

/**
 * Saving that is only advised ("De OR zal adviseren om een spaarmogelijkheid op te nemen") or a rule
 * held on to ("de directie houdt vast aan een budget per kalenderjaar") lets nothing be saved;
 * keeping one's own balance does. Every sentence is written for this suite.
 */
const savings = (text: string) => buildPolicyDocument(text, parseMarkdown(text)).facts.filter((f) => f.kind === 'saving' && !f.negated);

describe('paraphrase: saving advised or a rule held on to', () => {
  const none = [
    'De OR zal adviseren om een spaarmogelijkheid van twee jaar op te nemen.',
    'De commissie adviseert dat niet-bestede bedragen kunnen worden gespaard.',
    'De directie houdt vast aan een budget per kalenderjaar.',
    'Wij houden vast aan het saldo van vorig jaar als uitgangspunt.',
  ];
  for (const text of none) it(`saves nothing: «${text}»`, () => assert.deepEqual(savings(text), []));

  const saved = [
    'Je behoudt je tegoed als je naar een andere vestiging gaat.',
    'De werknemer houdt het saldo tot het einde van het dienstverband.',
    'Niet-bestede bedragen kunnen worden gespaard tot drie jaarbudgetten.',
  ];
  for (const text of saved) it(`saves: «${text}»`, () => assert.ok(savings(text).length > 0));
});
