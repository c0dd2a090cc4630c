import type { Language } from './types';
import type { Lexicon } from './lexicon/types';
import { nl } from './lexicon/nl';
import { en } from './lexicon/en';
import type { InstrumentFact, InstrumentType, PolicyDocument } from './types';
import { continuation, factsInSentence, unitOf } from './query';

/**
 * The names of a draft's instruments: which mentions name the same instrument ("ontwikkelbudget"
 * and "persoonlijk ontwikkelbudget (POB)"), which are back-references ("het budget", "de pot") and
 * which instrument each points back to. provisions.ts builds provisions from these groups.
 */

/** Back-reference and link words are language knowledge: they come from the draft's lexicon. */
const LEXICONS: Record<Language, Lexicon> = { nl, en };

/** A mention that is a back-reference rather than a name: every word of it is a generic budget word. */
export function isGenericMention(f: InstrumentFact, language: Language): boolean {
  if (f.generic) return true;
  const generic = LEXICONS[language].backReferenceWords;
  const words = f.surface
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => generic.includes(w));
}

/** Instruments in money, which a generic money word ("het budget", "het tegoed") can point back to. */
const MONEY_KINDS: ReadonlySet<InstrumentType> = new Set(['individual-budget', 'learning-account', 'voucher', 'collective-fund', 'choice-budget']);

/** A name reduced to what identifies it: "Persoonlijk Ontwikkelbudget" and "ontwikkel-budget" are one name. */
export function nameKey(surface: string, language: Language): string {
  const words = surface.toLowerCase().split(/\s+/);
  // The marker of one person's budget ("persoonlijk", "eigen": the lexicon's personalMarkers) is no part of the name.
  if (words.length > 1 && LEXICONS[language].personalMarkers.includes(words[0])) words.shift();
  return words.join('').replace(/-/g, '');
}

export interface MentionGroup {
  instrument: InstrumentType;
  facts: InstrumentFact[];
}

/** Named mentions grouped per kind and name (see allProvisions). */
export function groupByName(doc: PolicyDocument, named: InstrumentFact[], kindOf: (f: InstrumentFact) => InstrumentType): MentionGroup[] {
  const byKind = new Map<InstrumentType, Map<string, InstrumentFact[]>>();
  for (const fact of named) {
    const kind = kindOf(fact);
    const names = byKind.get(kind) ?? new Map<string, InstrumentFact[]>();
    const key = nameKey(fact.surface, doc.language);
    names.set(key, [...(names.get(key) ?? []), fact]);
    byKind.set(kind, names);
  }
  const groups: MentionGroup[] = [];
  for (const [instrument, names] of byKind) {
    // Names that contain one another, or stand side by side in one sentence as "X (Y)", are one instrument.
    const keys = [...names.keys()];
    const parent = new Map(keys.map((k) => [k, k]));
    const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
    const union = (a: string, b: string) => parent.set(find(a), find(b));
    for (const a of keys) for (const b of keys) if (a !== b && (a.includes(b) || b.includes(a))) union(a, b);
    // "G&D fund" is the "growth and development fund": an abbreviation of the words before a shared head.
    const surfaces = new Map(keys.map((k) => [k, names.get(k)![0].surface.toLowerCase()]));
    for (const a of keys) for (const b of keys) if (a !== b && abbreviates(surfaces.get(a)!, surfaces.get(b)!, doc.language)) union(a, b);
    for (const a of keys) {
      for (const f of names.get(a)!) {
        for (const b of keys) {
          if (a === b) continue;
          for (const g of names.get(b)!) if (g.sentence === f.sentence && inApposition(doc, f, g)) union(a, b);
        }
      }
    }
    const merged = new Map<string, InstrumentFact[]>();
    for (const k of keys) merged.set(find(k), [...(merged.get(find(k)) ?? []), ...names.get(k)!]);
    // A budget named with the part of the organisation that holds it ("het opleidingsbudget van de
    // afdeling Uitvoering") is its own, whatever else of its kind the draft names.
    const unitHeld = [...merged.values()].filter((g) => g.some((f) => f.unitHeld));
    groups.push(...unitHeld.map((facts) => ({ instrument, facts })));
    const all = [...merged.values()].filter((g) => !unitHeld.includes(g));
    if (all.length === 0) continue;
    // Two instruments of one kind are two provisions when each is granted with a figure of its own
    // (an amount, a share, a number of days); a second name without one is another name for the
    // instrument named nearest before it ("the learning allowance ends when you leave").
    const figured = all.filter((g) => g.some((f) => f.granted && (figureIn(doc, f.sentence) || grantsMoneyAfter(doc, f.sentence))));
    if (figured.length <= 1) {
      groups.push({ instrument, facts: all.flat() });
      continue;
    }
    const own = figured.map((facts) => ({ instrument, facts: [...facts] }));
    for (const facts of all.filter((g) => !figured.includes(g))) {
      for (const f of facts) nearestBefore(own, f).facts.push(f);
    }
    groups.push(...own);
  }
  return accountsOfTitledBudgets(doc, groups);
}

/**
 * "Artikel 23 Persoonlijk opleidingsbudget. 1. De werkgever stort jaarlijks € 750 op de persoonlijke
 * leerrekening. 2. Het POB kan worden gebruikt voor ...": an account the budget of the article's
 * heading is paid into is where that budget is kept, not a second instrument: the two are one
 * provision, an account, when the account is named only in articles headed by the budget and the
 * budget carries no figure of its own there.
 */
