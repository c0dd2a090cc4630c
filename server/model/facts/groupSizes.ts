import type { Fact } from '../types';
import { readGroupNumber } from './number-words';
import { boundOf } from './quantities';
import type { SentenceScope } from './scope';

/** A year ("de werkgroep van 2022", "sinds 2015") is no count of people. */
export function isYear(value: number, token: { kind: string; text: string }): boolean {
  return token.kind === 'number' && /^(19|20)\d\d$/.test(token.text) && value >= 1900 && value <= 2099;
}

/**
 * Numbers of people: "ten hoogste 12 deelnemers", "alle 25 medewerkers", "ongeveer vijfentwintig
 * monteurs" (a number word), "een ploeg van 30" (after a unit or group and "van"), "een team telt 12",
 * "op elke vestiging werken er zestien" (after a verb that states a size, at the end of the clause).
 * Each size knows the unit its clause names, so a meeting "voor de hele ploeg" can find it.
 */
/** "alle 25 monteurs", "all 40 staff". */
const ALL = new Set(['alle', 'all']);
/** "voor alle 25 monteurs", "met alle 40 collega's". */
const FOR_WITH = new Set(['voor', 'met', 'aan', 'for', 'with']);
/** "alle circa 35 loodsen", "all about 40 staff". */
const APPROXIMATELY = new Set(['circa', 'ca', 'ongeveer', "zo'n", 'ruim', 'bijna', 'about', 'around', 'some', 'nearly']);

export function readGroupSizes(scope: SentenceScope): Fact[] {
  const { tokens, sentence, language, clauses } = scope;
  const work = scope.lex.work;
  const out: Fact[] = [];
  const units = tokens.map((t) => unitName(scope, t.lower));
  const unitBefore = (at: number): string | null => {
    for (let j = at - 1; j >= 0 && clauses[j] === clauses[at]; j--) if (units[j]) return units[j];
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const n = readGroupNumber(tokens, i, language);
    if (!n || n.value < 2 || !Number.isInteger(n.value) || isYear(n.value, tokens[n.first])) continue;
    const next = tokens[n.last + 1];
    // A number of years, hours or euros is a measure, whatever stands before it: "een ploeg van dertig jaar geleden".
    if (next !== undefined && work.measureWords.has(next.lower)) continue;
    const people = next !== undefined && isPeople(scope, next.lower);
    const prev = tokens[n.first - 1]?.lower ?? '';
    const prev2 = tokens[n.first - 2];
    // "een ploeg van 30", "een werkgroep van acht"
    const afterUnitVan = work.agentMarkers.has(prev) && prev2 !== undefined && (units[n.first - 2] !== null || work.designs.test([prev2]));
    // "het team telt 12", "werken er zestien", "bestaat uit ongeveer 25": only where the clause ends with the number.
    const clauseEnds = next === undefined || next.kind === 'punct';
    const verbBefore = tokens.slice(Math.max(0, n.first - 3), n.first).some((t) => work.sizeVerbs.has(t.lower));
    // "voor alle (circa) 35 loodsen van de regio": everyone, counted, of whatever trade, for or with whom the
    // meeting is ("bespreken we alle 30 punten" counts things).
    const allAt = ALL.has(prev) ? n.first - 1 : APPROXIMATELY.has(prev) && ALL.has(prev2?.lower ?? '') ? n.first - 2 : -1;
    const allOf = next !== undefined && next.kind === 'word' && allAt > 0 && FOR_WITH.has(tokens[allAt - 1].lower);
    if (!people && !afterUnitVan && !allOf && !(verbBefore && clauseEnds)) continue;
    // People something is sent to are its addressees, not a group that meets: "het verslag van het
    // werkoverleg gaat naar alle 60 medewerkers".
    if (addressed(scope, n.first)) continue;
    // A range "6 tot 12 personen": the upper end is read at its own number.
    const before = tokens.slice(Math.max(0, n.first - 3), n.first);
    // "niet meer dan" is an upper bound although it contains "meer dan".
    const bound = boundOf(scope, before);
    const last = people || allOf ? n.last + 1 : n.last;
    const unit = afterUnitVan ? units[n.first - 2] : unitBefore(n.first);
    out.push({ kind: 'group-size', value: n.value, bound, unit, range: scope.rangeOf(n.first, last), sentence: sentence.index, negated: false });
    i = last;
  }
  // "voor de hele ploeg", "alle monteurs van de vestiging", "met het voltallige team"
  for (let i = 0; i < tokens.length; i++) {
    if (!work.wholeUnit.has(tokens[i].lower)) continue;
    for (let j = i + 1; j <= i + 5 && j < tokens.length && clauses[j] === clauses[i]; j++) {
      if (readGroupNumber(tokens, j, language)) break;
      if (!units[j]) continue;
      out.push({ kind: 'whole-unit', unit: units[j]!, range: scope.rangeOf(i, j), sentence: sentence.index, negated: false });
      i = j;
      break;
    }
  }
  return out;
}

/** The count at `first` follows "naar", "naar alle", "naar de" or "naar ongeveer": addressees. */
function addressed(scope: SentenceScope, first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
    const word = scope.tokens[j].lower;
    if (scope.lex.work.addresseeMarkers.has(word)) return true;
    if (!ALL.has(word) && !APPROXIMATELY.has(word) && word !== 'de' && word !== 'the') return false;
  }
  return false;
}

/** The unit a word names, singular or plural ("ploegen" -> "ploeg"), or null. */
function unitName(scope: SentenceScope, word: string): string | null {
  for (const unit of scope.lex.lexicon.work.units) {
    if (word === unit) return unit;
    if (word.startsWith(unit) && word.length - unit.length <= 3 && /^(en|s|n|len|pen|nen)$/.test(word.slice(unit.length))) return unit;
  }
  return null;
}

function isPeople(scope: SentenceScope, word: string): boolean {
  const work = scope.lex.lexicon.work;
  if (work.groupPeople.includes(word)) return true;
  if (work.notPeople.some((w) => word.endsWith(w))) return false;
  return work.peopleSuffixes.some((suffix) => word.length > suffix.length + 2 && word.endsWith(suffix));
}
