import type { Language, Party } from '../types';
import { tokenize, type Token } from '../tokens';
import { lexiconTools, type LexiconTools } from './lexiconTools';
import type { Lexicon } from '../lexicon/types';
import type { PhraseMatch } from './phrases';
import type { SentenceScope } from './scope';
import { memoPerWord } from '../wordMemo';

/**
 * A party named in a sentence. `governed`: it stands in a prepositional phrase ("in overleg met de
 * leidinggevende", "binnen je team"), so it is not the clause's subject; a party after "door" is
 * still the agent of a passive, which the readers ask for separately. `via`: named by the lexicon,
 * by a person noun's head, or by a pronoun that stands for the party named before it.
 */
export interface PartyMention extends PhraseMatch<Party> {
  governed: boolean;
  via: 'name' | 'noun' | 'pronoun';
}

const cache = new WeakMap<Token[], PartyMention[]>();

/**
 * Who a sentence names as a party, as a class: the lexicon's names ("werknemer", "het team", "de
 * teamleider", "wij"); any person noun by the head it ends with, so the trades need no entries of
 * their own ("de kassamedewerkers", "iedere wijkverpleegkundige", "monteurs", "het afdelingshoofd",
 * "lassers"); and the pronouns "zij", "ze", "hij", "jullie" as the party named nearest before them
 * that is no prepositional object, in this sentence or the ones before.
 */
export function readParties(scope: SentenceScope): PartyMention[] {
  const known = cache.get(scope.tokens);
  if (known) return known;
  const { tokens } = scope;
  const work = scope.lex.work;
  const lexicon = scope.lex.lexicon.work;
  const out: PartyMention[] = [];
  const covered = new Set<number>();
  for (const m of work.parties.matchAll(tokens)) {
    // Pronouns are resolved below; "wij"/"we" name the employer and stay.
    if (m.first === m.last && work.practicePronouns.has(tokens[m.first].lower)) continue;
    out.push({ ...m, governed: governed(scope, m.first), via: 'name' });
    for (let i = m.first; i <= m.last; i++) covered.add(i);
  }
  tokens.forEach((token, i) => {
    if (covered.has(i) || token.kind !== 'word') return;
    const party = personParty(lexicon, token.lower);
    if (party) out.push({ value: party, first: i, last: i, governed: governed(scope, i), via: 'noun' });
  });
  // The writer in the first person: "Ik beslis ...", "bij mij", and "wij" of a writing body.
  // Not in a question: in a FAQ "Kan ik ...?" is the reader asking.
  const writer = scope.discourse.writer;
  if (writer && scope.sentence.form !== 'question') {
    tokens.forEach((token, i) => {
      const plural = writer !== 'manager' && writer !== 'employee' && work.firstPersonPlural.has(token.lower);
      if (!work.firstPerson.has(token.lower) && !plural) return;
      const known = out.findIndex((p) => p.first === i);
      if (known >= 0) out.splice(known, 1);
      out.push({ value: writer, first: i, last: i, governed: governed(scope, i), via: 'name' });
    });
  }
  out.sort((a, b) => a.first - b.first);
  tokens.forEach((token, i) => {
    if (!work.practicePronouns.has(token.lower) || governed(scope, i)) return;
    const before = out.filter((p) => p.last < i && !p.governed && p.via !== 'pronoun').pop();
    const value = before ? before.value : scope.discourse.lastParty;
    if (value) out.push({ value, first: i, last: i, governed: false, via: 'pronoun' });
  });
  // A demonstrative subject opening the sentence points back to the person named last: "Je bespreekt
  // ze met je clubmanager. Die beslist uiteindelijk welke taken je krijgt."
  const first = tokens[0]?.lower ?? '';
  if (DEMONSTRATIVES.has(first) && finiteSecond(scope) && scope.discourse.lastNamed && !out.some((p) => p.first === 0)) {
    out.push({ value: scope.discourse.lastNamed, first: 0, last: 0, governed: false, via: 'pronoun' });
  }
  out.sort((a, b) => a.first - b.first);
  cache.set(tokens, out);
  return out;
}

/**
 * The second word is the finite verb ("Die beslist", "Deze kan"), not a noun after a determiner ("Die
 * tijd geldt als werktijd"): a known verb form or auxiliary, or a word in -t with no verb right after it.
 */
function finiteSecond(scope: SentenceScope): boolean {
  const [, second, third] = scope.tokens;
  if (!second || second.kind !== 'word') return false;
  const verb = (t: Token | undefined) => t !== undefined && (scope.lex.auxiliaries.has(t.lower) || scope.lex.morphology.isVerbForm(t));
  if (verb(second)) return true;
  return /t$/.test(second.lower) && second.lower.length > 3 && !verb(third) && !/t$/.test(third?.lower ?? '');
}

/** Demonstratives that can open a sentence as its subject ("Die beslist", "Deze bepaalt"); Dutch and English. */
const DEMONSTRATIVES = new Set(['die', 'deze', 'this', 'that']);

/** Remembers the sentence's last subject-like party for the pronouns of the next sentences. */
export function rememberParties(scope: SentenceScope): void {
  if (scope.sentence.heading) return;
  const last = readParties(scope)
    .filter((p) => !p.governed)
    .pop();
  if (last) scope.discourse.lastParty = last.value;
  const named = readParties(scope)
    .filter((p) => p.via !== 'pronoun')
    .pop();
  scope.discourse.lastNamed = named ? named.value : null;
}

