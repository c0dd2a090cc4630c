import { definedTerm } from './facts/definedTerms';
import type { Article, DefinedTerm, PolicyDocument } from './types';

/**
 * The terms a draft defines: a colon definition ("werknemer: degene die ...") in a definitions
 * article ("Begripsbepalingen", "Definities") or after a lead-in that says terms follow ("In deze
 * cao wordt verstaan onder:"), and anywhere "Onder X wordt verstaan" or "(hierna: X)". Read once
 * per document from the sentences the model has already split.
 */
export function readDefinitions(doc: Pick<PolicyDocument, 'articles' | 'sentences'>, titles: readonly string[]): DefinedTerm[] {
  const definitionUnits = new Set<number>();
  const titled = (unit: Article) =>
    titles.some((t) =>
      t.endsWith('*')
        ? unit.title
            .toLowerCase()
            .split(/\s+/)
            .some((w) => w.startsWith(t.slice(0, -1)))
        : unit.title.toLowerCase().split(/\s+/).includes(t),
    );
  for (const unit of doc.articles) if (titled(unit)) definitionUnits.add(unit.index);
  const inDefinitions = (article: number | null) => {
    for (let a = article; a !== null; a = doc.articles[a].parent) if (definitionUnits.has(a)) return true;
    return false;
  };
  const terms: DefinedTerm[] = [];
  let leadIn: number | null | undefined;
  for (const sentence of doc.sentences) {
    if (sentence.heading) continue;
    const opensList = LEAD_IN.test(sentence.text);
    // "In deze regeling wordt verstaan onder:" opens a list of definitions in its unit.
    if (opensList) leadIn = ownerUnit(doc, sentence.article);
    const listed = opensList || inDefinitions(sentence.article) || (leadIn !== undefined && leadIn === ownerUnit(doc, sentence.article));
    // A lead-in and its items often form one paragraph: "... verstaan onder: a. werknemer: ...; b. ...".
    for (const item of sentence.text.split(ITEM_BREAK)) {
      const inline = INLINE.exec(item);
      const term = inline ? inline[1].toLowerCase() : definedTerm(item);
      if (!term) continue;
      const explicit = inline !== null || /^\s*(?:[a-z][.)]\s*|\d+[.)]\s*)?onder\s/i.test(item) || /\(hierna/i.test(item);
      if (explicit || listed) terms.push({ term, sentence: sentence.index, range: sentence.range });
    }
  }
  return terms;
}

const LEAD_IN = /verstaan\s+onder\s*:|wordt\s+verstaan\s*:/i;
/** Where one definition of a list ends and the next begins: "; b. ...", ": a. ...". */
const ITEM_BREAK = /;|:\s*(?=[a-z][.)]\s)|\s(?=[a-z][.)]\s)/u;
/** "In dit hoofdstuk wordt verstaan onder werknemer: ..." */
const INLINE = /verstaan\s+onder\s+(?:de\s+|het\s+|een\s+)?([\p{L}][\p{L}\p{N}&'-]{2,})\s*:/iu;

/** The article (not the member) a sentence stands in, so a lead-in and the list after it share it. */
function ownerUnit(doc: Pick<PolicyDocument, 'articles'>, unit: number | null): number | null {
  let u = unit;
  while (u !== null && doc.articles[u].kind === 'member') u = doc.articles[u].parent;
  return u;
}
