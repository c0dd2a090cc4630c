import type { Fact, ReferenceFact } from '../types';
import type { Token } from '../tokens';
import type { SentenceScope } from './scope';

/**
 * Cross-references, read token by token (never over raw text): what a reference names, not yet
 * where it leads (resolveReferences.ts does that once the whole document is read).
 *
 *   "artikel 4.2", "art. 4:2", "artikel 12 lid 3", "artikel 4, derde lid, onderdeel b"
 *   "de artikelen 4 tot en met 7", "artikel 3, 5 en 9", "artikel 44 lid 8 en 9"
 *   "het eerste lid", "het vorige lid", "lid 3 van dit artikel", "onderdeel b", "dit artikel"
 *   "bijlage 5", "bijlage XI en XII", "hoofdstuk 6", "paragraaf 3.2"
 *
 * A reference followed by the name of another document ("van de Wet op de ondernemingsraden",
 * "BW", "van de cao Rijk", "van die wet") is external: it is read, and never judged against this
 * document.
 */
export function readReferences(scope: SentenceScope): Fact[] {
  const reader = new ReferenceReader(scope);
  return reader.read();
}

type Target = ReferenceFact['target'];

const ARTICLE_NUMBER = /^[0-9]+[a-z]{0,3}(?:[.:][0-9]+[a-z]?)*$/i;
const ROMAN = /^[ivxlc]+$/i;
const LETTER = /^[a-z]$/i;

/** One number of a reference group, with its member and item, before the group's document is known. */
interface Part {
  target: Target;
  number: string | null;
  member: string | null;
  memberStep: -1 | 1 | null;
  item: string | null;
  first: number;
  last: number;
  /** Further members of one article named in a list of ordinals ("vijfde en zesde lid"), with where each stands. */
  more?: Array<{ member: string; at: number }>;
}

class ReferenceReader {
  private readonly tokens: Token[];
  private readonly words: SentenceScope['lex']['lexicon']['references'];
  private readonly ordinals: Readonly<Record<string, string>>;
  private readonly facts: ReferenceFact[] = [];

  constructor(private readonly scope: SentenceScope) {
    this.tokens = scope.tokens;
    this.words = scope.lex.lexicon.references;
    this.ordinals = this.words.ordinals;
  }

