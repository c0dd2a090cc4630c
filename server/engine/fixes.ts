import type { FactKind, PolicyDocument, TextRange } from '../model/types';
import type { Localized, TextEdit } from './types';

/** An inserted clause is written in the draft's own language, whatever the user's message locale. */
export function inDocumentLanguage(doc: PolicyDocument, clause: Localized): string {
  return doc.language === 'en' ? clause.en : clause.nl;
}

/**
 * Inserts a sentence right after sentence `index`: on the same line after a body sentence, as a
 * paragraph of its own after a heading. Uses the document's line ending.
 */
export function insertAfterSentence(doc: PolicyDocument, index: number, sentence: string): TextEdit {
  const target = doc.sentences[index];
  const at = target.range.end;
  // A sentence the draft left without a full stop (a list item, a converted line) gets one, or the
  // added sentence would run on from it and be read as part of it.
  const open = /[\p{L}\p{N})\]"'”’]$/u.test(doc.text.slice(Math.max(0, at - 1), at));
  if (!target.heading) return { range: { start: at, end: at }, newText: `${open ? '.' : ''} ${sentence}` };
  const eol = doc.lines.eol;
  // The end of the heading's line, wherever a line ends in the LSP's terms (`\n`, `\r\n`, a lone `\r`):
  // looking for `\n` alone put the clause at the end of a CR-only draft, or of the next LF line.
  let end = at;
  while (end < doc.text.length && doc.text[end] !== '\n' && doc.text[end] !== '\r') end++;
  return { range: { start: end, end }, newText: `${eol}${eol}${sentence}` };
}

/** Replaces a sentence (without its trailing white space) by another. */
export function replaceSentence(doc: PolicyDocument, index: number, sentence: string): TextEdit {
  return { range: { ...doc.sentences[index].range }, newText: sentence };
}

/**
 * Inserts a new paragraph after the unit (article) that holds sentence `index`, before the next
 * heading, so an added clause lands inside the article it belongs to.
 */
export function insertAtEndOfUnit(doc: PolicyDocument, unitEnd: number, paragraph: string): TextEdit {
  const eol = doc.lines.eol;
  let end = unitEnd;
  while (end > 0 && /\s/.test(doc.text[end - 1])) end--;
  return { range: { start: end, end }, newText: `${eol}${eol}${paragraph}` };
}

/** How the draft speaks to the employee: "je kunt", "you can" (personal) or "de werknemer kan" (formal). */
export type Register = 'personal' | 'formal';

const PERSONAL_WORDS = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf', 'you', 'your', 'yours', 'yourself']);
const FORMAL_WORDS = new Set(['werknemer', 'werknemers', 'medewerker', 'medewerkers', 'ambtenaar', 'ambtenaren', 'employee', 'employees', 'betrokkene']);
const registerCache = new WeakMap<PolicyDocument, Register>();

/**
 * The register of the draft, from its body sentences: personal when it addresses the reader
 * ("je", "jouw", "you") at least as often as it names the employee in the third person, and at
 * least a few times; formal otherwise.
 */
export function documentRegister(doc: PolicyDocument): Register {
  const cached = registerCache.get(doc);
  if (cached) return cached;
  let personal = 0;
  let formal = 0;
  for (const sentence of doc.sentences) {
    if (sentence.heading) continue;
    for (const word of sentence.text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (PERSONAL_WORDS.has(word)) personal++;
      else if (FORMAL_WORDS.has(word)) formal++;
    }
  }
  const register: Register = personal >= 3 && personal >= formal ? 'personal' : 'formal';
  registerCache.set(doc, register);
  return register;
}

/** A clause in the draft's language and register (`personal` falls back to the formal wording where none is given). */
export interface RegisteredClause extends Localized {
  personal?: Localized;
}

/** The clause in the draft's own language and register. */
export function inDocumentVoice(doc: PolicyDocument, clause: RegisteredClause): string {
  const chosen = documentRegister(doc) === 'personal' && clause.personal ? clause.personal : clause;
  return inDocumentLanguage(doc, chosen);
}

const TERMINATORS = '.!?';

/**
 * The clause of sentence `index` that holds `at`: bounded by the sentence, a full stop (or ! ?)
 * that ends a statement, a semicolon or a line break. "Het aantal kan niet meer zijn dan 5 dagen.
 * Meerdere niet genoten dagen vervallen." (read as one sentence around a footnote mark) yields the
 * second statement only. The range includes the closing full stop, not a semicolon.
 */
