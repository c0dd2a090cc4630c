import type { Token } from '../tokens';

const BREAKS = new Set([',', ';', ':', '(', ')', '–', '—']);
// "echter" and "however" are not here: they float inside a clause ("gespaard budget vervalt echter
// twaalf maanden na toekenning"); where they open one, a comma before them already breaks it.
const BREAK_WORDS = new Set(['maar', 'tenzij', 'but', 'unless', 'behalve', 'except']);

const COORDINATORS = new Set(['en', 'of', 'and', 'or']);
const DISJUNCTIONS = new Set(['of', 'or']);

/**
 * Prepositions that may follow a verb shared by both sides of "of": "kan niet worden gespaard of
 * meegenomen naar een volgend jaar" is one denial of both verbs.
 */
const PREPOSITIONS = new Set([
  'naar',
  'in',
  'op',
  'tot',
  'van',
  'voor',
  'bij',
  'aan',
  'met',
  'over',
  'uit',
  'door',
  'to',
  'into',
  'for',
  'on',
  'at',
  'from',
  'with',
  'by',
]);

/**
 * The verb at `at` has a complement of its own (an object, a predicate) right after it: "hebben lang
 * niet op school gezeten of vinden lezen lastig", "heeft geen diploma of spreekt de taal slecht". It
 * heads a new clause whose subject was left out, and the negation before "of" is not its own.
 */
function ownComplement(tokens: readonly Token[], at: number, isVerb: (token: Token) => boolean, isAuxiliary: (token: Token) => boolean): boolean {
  const verb = tokens[at];
  const after = tokens[at + 1];
  if (!verb || !isVerb(verb) || !after || after.kind !== 'word') return false;
  // A verb cluster goes on ("gespaard of uitbetaald worden"), a list of verbs too ("sparen of meenemen of ...").
  return !isAuxiliary(after) && !PREPOSITIONS.has(after.lower) && !COORDINATORS.has(after.lower);
}

/** A negator among the tokens read so far in the current clause. */
function negatedSoFar(tokens: readonly Token[], ids: readonly number[], clause: number, isNegator: (token: Token) => boolean): boolean {
  for (let j = ids.length - 1; j >= 0 && ids[j] === clause; j--) if (isNegator(tokens[j])) return true;
  return false;
}
const DETERMINERS = new Set([
  'de',
  'het',
  'een',
  'je',
  'jouw',
  'uw',
  'haar',
  'hun',
  'dit',
  'deze',
  'elk',
  'ieder',
  'iedere',
  'elke',
  'alle',
  'the',
  'a',
  'an',
  'your',
  'its',
  'their',
  'this',
  'any',
  'each',
]);
/**
 * Words that open a subordinate clause of condition, time or reason: its negation is the condition's
 * ("vervalt als het niet binnen twaalf maanden is gebruikt"), not the main clause's.
 */
const SUBORDINATORS = new Set([
  'wanneer',
  'indien',
  'zodra',
  'nadat',
  'voordat',
  'mits',
  'omdat',
  'doordat',
  'zodat',
  'terwijl',
  'if',
  'when',
  'once',
  'because',
  'provided',
]);
/** Subjects that open an "als" clause ("als het ...", "als je ..."); "telt als werktijd" is "as", no clause. */
const CLAUSE_SUBJECTS = new Set([...DETERMINERS, 'er', 'jij', 'hij', 'zij', 'ze', 'we', 'wij', 'men', 'dat', 'die', 'u']);
/** How far an "als" clause's verb may stand from "als". */
const CONDITION_SPAN = 8;

/** "als" opens a condition when a subject follows it and a verb comes before the clause ends. */
function opensCondition(tokens: Token[], at: number, isVerb: (token: Token) => boolean): boolean {
  if (tokens[at].lower !== 'als' || !CLAUSE_SUBJECTS.has(tokens[at + 1]?.lower ?? '')) return false;
  for (let j = at + 2; j < tokens.length && j <= at + CONDITION_SPAN && !BREAKS.has(tokens[j].text); j++) if (isVerb(tokens[j])) return true;
  return false;
}
/** Words that open a noun phrase: after "en" a subject of its own ("en het budget blijft staan"). */
/** Tokens a noun phrase after "en" may run to before its finite verb. */
const SUBJECT_SPAN = 4;

/**
 * Clause number of every token: a new clause starts after , ; : ( ), at "maar", "tenzij", "but",
 * at a subordinating conjunction inside the sentence ("als", "wanneer", "nadat"),
 * and at "en" / "of" followed by a verb (`isVerb`), so a negation in one conjunct does not reach the
 * next ("kan niet worden gespaard en vervalt", "wordt niet uitbetaald en blijft staan").
 */
