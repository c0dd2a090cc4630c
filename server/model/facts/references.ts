import type { Fact, ReferenceFact } from '../types';
import type { SentenceScope } from './extract';

/** Cross-references: "zie artikel 7", "artikel 12 lid 3", "artikel 4, derde lid", "bijlage III". */
export function readReferences(scope: SentenceScope): Fact[] {
  const { tokens } = scope;
  const words = scope.lex.lexicon.references;
  const facts: ReferenceFact[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const word = tokens[i].lower;
    const isArticle = words.article.includes(word);
    const isAnnex = words.annex.includes(word);
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
    if (words.member.includes(tokens[j + 1]?.lower ?? '') && /^\d+$/.test(tokens[j + 2]?.text ?? '')) {
      member = tokens[j + 2].text;
      last = j + 2;
    } else if (tokens[j + 1]?.text === ',' && words.ordinals[tokens[j + 2]?.lower ?? ''] && words.member.includes(tokens[j + 3]?.lower ?? '')) {
      member = words.ordinals[tokens[j + 2].lower];
      last = j + 3;
    }
    let external = false;
    for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 5); k++) {
      const names = scope.lex.sets.otherDocuments.test([tokens[k]]);
      if (names && (k === last + 1 || words.linkWords.includes(tokens[k - 1].lower))) external = true;
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
