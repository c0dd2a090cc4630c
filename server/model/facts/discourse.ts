import type { Article, Party, WorkDesign } from '../types';

// Its own module, below the readers: SentenceScope (scope.ts) carries it, and every reader imports
// SentenceScope, so it cannot live in a reader (parties.ts) without an import cycle.

/**
 * What the sentences before this one said, for pronouns: "De operators nemen de weekplanning over.
 * Zij mogen zelf beslissen ..." One per document, read in order.
 */
export class Discourse {
  /** The designs each article's heading names ("## Taakroulatie"), for the sentences under it. */
  private readonly headingDesigns = new Map<number, WorkDesign[]>();

  /** `articles`: the document's article tree, to find the headings above a sentence. */
  constructor(private readonly articles: readonly Article[] = []) {}

  noteHeading(article: number | null, designs: readonly WorkDesign[]): void {
    if (article !== null && designs.length > 0) {
      this.headingDesigns.set(article, [...(this.headingDesigns.get(article) ?? []), ...designs]);
      this.headingNotes += designs.length;
    }
  }

  /**
   * How many designs headings have named so far, in all articles: the incremental build
   * (readingContext.ts) checks with it that a sentence noted designs for its own article only.
   */
  headingNotes = 0;

  /** The designs named by the headings of the article and of every article above it. */
  designsOver(article: number | null): WorkDesign[] {
    const out: WorkDesign[] = [];
    for (let a = article; a !== null && a !== undefined; a = this.articles[a]?.parent ?? null) out.push(...(this.headingDesigns.get(a) ?? []));
    return out;
  }

  /**
   * The designs named by the headings over the article, without the document's title when the article
   * is a section below it: "# Convenant zelfroosteren en lijnroulatie" names the topics of its
   * sections, not the topic of each one.
   */
  designsBelowTitle(article: number | null): WorkDesign[] {
    const out: WorkDesign[] = [];
    for (let a = article; a !== null && a !== undefined; a = this.articles[a]?.parent ?? null) {
      // A top-level heading over several sections (not an article over its members) is the document's title.
      const unit = this.articles[a];
      const isTitle =
        a !== article &&
        unit !== undefined &&
        unit.kind === 'section' &&
        unit.parent === null &&
        unit.children.filter((c) => this.articles[c]?.kind !== 'member').length >= 2;
      if (!isTitle) out.push(...(this.headingDesigns.get(a) ?? []));
    }
    return out;
  }

  /**
   * The designs named by the article's own heading, and for a member ("2. Leden besteden ...") by the
   * heading of the article it is a member of ("Artikel 5.5 Werkgroep Opleidingsbeleid").
   */
  designsOfArticle(article: number | null): WorkDesign[] {
    const unit = article === null ? undefined : this.articles[article];
    return [...this.designsOfHeading(article), ...(unit?.kind === 'member' ? this.designsOfHeading(unit.parent) : [])];
  }

  /** The designs named by the article's own heading only ("**Werkgroep begeleiding**"), not by the titles above it. */
  designsOfHeading(article: number | null): WorkDesign[] {
    return article === null ? [] : (this.headingDesigns.get(article) ?? []);
  }

  /**
   * Who writes the memo or letter, as its header ("Van: Anouk de Wit, teammanager") or signature
   * ("Namens de directie") names it: "ik" and "mij" are that party, and "wij" too when it is a body.
   */
  writer: Party | null = null;

  /** The subject-like party named last (not inside a prepositional phrase). */
  lastParty: Party | null = null;
  /** The party named last in the previous sentence, also after a preposition: what "Die beslist ..." points back to. */
  lastNamed: Party | null = null;
  /** Rotation was arranged in a body sentence before: a later "wissel je elke week" gives its pace. */
  rotationArranged = false;
  /** Whether the sentence before spoke of newcomers (work-learning places): "Zij halen een diploma" is then about them. */
  newcomersLast = false;
  /** Whether any sentence before spoke of newcomers: a project's "deelnemers" are then the newcomers. */
  newcomersSeen = false;
  /** The articles where own staff were said to train, and where new people were said to be taken on (a combination project in two sentences). */
  readonly staffTraining: Array<number | null> = [];
  readonly newcomerIntake: Array<number | null> = [];
  /** The articles of sentences about development time or training: newcomers taking over work there free staff for it. */
  readonly developmentSaid: Array<number | null> = [];

  /**
   * Whether two sentences' articles are one provision: the same article, one inside the other, or
   * two members of one article ("1. Vaste chauffeurs volgen ... 2. We nemen ... aan").
   */
  sameProvision(a: number | null, b: number | null): boolean {
    if (a === b) return true;
    if (a === null || b === null) return false;
    const above = (x: number) => {
      const out: number[] = [];
      for (let y: number | null = x; y !== null && y !== undefined; y = this.articles[y]?.parent ?? null) out.push(y);
      return out;
    };
    if (above(a).includes(b) || above(b).includes(a)) return true;
    const pa = this.articles[a]?.parent ?? null;
    return pa !== null && pa === (this.articles[b]?.parent ?? null);
  }
}