export function clauseAround(doc: PolicyDocument, index: number, at: TextRange): TextRange {
  const { start: from, end: to } = doc.sentences[index].range;
  const text = doc.text;
  const endsStatement = (i: number) => TERMINATORS.includes(text[i]) && (i + 1 >= to || !/[\p{L}\p{N}]/u.test(text[i + 1]));
  let start = Math.max(from, Math.min(at.start, to));
  while (start > from) {
    const c = text[start - 1];
    if (c === '\n' || c === ';' || (endsStatement(start - 1) && /\s/.test(text[start] ?? ''))) break;
    start--;
  }
  // White space and emphasis marks that open the clause stay ("**Het budget vervalt.**" keeps its "**").
  while (start < to && /[\s*_]/.test(text[start])) start++;
  let end = Math.max(start, Math.min(at.end, to));
  while (end < to) {
    const c = text[end];
    if (c === '\n' || c === '\r' || c === ';') break;
    if (endsStatement(end)) {
      end++;
      break;
    }
    end++;
  }
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Replaces the clause of sentence `index` that holds `at` by `clause` (a full sentence with its
 * full stop), fitted to its place: lower case after a semicolon, no full stop where the draft's
 * clause had none.
 */
export function replaceClause(doc: PolicyDocument, index: number, at: TextRange, clause: string): TextEdit {
  const range = clauseAround(doc, index, at);
  const old = doc.text.slice(range.start, range.end);
  let newText = clause;
  if (!TERMINATORS.includes(old.trimEnd().slice(-1)) && /[.!?]$/.test(newText)) newText = newText.slice(0, -1);
  const first = old.trimStart()[0] ?? '';
  if (first && first === first.toLowerCase() && first !== first.toUpperCase() && !/^\p{Lu}{2}/u.test(newText)) {
    newText = newText[0].toLowerCase() + newText.slice(1);
  }
  return { range, newText };
}

/** Replaces the words at `range` (a period, an amount) by `words`. */
export function replaceWords(range: TextRange, words: string): TextEdit {
  return { range: { ...range }, newText: words };
}

/** How a clause names an instrument: as the draft does ("het POB", "de leerrekening", "je ontwikkelbudget"). */
export interface InstrumentName {
  /** With its article or possessive, lower case: "het POB", "de leerrekening", "je ontwikkelbudget", "your learning budget". */
  withArticle: string;
  /** The same, starting a sentence. */
  capitalized: string;
}

const DE_WORDS = /(rekening|voucher|regeling|toelage|beurs|bon|tegemoetkoming|vergoeding|pot|spaarpot|account)$/;

/**
 * The draft's own name for an instrument (its granting mention), with the article it takes in
 * Dutch or English, or the reader's possessive in a draft that addresses the reader.
 */
export function instrumentName(doc: PolicyDocument, surface: string): InstrumentName {
  const word = /^\p{Lu}{2,}/u.test(surface) ? surface : surface.toLowerCase();
  const personal = documentRegister(doc) === 'personal';
  let article: string;
  if (doc.language === 'en') article = personal ? 'your' : 'the';
  else article = personal ? 'je' : DE_WORDS.test(word.toLowerCase()) ? 'de' : 'het';
  const withArticle = `${article} ${word}`;
  return { withArticle, capitalized: withArticle[0].toUpperCase() + withArticle.slice(1) };
}

/** Facts that make a clause more than a statement about a term: replacing it would drop what they say. */
export const CONTENT_KINDS: ReadonlySet<FactKind> = new Set<FactKind>([
  'money',
  'percent',
  'count',
  'time-amount',
  'purpose',
  'target-group',
  'support',
  'communication',
  'reference',
  'scheme-term',
]);

/**
 * Whether the words at `range` in sentence `index` say nothing but a term (a lapse, a period, a
 * mention of the instrument), so that they can be rewritten without losing a grant, an amount, a
 * purpose or a reference. Facts of `kinds` are what the caller means to rewrite anyway. Not `strict`,
 * an instrument said not to be there is allowed: "you can't save up your stipend" and "er is geen
 * leerbudget opgebouwd" look alike to the model, so such a rewrite is offered but not preferred.
 */
export function onlyStatesTerm(doc: PolicyDocument, index: number, range: TextRange, kinds: ReadonlySet<FactKind> = CONTENT_KINDS, strict = true): boolean {
  return (
    doc.sentences[index].facts
      .map((i) => doc.facts[i])
      .filter((f) => f.range.start < range.end && range.start < f.range.end)
      // A granted instrument is a grant; a negated one ("geen leerbudget opgebouwd") a statement of its own.
      // Days or hours named without a number ("scholingsdagen die niet zijn opgenomen") are the subject, not an amount.
      .every(
        (f) =>
          (f.negated || !kinds.has(f.kind) || (f.kind === 'time-amount' && f.value === null)) &&
          !(f.kind === 'instrument' && ((strict && f.negated) || (f.granted && !f.negated))),
      )
  );
}
