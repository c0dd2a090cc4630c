import type { Fact, ReferenceFact } from '../types';
import type { SentenceScope } from './extract';

const ARTICLE_WORDS = new Set(['artikel', 'artikelen', 'art', 'article', 'articles']);
const ANNEX_WORDS = new Set(['bijlage', 'bijlagen', 'annex', 'appendix']);
const MEMBER_WORDS = new Set(['lid', 'leden']);
const ORDINAL_MEMBERS: Record<string, string> = {
  eerste: '1', tweede: '2', derde: '3', vierde: '4', vijfde: '5', zesde: '6', zevende: '7', achtste: '8', negende: '9', tiende: '10',
};
/** Words after a reference that put it in another document ("artikel 7:611 BW", "artikel 59 van het ARAR"). */
const EXTERNAL_AFTER = /^(bw|awb|wet|wetboek|arar|barp|besluit|burgerlijk|politiewet|arbeidstijdenwet|arbowet|wvo|wpo|wet\S*)$/;

/** Cross-references: "zie artikel 7", "artikel 12 lid 3", "artikel 4, derde lid", "bijlage III". */
export function readReferences(scope: SentenceScope): Fact[] {
  const { tokens } = scope;
  const facts: ReferenceFact[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const word = tokens[i].lower;
    const isArticle = ARTICLE_WORDS.has(word);
    const isAnnex = ANNEX_WORDS.has(word);
    if (!isArticle && !isAnnex) continue;
    // A heading's own number ("Artikel 4 Loopbaanadvies") names the article; it refers to nothing.
    if (i === 0 && scope.sentence.heading) continue;
    let j = i + 1;
    if (tokens[j]?.text === '.') j++;
    const numberToken = tokens[j];
    if (!numberToken || !/^([0-9]+[a-z]?([.:][0-9]+[a-z]?)*|[ivxlc]+|[a-z])$/i.test(numberToken.text)) continue;
    if (isArticle && /^[a-z]$/i.test(numberToken.text)) continue;
    let last = j;
    let member: string | null = null;
    if (MEMBER_WORDS.has(tokens[j + 1]?.lower ?? '') && /^\d+$/.test(tokens[j + 2]?.text ?? '')) {
      member = tokens[j + 2].text;
      last = j + 2;
    } else if (tokens[j + 1]?.text === ',' && ORDINAL_MEMBERS[tokens[j + 2]?.lower ?? ''] && MEMBER_WORDS.has(tokens[j + 3]?.lower ?? '')) {
      member = ORDINAL_MEMBERS[tokens[j + 2].lower];
      last = j + 3;
    }
    let external = false;
    for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 5); k++) {
      if (EXTERNAL_AFTER.test(tokens[k].lower) && (k === last + 1 || ['van', 'de', 'het', 'der', ','].includes(tokens[k - 1].lower))) external = true;
    }
    facts.push({
      kind: 'reference',
      target: isArticle ? 'article' : 'annex',
      number: /^[ivxlc]+$/i.test(numberToken.text) ? numberToken.text.toUpperCase() : numberToken.text.toLowerCase(),
      member,
      external,
      range: scope.rangeOf(i, last),
      sentence: scope.sentence.index,
      negated: false,
    });
    i = last;
  }
  return facts;
}
