import { defineRule, type ReportFn } from './kit';
import type { Article, PolicyDocument } from '../server/model/types';
import { hasBody, headingText, numberKey } from '../server/model/articleIndex';

/** Every text this rule shows the reader (helpers below report with these ids). */
const messages = {
  duplicate: {
    nl: 'Artikel {number} komt twee keer voor (eerder als «{earlier}»). Geef elk artikel een eigen nummer; verwijzingen naar artikel {number} zijn nu dubbelzinnig.',
    en: 'Article {number} occurs twice (before as «{earlier}»). Give every article its own number; references to article {number} are ambiguous now.',
  },
  gap: {
    nl: 'Na artikel {previous} volgt artikel {number}: {missing} ontbreekt. Hernummer de artikelen of neem het ontbrekende artikel op (bijvoorbeeld als "vervallen").',
    en: 'Article {number} follows article {previous}: {missing} is missing. Renumber the articles or keep the missing one (for instance as "vervallen").',
  },
  order: {
    nl: 'Artikel {number} staat na artikel {previous}: de nummering loopt niet op.',
    en: 'Article {number} comes after article {previous}: the numbering does not run on.',
  },
  memberGap: {
    nl: 'Lid {number} volgt op lid {previous} in {article}: de leden zijn niet doorlopend genummerd.',
    en: 'Member {number} follows member {previous} in {article}: the members are not numbered consecutively.',
  },
};

/**
 * Article numbers are unique and in order, and the members ("leden") of an article count on
 * without a gap: after a renumbering round a duplicate "Artikel 3.4" or a missing 3.3 is easy to
 * miss. Reads the article tree the model built; headings of a table of contents (no text of their
 * own) are not articles to number.
 */
const rule = defineRule({
  meta: {
    id: 'article-numbering',
    intervention: 'redactie',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      nl: 'Artikelnummers zijn uniek en lopen op zonder gaten; de leden van een artikel zijn doorlopend genummerd.',
      en: 'Article numbers are unique and run on without gaps; the members of an article are numbered consecutively.',
    },
    options: {
      checkMembers: {
        type: 'boolean',
        default: true,
        description: {
          nl: 'Ook de nummering van de leden binnen een artikel controleren.',
          en: 'Also check the numbering of the members within an article.',
        },
      },
    },
  },
  messages,
  check({ doc, options, report, applies }) {
    if (doc.articles.some((a) => a.kind === 'article' && a.number)) applies();
    checkArticles(doc, report);
    if (options.checkMembers) checkMembers(doc, report);
  },
});

type Report = ReportFn<keyof typeof messages>;

/** "3.4" -> prefix "3", last 4, suffix ""; "8a" -> prefix "", last 8, suffix "a". */
function parse(number: string): { prefix: string; last: number; suffix: string } | null {
  const key = numberKey(number);
  const m = /^(?:(.*)\.)?(\d+)([a-z]*)$/.exec(key);
  return m ? { prefix: m[1] ?? '', last: Number(m[2]), suffix: m[3] } : null;
}

/** The articles that carry the numbering: those headed "Artikel ..." when the draft has them, else the numbered headings; never a table of contents. */
function numbered(doc: PolicyDocument): Article[] {
  const candidates = doc.articles.filter((a) => (a.kind === 'article' || a.kind === 'section') && a.number !== null && hasBody(doc, a));
  const worded = candidates.filter((a) => a.written === 'word');
  const chosen = worded.length > 0 ? worded : candidates.filter((a) => a.kind === 'article');
  const listed = tableOfContents(chosen);
  return chosen.filter((a) => !listed.has(a.index));
}

/**
 * The entries of a table of contents: headings that come again further on, number and title
 * alike, in a run of such headings (the next heading comes again too, or the one before was an
 * entry). Converted cao's keep their contents as heading lines, with section titles and tables
 * between them, so "no text of its own" does not find them; a part that repeats one title of
 * another part ("Artikel 1 Voor wie geldt dit deel?") is no contents.
 */
function tableOfContents(articles: Article[]): Set<number> {
  const heading = (a: Article) =>
    `${a.kind}|${a.number}|${a.title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()}`;
  const lastOf = new Map<string, number>();
  articles.forEach((a, i) => lastOf.set(heading(a), i));
  const repeated = articles.map((a, i) => a.title.trim() !== '' && (lastOf.get(heading(a)) ?? i) > i);
  const listed = new Set<number>();
  articles.forEach((a, i) => {
    if (repeated[i] && (repeated[i + 1] === true || listed.has(articles[i - 1]?.index ?? -1))) listed.add(a.index);
  });
  return listed;
}