  read(): ReferenceFact[] {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      // A heading's own number ("Artikel 4 Loopbaanadvies") names the unit; it refers to nothing.
      if (i === 0 && this.scope.sentence.heading) continue;
      const end = this.groupAt(i) ?? this.relativeAt(i);
      if (end !== null) i = end;
    }
    return this.facts;
  }

  private lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  private is(i: number, list: readonly string[]): boolean {
    return i >= 0 && i < this.tokens.length && list.includes(this.tokens[i].lower);
  }

  private targetOf(i: number): Target | null {
    if (this.is(i, this.words.article) || this.is(i, this.words.section)) return 'article';
    if (this.is(i, this.words.annex)) return 'annex';
    if (this.is(i, this.words.chapter)) return 'chapter';
    return null;
  }

  /** Index of the number after a unit word ("artikel 4", "art. 4", "§ 5.1"), or -1. */
  private numberAfter(i: number, target: Target): number {
    let j = i + 1;
    if (this.tokens[j]?.text === '.') j++;
    return this.isNumber(j, target) ? j : -1;
  }

  private isNumber(j: number, target: Target): boolean {
    const token = this.tokens[j];
    if (!token) return false;
    if (ARTICLE_NUMBER.test(token.text)) return token.kind === 'number' || /^[0-9]/.test(token.text);
    // Roman numbers for chapters and annexes ("hoofdstuk IV", "bijlage XI"), capitals only; letters for annexes ("bijlage C").
    if (target !== 'article' && ROMAN.test(token.text) && token.text === token.text.toUpperCase()) return true;
    if (target === 'annex' && LETTER.test(token.text) && token.text === token.text.toUpperCase()) return true;
    return false;
  }

  /** A unit word and its numbers: "artikel 4", "de artikelen 26 lid 1 en 28 lid 12", "bijlage XI en XII". */
  private groupAt(i: number): number | null {
    const target = this.targetOf(i);
    if (!target) return null;
    let j = this.numberAfter(i, target);
    if (j < 0) return this.thisUnitAt(i, target);
    const parts: Part[] = [];
    let start = i;
    for (;;) {
      const part = this.qualifiers({ target, number: normalise(this.tokens[j].text), member: null, memberStep: null, item: null, first: start, last: j });
      parts.push(part);
      for (const extra of part.more ?? []) parts.push({ ...part, member: extra.member, item: null, more: undefined, first: extra.at, last: extra.at });
      // Members of the same article listed on: "artikel 44 lid 8 en 9".
      let k = part.last;
      // "lid 8 en 9", "leden 2 tot en met 4", "lid 2 t/m 4": further members of the same article.
      const numbered = part.member !== null && /^\d/.test(this.tokens[k]?.text ?? '');
      for (let next = numbered ? this.memberAfter(k) : -1; next >= 0; next = this.memberAfter(k)) {
        parts.push({ ...part, member: this.tokens[next].text, item: null, more: undefined, first: next, last: next });
        k = next;
      }
      // The next number of a list or range: ", 5 en 9", "tot en met 7", "t/m 48", "of 37".
      const next = this.nextNumber(k, target);
      if (next < 0) break;
      // A repeated unit word belongs to its number's range: "en artikel 45".
      start = this.targetOf(next - 1) === target ? next - 1 : this.tokens[next - 1]?.text === '.' && this.targetOf(next - 2) === target ? next - 2 : next;
      j = next;
    }
    const last = parts[parts.length - 1].last;
    const external = this.externalAfter(last) || this.lawBefore(i);
    for (const part of parts) this.push(part, external);
    return last;
  }

  /** After a member number at `k`: the next member number joined by "en", "of", "tot en met" or "t/m", or -1. */
  private memberAfter(k: number): number {
    let j = k + 1;
    const words = ['en', 'of', 'tot', 'met', 'and', 'or', 'to'];
    while (j - k <= 3 && (this.is(j, words) || (this.lower(j) === 't' && this.tokens[j + 1]?.text === '/' && this.lower(j + 2) === 'm')))
      j += this.lower(j) === 't' && this.tokens[j + 1]?.text === '/' ? 3 : 1;
    if (j === k + 1 || !/^\d+$/.test(this.tokens[j]?.text ?? '') || this.is(j + 1, this.words.member) || this.isUnitLike(j + 1)) return -1;
    return j;
  }

  /** After the number at `k`: the index of the next number in a list or range, or -1. */
  private nextNumber(k: number, target: Target): number {
    let j = k + 1;
    const step = (): boolean => {
      const t = this.tokens[j];
      if (!t) return false;
      if (t.text === ',' || this.is(j, ['en', 'of', 'and', 'or', '-', '–', 'tot', 'met', 'to', 'through'])) return true;
      // "t/m"
      if (t.lower === 't' && this.tokens[j + 1]?.text === '/' && this.lower(j + 2) === 'm') {
        j += 2;
        return true;
      }
      return false;
    };
    let joined = false;
    while (j - k <= 4 && step()) {
      joined = true;
      j++;
      if (this.tokens[j]?.text === '.') j++;
    }
    // "artikel 28 en artikel 45 van de Politiewet": the unit word repeated within one list.
    if (joined && this.targetOf(j) === target) {
      j++;
      if (this.tokens[j]?.text === '.') j++;
    }
    if (!joined) return -1;
    // "lid 3, 2e bullet": an ordinal is no further number.
    return this.isNumber(j, target) && !this.ordinals[this.lower(j)] && !this.isUnitLike(j + 1) ? j : -1;
  }

  /** A number followed by a measure ("3 en 4 weken") is no article number. */
  private isUnitLike(j: number): boolean {
    const t = this.tokens[j];
    return t !== undefined && this.scope.lex.numberLabels.has(t.lower) === false && /^(dagen|weken|maanden|jaar|jaren|uur|uren|euro|procent|%)$/.test(t.lower);
  }

  /** Member and item after a number: "lid 3", ", derde lid", "derde lid", ", onderdeel b", "sub c". */
  private qualifiers(part: Part): Part {
    let k = part.last;
    const skipComma = (at: number) => (this.tokens[at]?.text === ',' ? at + 1 : at);
    // "lid 3"
    let m = skipComma(k + 1);
    if (this.is(m, this.words.member) && /^\d+[a-z]?$/.test(this.tokens[m + 1]?.text ?? '')) {
      part.member = this.tokens[m + 1].text;
      k = m + 1;
    } else {
      // ", derde lid", ", het derde lid", "vijfde en zesde lid", "eerste tot en met derde lid"
      if (this.is(m, ['het', 'de', 'the']) && this.ordinals[this.lower(m + 1)]) m++;
      const list = this.ordinalList(m);
      if (list) {
        part.member = list.members[0];
        part.more = list.more;
        k = list.last;
      }
    }
    m = skipComma(k + 1);
    if (this.is(m, this.words.item) && LETTER.test(this.tokens[m + 1]?.text ?? '')) {
      part.item = this.tokens[m + 1].lower;
      k = m + 1;
    }
    part.last = k;
    return part;
  }

  /** Ordinals joined by list or range words and closed by "lid"/"leden": "vijfde en negende lid", "tweede tot en met vierde lid". */
  private ordinalList(m: number): { members: string[]; more: Array<{ member: string; at: number }>; last: number } | null {
    const members: string[] = [];
    const more: Array<{ member: string; at: number }> = [];
    let j = m;
    for (;;) {
      const ordinal = this.ordinals[this.lower(j)];
      if (!ordinal) return null;
      if (members.length > 0) more.push({ member: ordinal, at: j });
      members.push(ordinal);
      if (this.is(j + 1, this.words.member)) return { members, more, last: j + 1 };
      let k = j + 1;
      while (k - j <= 4 && (this.tokens[k]?.text === ',' || this.is(k, ['en', 'of', 'tot', 'met', 'het', 'and', 'or', 'to', 'the']))) k++;
      if (k === j + 1) return null;
      j = k;
    }
  }

  /** "dit artikel", "deze bijlage", "dit hoofdstuk": the unit the reference stands in. */
  private thisUnitAt(i: number, target: Target): number | null {
    if (!this.is(i - 1, this.words.this)) return null;
    // "dit artikel" as the subject or object names the unit; "deze bijlagen" of unnamed annexes too.
    this.push({ target, number: null, member: null, memberStep: null, item: null, first: i - 1, last: i }, false);
    return i;
  }

  /**
   * A member without an article before it: "het eerste lid", "het vorige lid", "lid 3 van dit
   * artikel", "het derde lid van artikel 12"; and an item on its own: "onderdeel b", "sub c".
   */
  private relativeAt(i: number): number | null {
    const { tokens } = this;
    let part: Part | null = null;
    const ordinals = this.ordinals[this.lower(i)] ? this.ordinalList(i) : null;
    if (ordinals) {
      part = { target: 'article', number: null, member: ordinals.members[0], memberStep: null, item: null, first: i, last: ordinals.last, more: ordinals.more };
    } else if ((this.is(i, this.words.previous) || this.is(i, this.words.next)) && this.is(i + 1, this.words.member) && this.lower(i + 1) !== 'leden') {
      part = { target: 'article', number: null, member: null, memberStep: this.is(i, this.words.previous) ? -1 : 1, item: null, first: i, last: i + 1 };
    } else if (this.is(i, this.words.member) && this.lower(i) !== 'leden' && /^\d+[a-z]?$/.test(tokens[i + 1]?.text ?? '') && !this.isUnitLike(i + 2)) {
      part = { target: 'article', number: null, member: tokens[i + 1].text, memberStep: null, item: null, first: i, last: i + 1 };
    } else if (this.is(i, this.words.item) && LETTER.test(tokens[i + 1]?.text ?? '')) {
      part = { target: 'article', number: null, member: null, memberStep: null, item: tokens[i + 1].lower, first: i, last: i + 1 };
    }
    if (!part) return null;
    if (part.member !== null || part.memberStep !== null) {
      const m = part.last + 1;
      const item = this.tokens[m]?.text === ',' ? m + 1 : m;
      if (this.is(item, this.words.item) && LETTER.test(tokens[item + 1]?.text ?? '')) {
        part.item = tokens[item + 1].lower;
        part.last = item + 1;
      }
    }
    // "... van dit artikel" / "... van artikel 12" / "van de ondernemingsraad" (no reference at all).
    const link = this.tokens[part.last + 1]?.text === ',' ? part.last + 2 : part.last + 1;
    if (this.is(link, ['van', 'uit', 'of'])) {
      const target = this.targetOf(link + 1);
      const number = target ? this.numberAfter(link + 1, target) : -1;
      if (target === 'article' && number >= 0) {
        const owner = this.qualifiers({
          target,
          number: normalise(tokens[number].text),
          member: null,
          memberStep: null,
          item: null,
          first: link + 1,
          last: number,
        });
        const external = this.externalAfter(owner.last) || this.lawBefore(i);
        this.pushAll({ ...part, number: owner.number, last: owner.last }, external);
        return owner.last;
      }
      if (this.is(link + 1, this.words.this) && this.targetOf(link + 2)) {
        this.pushAll({ ...part, last: link + 2 }, false);
        return link + 2;
      }
      // "het eerste lid van de commissie": a member of a body, not of an article.
      if (this.is(link + 1, ['de', 'het', 'een', 'the', 'a']) || this.is(link + 1, this.words.that)) return part.last;
    }
    this.pushAll(part, this.externalAfter(part.last));
    return part.last;
  }

  /** A part and the further members listed with it ("het vijfde en zesde lid"), each on its own ordinal. */
  private pushAll(part: Part, external: boolean): void {
    this.push(part, external);
    for (const extra of part.more ?? []) this.push({ ...part, member: extra.member, first: extra.at, last: extra.at }, external);
  }

  /**
   * Another document named right after the reference: "BW", "van de Wet op de ondernemingsraden",
   * "van het Besluit bezoldiging politie", "van de cao Rijk", "van die wet". "van deze cao", "van
   * dit besluit" and a bare "cao" are this document.
   */
  private externalAfter(last: number): boolean {
    const { tokens } = this;
    for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 9); k++) {
      const t = tokens[k];
      const linked = k > last + 1;
      if (this.is(k, this.words.agreement)) {
        // "de cao Rijk", "de cao VO", "de cao voor de ...": another agreement; "cao" alone: this one.
        const next = tokens[k + 1];
        return next !== undefined && next.kind === 'word' && (/^\p{Lu}/u.test(next.text) || next.lower === 'voor');
      }
      if (this.scope.lex.sets.otherDocuments.test([t])) return true;
      if (this.is(k, this.words.linkWords)) continue;
      // The rest of the reference itself: "eerste lid, onder e, van de Wet ...".
      if (
        this.ordinals[t.lower] ||
        this.is(k, this.words.member) ||
        this.is(k, this.words.item) ||
        this.is(k, ['en', 'of', 'and', 'or']) ||
        LETTER.test(t.text) ||
        t.kind === 'number'
      )
        continue;
      // "Bijlage 8.5 opgenomen in het Handboek ...": a participle, then where the part stands.
      if (!linked && t.kind === 'word' && /(?:d|t|en)$/.test(t.lower) && this.is(k + 1, ['in', 'bij', 'van']) && this.is(k + 2, ['het', 'de'])) {
        const name = tokens[k + 3];
        return name !== undefined && name.kind === 'word' && /^\p{Lu}/u.test(name.text);
      }
      // After "van": "van deze cao" is this document, "van die wet" another; "de in artikel 5 genoemde uren" is neither.
      if (!linked) return false;
      if (this.is(k, this.words.this)) return false;
      if (this.is(k, this.words.that)) return true;
      // A proper name right after "van het"/"van de": "van het ARAR", "van het Besluit ...".
      return t.kind === 'word' && /^\p{Lu}/u.test(t.text) && this.is(k - 1, ['de', 'het', 'der', 'the']);
    }
    return false;
  }

  /** "In de Arbeidstijdenwet staat in artikel 5:8 ...": a law named earlier in the same clause owns the reference. */
  private lawBefore(i: number): boolean {
    const clause = this.scope.clauses[i];
    for (let k = i - 1; k >= 0 && this.scope.clauses[k] === clause; k--) {
      if (this.is(k, this.words.this)) return false;
      const t = this.tokens[k];
      // A capital at the start of the sentence says nothing ("Besluiten over ..."), unless the word is an abbreviation ("BW").
      const named = k > 0 ? /^\p{Lu}/u.test(t.text) : t.text.length <= 4 && t.text === t.text.toUpperCase();
      if (named && this.scope.lex.sets.otherDocuments.test([t])) return true;
    }
    return false;
  }

  private push(part: Part, external: boolean): void {
    this.facts.push({
      kind: 'reference',
      target: part.target,
      number: part.number,
      member: part.member,
      memberStep: part.memberStep,
      item: part.item,
      external,
      resolution: external ? { status: 'external' } : { status: 'unresolved', reason: 'no-structure', unit: null },
      range: this.scope.rangeOf(part.first, part.last),
      sentence: this.scope.sentence.index,
      negated: false,
    });
  }
}

/** Numbers as headings are normalised (articles.ts): roman numbers in capitals, the rest lower case. */
function normalise(text: string): string {
  return ROMAN.test(text) ? text.toUpperCase() : text.toLowerCase();
}