/** Whether the token at `at` stands in a prepositional phrase: a preposition before it, determiners between. */
function governed(scope: SentenceScope, at: number): boolean {
  const { tokens, clauses } = scope;
  const work = scope.lex.work;
  for (let i = at - 1; i >= Math.max(0, at - 3) && clauses[i] === clauses[at]; i--) {
    const word = tokens[i].lower;
    if (work.prepositions.has(word)) return true;
    if (!work.partyDeterminers.has(word)) return false;
  }
  return false;
}

/** The party a person noun names by its head: the longest listed head it ends with wins; else a plural of a trade. */
export const personParty = memoPerWord(function personParty(lexicon: Lexicon['work'], word: string): Party | null {
  let best: { party: Party | null; length: number } | null = null;
  for (const [party, heads] of Object.entries(lexicon.personHeads) as Array<[keyof Lexicon['work']['personHeads'], readonly string[]]>) {
    for (const head of heads) {
      if (!word.endsWith(head) || (best && best.length >= head.length)) continue;
      // A head inside a longer word must leave a stem before it ("kassa|medewerkers"), not a letter or two ("bord|ers").
      if (word.length !== head.length && word.length - head.length < 3) continue;
      best = { party: party === 'none' ? null : party, length: head.length };
    }
  }
  if (best) return best.party;
  if (lexicon.notPeople.some((w) => word.endsWith(w))) return null;
  return lexicon.staffSuffixes.some((suffix) => word.length > suffix.length + 3 && word.endsWith(suffix)) ? 'employee' : null;
});

/**
 * The party who writes, from a header label ("Van: Anouk de Wit, teammanager Wmo en Jeugd", up to the
 * next label such as "Aan:") in the first blocks, or else from a short signature line at the end
 * ("Namens de directie", "Piet Jansen, afdelingsmanager"); null when neither names one, or the
 * signature lines name more than one party (a cao signed by both sides).
 */
export function readWriter(texts: readonly string[], language: Language): Party | null {
  const lex = lexiconTools(language);
  // A header names its writer by person only ("Van: Joost Verhagen"): writing to a team or the staff
  // ("Aan: team Platform", "Aan: alle medewerkers"), that person writes as their manager.
  let named = false;
  let toStaff = false;
  for (const text of texts.slice(0, 8)) {
    const tokens = tokenize(text);
    const label = (i: number, labels: ReadonlySet<string>) => labels.has(tokens[i].lower) && tokens[i + 1]?.text === ':' && /^\p{Lu}/u.test(tokens[i].text);
    const stretch = (i: number) => {
      let end = i + 2;
      while (end < tokens.length && tokens[end + 1]?.text !== ':') end++;
      return tokens.slice(i + 2, end);
    };
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (label(i, lex.work.recipientLabels)) {
        const to = partyIn(lex, stretch(i));
        toStaff ||= to === 'team' || to === 'employee';
        continue;
      }
      if (!label(i, lex.work.writerLabels)) continue;
      const words = stretch(i);
      const party = partyIn(lex, words);
      if (party) return party;
      named ||= words.some((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
    }
  }
  const byNameToStaff: Party | null = named && toStaff ? 'manager' : null;
  // The signature: from the last closing ("Met vriendelijke groet,", "Namens de directie") among the
  // last blocks to the end, short lines only. A FAQ's last answer ("Vraag het je leidinggevende") signs nothing.
  const tail = texts.slice(-4).map((text) => tokenize(text));
  const opens = tail.map((tokens) => tokens.some((t) => lex.work.closings.has(t.lower))).lastIndexOf(true);
  if (opens < 0) return byNameToStaff;
  const found = new Set<Party>();
  for (const tokens of tail.slice(opens)) {
    const words = tokens.filter((t) => t.kind === 'word').length;
    if (words === 0 || (words > 12 && !lex.work.signatureOpeners.test(tokens.slice(0, 3)))) continue;
    const party = partyIn(lex, tokens);
    if (party) found.add(party);
  }
  return found.size === 1 ? [...found][0] : found.size === 0 ? byNameToStaff : null;
}

/** The first party a stretch of words names by a listed name or a person noun; pronouns name nobody here. */
function partyIn(lex: LexiconTools, tokens: Token[]): Party | null {
  const named = lex.work.parties
    .matchAll(tokens)
    .filter(
      (m) =>
        !(
          m.first === m.last &&
          (lex.work.practicePronouns.has(tokens[m.first].lower) ||
            lex.work.firstPersonPlural.has(tokens[m.first].lower) ||
            /^(je|jij|jou|u|jezelf)$/.test(tokens[m.first].lower))
        ),
    );
  const nouns = tokens.map((t, i) => ({ i, party: t.kind === 'word' ? personParty(lex.lexicon.work, t.lower) : null })).filter((x) => x.party !== null);
  const first = [...named.map((m) => ({ i: m.first, party: m.value as Party | null })), ...nouns].sort((a, b) => a.i - b.i)[0];
  return first?.party ?? null;
}