function accountsOfTitledBudgets(doc: PolicyDocument, groups: MentionGroup[]): MentionGroup[] {
  const unitOfFact = (f: InstrumentFact) => unitOf(doc, doc.sentences[f.sentence]);
  const out = [...groups];
  for (const account of groups.filter((g) => g.instrument === 'learning-account')) {
    if (account.facts.some((f) => doc.sentences[f.sentence].heading)) continue;
    const units = new Set(account.facts.map(unitOfFact));
    if (units.has(null)) continue;
    const budget = groups.find(
      (g) =>
        g.instrument === 'individual-budget' &&
        [...units].every((u) => g.facts.some((f) => doc.sentences[f.sentence].heading && unitOfFact(f) === u)) &&
        !g.facts.some((f) => units.has(unitOfFact(f)) && !doc.sentences[f.sentence].heading && figureIn(doc, f.sentence)),
    );
    if (!budget || !out.includes(budget)) continue;
    // One instrument, kept as the account: the more specific kind (its terms of portability apply).
    account.facts.push(...budget.facts);
    out.splice(out.indexOf(budget), 1);
  }
  return out;
}

/** The sentence states an amount, a share or a number of days or hours. */
function figureIn(doc: PolicyDocument, s: number): boolean {
  return (
    factsInSentence(doc, s, 'money').length +
      factsInSentence(doc, s, 'percent').length +
      factsInSentence(doc, s, 'time-amount').filter((a) => a.value !== null).length >
    0
  );
}

/** "g&d fund" abbreviates "growth and development fund": the letters of its first word are the initials of the other's words before the same last word. */
function abbreviates(short: string, long: string, language: Language): boolean {
  const links = LEXICONS[language].nameLinkWords;
  const s = short.split(/\s+/);
  const l = long.split(/\s+/);
  if (s.length < 2 || l.length <= s.length || s[s.length - 1] !== l[l.length - 1]) return false;
  const letters = s[0].replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.length > 5) return false;
  const initials = l
    .slice(0, l.length - 1)
    .filter((w) => !links.includes(w))
    .map((w) => w[0])
    .join('');
  return initials === letters;
}

/** "persoonlijk ontwikkelingsbudget (POB)": two names with only an opening bracket between them. */
function inApposition(doc: PolicyDocument, a: InstrumentFact, b: InstrumentFact): boolean {
  const [first, second] = a.range.start < b.range.start ? [a, b] : [b, a];
  return /^\s*[(,:]?\s*(hierna|ofwel|oftewel|ook wel)?[:\s]*$/i.test(doc.text.slice(first.range.end, second.range.start));
}

/** The group with a mention nearest before `f` (or, when none is before it, nearest after it). */
function nearestBefore(groups: MentionGroup[], f: InstrumentFact): MentionGroup {
  let best = groups[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const group of groups) {
    for (const m of group.facts) {
      const before = m.range.start <= f.range.start;
      const distance = before ? f.range.start - m.range.start : 1e9 + m.range.start - f.range.start;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = group;
      }
    }
  }
  return best;
}

/**
 * Back-references join an instrument: the one named nearest before them in their own unit, else
 * nearest before them in the draft, else the first named after them. Without any named instrument
 * of a matching kind they form an instrument of their own, as before.
 */
export function resolveBackReferences(
  groups: MentionGroup[],
  generic: InstrumentFact[],
  kindOf: (f: InstrumentFact) => InstrumentType,
  unitIndex: (f: InstrumentFact) => number,
  language: Language,
): void {
  const leftovers = new Map<InstrumentType, InstrumentFact[]>();
  for (const f of generic) {
    const kind = kindOf(f);
    // In its own unit "het budget" is whatever money instrument the unit names; elsewhere only an
    // instrument of the same kind ("je budget" does not point back to a sector fund in the title).
    const compatible = groups.filter((g) => g.instrument === kind || (MONEY_KINDS.has(kind) && MONEY_KINDS.has(g.instrument)));
    const sameUnit = compatible.filter((g) => g.facts.some((m) => unitIndex(m) === unitIndex(f)));
    const candidates = sameUnit.length > 0 ? sameUnit : groups.filter((g) => g.instrument === kind);
    if (candidates.length === 0) {
      // A balance word beside another instrument in its sentence is that one's balance: "Je saldo aan
      // ontwikkeluren zie je in de urenapp onder 'Mijn tegoeden'" speaks of the hours, not of a budget.
      const balance = LEXICONS[language].balanceWords.includes(f.surface.toLowerCase());
      const beside = balance ? groups.find((g) => g.facts.some((m) => m.sentence === f.sentence)) : undefined;
      if (beside) beside.facts.push(f);
      else leftovers.set(kind, [...(leftovers.get(kind) ?? []), f]);
      continue;
    }
    nearestBefore(candidates, f).facts.push(f);
  }
  for (const [instrument, facts] of leftovers) groups.push({ instrument, facts });
}

/** Money granted in the sentence or the ones right after it, before another instrument is named. */
export function grantsMoneyAfter(doc: PolicyDocument, s: number): boolean {
  return [s, ...continuation(doc, s, new Set())].some((next) => factsInSentence(doc, next, 'money').some((m) => !m.negated));
}
