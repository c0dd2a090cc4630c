import type { Fact, RoleTermFact } from '../types';
import type { SentenceScope } from './scope';
import type { Lexicon } from '../lexicon/types';

/** Word (singular or plural, lower case) -> its role and singular, per lexicon; built once. */
const tables = new WeakMap<Lexicon, Map<string, { role: string; word: string }>>();

function tableOf(lexicon: Lexicon): Map<string, { role: string; word: string }> {
  let table = tables.get(lexicon);
  if (!table) {
    table = new Map();
    for (const [role, words] of Object.entries(lexicon.roleTerms)) {
      for (const [singular, plural] of words) {
        table.set(singular, { role, word: singular });
        table.set(plural, { role, word: singular });
      }
    }
    tables.set(lexicon, table);
  }
  return table;
}

/** The words for the parties a cao defines ("werknemer", "medewerkers", "leidinggevende"), one fact per word. */
export function readRoleTerms(scope: SentenceScope): Fact[] {
  const table = tableOf(scope.lex.lexicon);
  const facts: RoleTermFact[] = [];
  scope.tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const entry = table.get(token.lower);
    if (!entry) return;
    facts.push({ kind: 'role-term', role: entry.role, word: entry.word, range: scope.rangeOf(i, i), sentence: scope.sentence.index, negated: false });
  });
  return facts;
}
