import type { AuthorityFact, Party } from '../types';
import type { PhraseMatch } from './phrases';
import type { SentenceScope } from './extract';

/**
 * Who decides: decision power ("mag beslissen", "bepaalt", "bevoegdheid", "bindend") and advice
 * ("adviseert", "doet voorstellen"), each with the party that holds it. The holder is the party
 * named nearest before the word in its clause ("de teamleider bepaalt"), else the first one after
 * it in the clause ("het besluit ligt bij de directie"), else the nearest one before it in the
 * sentence ("een werkgroep, die het beleid vaststelt"). Rules ask "does the employee decide?",
 * "does the manager?", "is the working group given decision power?" of these facts.
 */
export function readAuthority(scope: SentenceScope): AuthorityFact[] {
  const { tokens, clauses, sentence } = scope;
  const work = scope.lex.work;
  const matches = work.authority.matchAll(tokens);
  if (matches.length === 0) return [];
  const parties = work.parties.matchAll(tokens);
  return matches.map((m) => ({
    kind: 'authority',
    power: m.value,
    holder: holderOf(parties, m.first, m.last, clauses),
    range: scope.rangeOf(m.first, m.last),
    sentence: sentence.index,
    negated: scope.negated(m.first, m.last),
  }));
}

function holderOf(parties: PhraseMatch<Party>[], first: number, last: number, clauses: number[]): Party | null {
  const clause = clauses[first];
  const before = parties.filter((p) => p.last < first);
  const sameClauseBefore = before.filter((p) => clauses[p.first] === clause);
  if (sameClauseBefore.length > 0) return sameClauseBefore[sameClauseBefore.length - 1].value;
  const after = parties.find((p) => p.first > last && clauses[p.first] === clauses[last]);
  if (after) return after.value;
  return before.length > 0 ? before[before.length - 1].value : null;
}