export function clauseIds(
  tokens: Token[],
  isVerb: (token: Token) => boolean = () => false,
  isFinite: (token: Token) => boolean = () => false,
  isNegator: (token: Token) => boolean = () => false,
): number[] {
  const ids: number[] = [];
  let clause = 0;
  let relative = false;
  // A parenthesis is a clause of its own, and the clause around it goes on after it: "ontvangt ieder
  // jaar van het fonds (O&O-fonds) een voucher van € 250" is one clause with an aside.
  const outer: number[] = [];
  let next = 0;
  tokens.forEach((token, i) => {
    if (token.text === '(') {
      outer.push(clause);
      clause = ++next;
    } else if (token.text === ')' && outer.length > 0) {
      ids.push(clause);
      clause = outer.pop() ?? clause;
      return;
    } else if (BREAKS.has(token.text) || BREAK_WORDS.has(token.lower) || (i > 0 && (SUBORDINATORS.has(token.lower) || opensCondition(tokens, i, isVerb))))
      clause = ++next;
    // ... except "or" after a negation, which denies both: "kan niet worden gespaard of doorgeschoven" is neither.
    else if (
      COORDINATORS.has(token.lower) &&
      tokens[i + 1] &&
      (isVerb(tokens[i + 1]) || opensMainClause(tokens, i + 1, isVerb)) &&
      !(DISJUNCTIONS.has(token.lower) && negatedSoFar(tokens, ids, clause, isNegator) && !ownComplement(tokens, i + 1, isVerb, isFinite))
    )
      clause = ++next;
    // A relative clause ends at its verb, and the main clause goes on with its own finite verb:
    // "Wat je niet gebruikt vervalt", "Dagen die je niet opneemt vervallen" (no comma between).
    // Auxiliaries in a row are one verb cluster, not a clause end: "dat ieder bedrag ... moet zijn gedeclareerd".
    else if (relative && i > 0 && isVerb(tokens[i - 1]) && !isFinite(tokens[i - 1]) && isFinite(token)) clause = ++next;
    // ... and before the main clause's infinitive: "het deel dat niet is besteed op te sparen" (the
    // "niet" is the relative clause's, not the saving's).
    else if (relative && i > 0 && isVerb(tokens[i - 1]) && !isVerb(token) && (token.lower === 'te' || tokens[i + 1]?.lower === 'te')) clause = ++next;
    if (ids.length === 0 || clause !== ids[ids.length - 1]) relative = false;
    if (RELATIVES.has(token.lower)) relative = true;
    ids.push(clause);
  });
  return ids;
}

/** Words that open a relative clause ("wat je niet besteedt", "dagen die je niet opneemt"). */
const RELATIVES = new Set(['wat', 'die', 'dat', 'hetgeen', 'welke', 'wie', 'waarvan']);

/**
 * "en het budget blijft staan": a determiner, a short noun phrase and a finite verb. The verb must
 * be finite (not in -en), so "niet de dagen en het budget meenemen" stays one clause and keeps its "niet".
 */
function opensMainClause(tokens: Token[], at: number, isVerb: (token: Token) => boolean): boolean {
  if (!DETERMINERS.has(tokens[at].lower)) return false;
  for (let j = at + 1; j < tokens.length && j <= at + SUBJECT_SPAN; j++) {
    const t = tokens[j];
    if (BREAKS.has(t.text) || COORDINATORS.has(t.lower)) return false;
    if (isVerb(t)) return !t.lower.endsWith('en');
  }
  return false;
}

/** How a language marks the clause a denied possibility governs ("om ... te hevelen", "to carry over"). */
export interface ComplementWords {
  /** Words that open the governed clause: "om", "dat"; "that". */
  openers: ReadonlySet<string>;
  /** Of those, the ones after which a finite clause runs to the end of the sentence ("dat", "that"). */
  finiteOpeners: ReadonlySet<string>;
  /** The infinitive marker: "te", "to". */
  infinitive: string;
  /** Whether the infinitive comes last in its clause (Dutch: "mee te nemen naar") or first (English: "to carry over"). */
  verbFinal: boolean;
}

const HARD_BREAKS = new Set([';', ':', '.', '?', '!']);
/** How far a governed infinitive may run before it is no longer the one the frame governs. */
const COMPLEMENT_SPAN = 30;

/**
 * The token spans a denied possibility negates: "Het is niet mogelijk om dagen die in een jaar niet
 * zijn opgenomen naar een volgend jaar over te hevelen" negates everything from "om" to "te hevelen",
 * past the relative clause and its own "niet", which the clause window cannot reach. The frame must
 * open its clause right away ("om", "dat", or the infinitive's object); "Als dat niet mogelijk is,
 * vervallen de dagen" governs nothing after its verb. A Dutch infinitive clause runs to "te" and its
 * verb (commas of a relative clause inside it are passed) and on to the end of that verb's clause
 * ("mee te nemen naar het volgende jaar"); a "dat" clause runs on to the next ; or : or the
 * sentence's end (its relative clauses set off by commas included), an English "to" clause to the
 * next comma.
 */