function checkArticles(doc: PolicyDocument, report: Report): void {
  // One sequence per chapter (or annex) and per prefix ("3." of 3.1, 3.2, ...), in document order.
  const sequences = new Map<string, Array<{ article: Article; last: number; suffix: string }>>();
  const seen = new Map<string, Article>();
  for (const article of numbered(doc)) {
    const parsed = parse(article.number as string);
    if (!parsed) continue;
    // Articles and paragraphs ("§ 2") are numbered apart.
    const scope = `${article.kind}|${enclosing(doc, article)}|${parsed.prefix}`;
    const key = `${article.kind}|${enclosing(doc, article)}|${numberKey(article.number as string)}`;
    const sequence = sequences.get(scope) ?? [];
    const previous = sequence[sequence.length - 1];
    const earlier = seen.get(key);
    // A part that starts again at 1 ("B-deel: Artikel 1") begins a sequence of its own.
    if (previous && parsed.last <= 1 && !parsed.suffix && previous.last > 1) {
      sequences.set(scope, [{ article, last: parsed.last, suffix: parsed.suffix }]);
      for (const k of [...seen.keys()]) if (k.startsWith(`${article.kind}|${enclosing(doc, article)}|`)) seen.delete(k);
      seen.set(key, article);
      continue;
    }
    if (earlier) {
      report({
        range: article.headingRange,
        messageId: 'duplicate',
        data: { number: article.number as string, earlier: `${article.number} ${earlier.title}`.trim() },
      });
    } else if (previous && !parsed.suffix && parsed.last > previous.last + 1 && article.written === 'word') {
      // Only headings that name the article ("Artikel 3.4") are read reliably enough to call a number missing;
      // a numbered line that reads as no heading ("**2. Waarvoor?**") would make a gap that is not there.
      const missing = Array.from(
        { length: Math.min(parsed.last - previous.last - 1, 3) },
        (_, i) => `${parsed.prefix ? `${parsed.prefix}.` : ''}${previous.last + 1 + i}`,
      );
      report({
        range: article.headingRange,
        messageId: 'gap',
        data: {
          number: article.number as string,
          previous: previous.article.number as string,
          missing: missing.join(', ') + (parsed.last - previous.last - 1 > 3 ? ' …' : ''),
        },
      });
    } else if (previous && (parsed.last < previous.last || (parsed.last === previous.last && parsed.suffix <= previous.suffix))) {
      report({ range: article.headingRange, messageId: 'order', data: { number: article.number as string, previous: previous.article.number as string } });
    }
    seen.set(key, article);
    sequence.push({ article, last: parsed.last, suffix: parsed.suffix });
    sequences.set(scope, sequence);
  }
}

/** The chapter or annex an article stands in, as a key ("" for none). */
function enclosing(doc: PolicyDocument, article: Article): string {
  for (let p = article.parent; p !== null; p = doc.articles[p].parent) {
    const unit = doc.articles[p];
    if (unit.kind === 'chapter' || unit.kind === 'annex') return String(unit.index);
  }
  return '';
}

function checkMembers(doc: PolicyDocument, report: Report): void {
  const index = doc.articleIndex;
  for (const article of doc.articles) {
    if (article.kind !== 'article' && article.kind !== 'section' && article.kind !== 'annex') continue;
    let previous: number | null = null;
    for (const child of article.children) {
      const unit = doc.articles[child];
      if (unit.kind !== 'member' || index.subItems.has(unit.index)) continue;
      const written = Number.parseInt(index.writtenMember.get(unit.index) ?? '', 10);
      if (!Number.isFinite(written)) continue;
      // A list that starts again at 1 is a list of its own (a sub-list of points), not a misnumbered member.
      if (previous !== null && written !== previous + 1 && written !== 1) {
        report({
          range: unit.headingRange,
          messageId: 'memberGap',
          // The article as the draft heads it, quoted: "artikel" would be Dutch in an English message.
          data: { number: written, previous, article: `«${headingText(doc, article)}»` },
        });
      }
      previous = written;
    }
  }
}

export default rule;