export function deniedSpans(
  tokens: Token[],
  clauses: readonly number[],
  frames: ReadonlyArray<{ last: number }>,
  words: ComplementWords,
  isVerb: (token: Token) => boolean,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const frame of frames) {
    const start = frame.last + 1;
    const opener = tokens[start];
    if (!opener || opener.kind === 'punct' || (isVerb(opener) && !words.openers.has(opener.lower))) continue;
    if (words.finiteOpeners.has(opener.lower) || !words.verbFinal) {
      let end = start;
      while (end + 1 < tokens.length && !HARD_BREAKS.has(tokens[end + 1].text) && !(tokens[end + 1].text === ',' && !words.verbFinal)) end++;
      spans.push([start, end]);
      continue;
    }
    for (let j = start; j < tokens.length - 1 && j <= start + COMPLEMENT_SPAN && !HARD_BREAKS.has(tokens[j].text); j++) {
      if (tokens[j].lower === words.infinitive && tokens[j + 1].kind === 'word') {
        // What follows the verb in its clause is still the infinitive's ("mee te nemen naar het volgende jaar").
        let end = j + 1;
        while (end + 1 < tokens.length && clauses[end + 1] === clauses[j + 1] && tokens[end + 1].kind !== 'punct') end++;
        spans.push([start, end]);
        break;
      }
    }
  }
  return spans;
}

/**
 * Whether tokens [first, last] are negated: a negator in the same clause before them (up to
 * `window` tokens away), inside the clause a denied possibility governs (`denied`), or, for statements, right after them ("sparen is niet toegestaan"; a noun
 * followed by "niet" is not itself negated: "het budget kan niet worden gespaard"). A negator inside the
 * match itself belongs to the phrase ("kan niet worden meegenomen" is a lapse, not a negated one).
 */
export function isNegated(
  tokens: Token[],
  clauses: number[],
  negators: ReadonlySet<string>,
  first: number,
  last: number,
  lookAhead = true,
  window = 8,
  denied: ReadonlyArray<[number, number]> = [],
): boolean {
  if (denied.some(([start, end]) => first >= start && last <= end)) return true;
  const clause = clauses[first];
  for (let i = first - 1; i >= Math.max(0, first - window) && clauses[i] === clause; i--) {
    if (negators.has(tokens[i].lower) && !modifiesNoun(tokens, i)) return true;
  }
  if (!lookAhead) return false;
  // A negator past "en" or "of" belongs to the next conjunct: "die minder vooropleiding hebben en niet
  // altijd weten wat er kan" says nothing against the first.
  for (let i = last + 1; i <= Math.min(tokens.length - 1, last + 3) && clauses[i] === clauses[last] && !COORDINATORS.has(tokens[i].lower); i++) {
    if (negators.has(tokens[i].lower)) return true;
  }
  return false;
}

/** Words of degree between "niet" and a participle before a noun: "niet volledig gebruikte", "niet tijdig opgenomen". */
const DEGREE_WORDS = new Set(['volledig', 'helemaal', 'geheel', 'tijdig', 'meer', 'fully', 'entirely']);

/** "niet gebruikte uren", "niet opgenomen dagen": "niet" qualifies a participle before a noun, not the clause. */
const PARTICIPLE_ADJECTIVE = /^(ge\p{L}+(d|t)e|be\p{L}+(d|t)e|ver\p{L}+(d|t)e|opgenomen|benutte|uitgegeven|ingezette|genoten)$/u;
/** An uninflected participle ("gebruikt", "besteed", "opgenomen"): an adjective only inside a noun phrase. */
const PARTICIPLE = /^(\p{L}{0,8}ge\p{L}+[dt]|be\p{L}+[dt]|ver\p{L}+[dt]|ont\p{L}+[dt]|benut|opgenomen|uitgegeven|genoten)$/u;

/**
 * Whether "niet" at `negator` qualifies the participle after it rather than the clause: always for
 * an inflected one ("niet bestede bedragen"); for an uninflected one only inside a noun phrase,
 * after a determiner or at the start of a clause ("een niet gebruikt budget", "Niet besteed
 * tegoed vervalt"), not in "het budget is niet besteed".
 */
export function modifiesNoun(tokens: Token[], negator: number): boolean {
  if (tokens[negator].lower !== 'niet') return false;
  // "een niet volledig gebruikte voucher": a degree word may stand between "niet" and the participle.
  const skip = DEGREE_WORDS.has(tokens[negator + 1]?.lower ?? '') ? 1 : 0;
  const next = tokens[negator + 1 + skip]?.lower ?? '';
  if (PARTICIPLE_ADJECTIVE.test(next)) return true;
  if (!PARTICIPLE.test(next)) return false;
  const before = tokens[negator - 1];
  return before === undefined || BREAKS.has(before.text) || DETERMINERS.has(before.lower);
}
