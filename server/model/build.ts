import type { Root } from 'mdast';
import { collectBlocks, type Collected, type HtmlComment, type TextBlock } from './blocks';
import { ArticleTreeBuilder, readNumberedLine, readOpener } from './articles';
import { splitSentences } from './sentences';
import { extractFacts } from './facts/extract';
import { DefinedTerms } from './facts/definedTerms';
import { readWriter } from './facts/parties';
import { Discourse } from './facts/discourse';
import { detectLanguage } from './language';
import { caoTermMonths } from './facts/term';
import { LineIndex } from './lines';
import { assignTopics } from './topics';
import { buildArticleIndex } from './articleIndex';
import { resolveReferences } from './resolveReferences';
import { readDefinitions } from './definitions';
import { definedPeriodFacts } from './definedPeriods';
import { lexiconTools } from './facts/lexiconTools';
import { denyWorkingTimeAsked, readAnswer } from './answers';
import type { Article, Directive, Fact, Language, PolicyDocument, Sentence } from './types';

/** mdast -> PolicyDocument: the article tree, the sentences and the facts they state. */
export function buildPolicyDocument(text: string, tree: Root): PolicyDocument {
  return buildFromBlocks(text, collectBlocks(text, tree));
}

/**
 * Reads the facts of one sentence: `extractFacts`, or a reader that reuses what an earlier build
 * read from the same sentence in the same context (engine/incremental/sentenceMemo.ts).
 */
export type SentenceReader = (sentence: Sentence, offsets: number[], language: Language, terms: DefinedTerms, discourse: Discourse) => Fact[];

/**
 * The blocks of a parse -> PolicyDocument. The language server's incremental lint hands in blocks
 * parsed piece by piece and a reader with a memory; the document is the same as from one parse.
 */
export function buildFromBlocks(text: string, collected: Collected, read: SentenceReader = extractFacts): PolicyDocument {
  const { blocks, comments, frontMatter } = collected;
  const language = detectLanguage(blocks.map((b) => b.text));
  const tree$ = new ArticleTreeBuilder();
  const sentences: Sentence[] = [];
  const facts: Fact[] = [];
  let previousWasOpener = false;
  const terms = new DefinedTerms();
  const discourse = new Discourse(tree$.articles);
  discourse.writer = readWriter(
    blocks.map((b) => b.text),
    language,
  );
  const sections = new DevelopmentSections();

  for (const whole of blocks) {
    // "Artikel 3" on the first line of a paragraph whose next lines already hold its text.
    const [block, rest] = splitLeadingOpener(whole);
    const opener = readOpener(block) ?? readNumberedLine(block);
    if (!block.inList) tree$.closeMembers(block.range.start, sentences.length);
    if (opener) {
      const current = tree$.current();
      // An unnumbered heading right below "Artikel 2" is that article's title, not a new unit.
      if (previousWasOpener && opener.number === null && opener.kind === 'section' && current !== null && !tree$.articles[current].title) {
        tree$.articles[current].title = opener.title;
      } else {
        tree$.open(opener, block.range.start, block.range.end, sentences.length);
      }
    } else if (block.inList && block.firstInItem && block.listNumber !== null) {
      tree$.openMember(String(block.listNumber), block.range.start, block.range.end, sentences.length);
    }
    previousWasOpener = opener !== null;
    tree$.extend(block.range.end);
    const context = { sentences, facts, language, terms, discourse, sections, articles: tree$.articles, read };
    addSentences(block, opener !== null, tree$.current(), context);
    if (rest) {
      tree$.extend(rest.range.end);
      addSentences(rest, false, tree$.current(), context);
    }
  }

  const articles = tree$.finish(text.length, sentences.length);
  const definitions = readDefinitions({ articles, sentences }, lexiconTools(language).lexicon.definitionTitles);
  facts.push(...definedPeriodFacts(text, sentences, definitions, facts, language));
  facts.sort((a, b) => a.range.start - b.range.start);
  for (const sentence of sentences) sentence.facts = [];
  facts.forEach((fact, i) => sentences[fact.sentence].facts.push(i));

  const lines = new LineIndex(text);
  const articleIndex = buildArticleIndex({ articles, sentences, text });
  const doc: PolicyDocument = {
    text,
    language,
    articles,
    sentences,
    facts,
    lines,
    directives: readDirectives(comments, lines),
    frontMatter,
    articleIndex,
    definitions,
    caoTermMonths: null,
  };
  // References are resolved once, against the whole tree; rules and editor features read the result.
  resolveReferences(doc, articleIndex);
  assignTopics(doc);
  doc.caoTermMonths = caoTermMonths(doc);
  return doc;
}

function trimmed(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Splits a paragraph whose first line alone is an article heading into that line and the rest. */
function splitLeadingOpener(block: TextBlock): [TextBlock, TextBlock | null] {
  if (block.kind !== 'paragraph' || block.firstLineEnd >= block.text.length || readOpener(block)) return [block, null];
  // The first line is read before it is cut out with its offsets: it seldom opens anything.
  const firstLine = block.text.slice(0, block.firstLineEnd);
  const opener = readOpener({ ...block, text: firstLine });
  if (!opener || opener.kind === 'section' || firstLine.trim().length > 100) return [block, null];
  return [sliceBlock(block, 0, block.firstLineEnd), sliceBlock(block, block.firstLineEnd, block.text.length)];
}

function sliceBlock(block: TextBlock, from: number, to: number): TextBlock {
  const offsets = block.offsets.slice(from, to);
  const text = block.text.slice(from, to);
  return {
    ...block,
    text,
    offsets,
    firstLineEnd: text.length,
    range: { start: offsets[0], end: offsets[offsets.length - 1] + 1 },
  };
}

interface BuildContext {
  sentences: Sentence[];
  facts: Fact[];
  language: PolicyDocument['language'];
  terms: DefinedTerms;
  discourse: Discourse;
  sections: DevelopmentSections;
  articles: readonly Article[];
  read: SentenceReader;
}

/** Which articles a heading about learning opens, so the sentences below know they are in such a section. */
class DevelopmentSections {
  private readonly marked = new Set<number>();
  /** A mail whose subject line speaks of learning ("Onderwerp: Opleidingspot 2025") is about it throughout. */
  private wholeText = false;

  noteHeading(article: number | null, heading: Sentence): void {
    if (article !== null && heading.aboutDevelopment) this.marked.add(article);
  }

  noteSubjectLine(sentence: Sentence): void {
    if (sentence.index < 4 && sentence.article === null && sentence.aboutDevelopment && SUBJECT_LINE.test(sentence.text)) this.wholeText = true;
  }

  contains(article: number | null, articles: readonly Article[]): boolean {
    if (this.wholeText) return true;
    for (let a = article; a !== null && a !== undefined; a = articles[a]?.parent ?? null) if (this.marked.has(a)) return true;
    return false;
  }
}

/** A short answer that denies the question before it: "Mag ik in werktijd leren? Nee. ...". */
const NO_ANSWER = /^\s*(?:nee|no)\b/iu;
/** What a question asks and its "Nee" denies; amounts, references and who is named stay as read. */
// A condition of a change asked about is on the table whatever the answer ("Verandert er iets aan mijn contract? Nee." speaks of the terms).
const KEPT_WHEN_DENIED: ReadonlySet<Fact['kind']> = new Set(['money', 'percent', 'count', 'role-term', 'reference', 'group-size', 'work-condition']);

/** The question, in the same block, that this sentence answers with "Nee"; null otherwise. */
function deniedQuestion(sentences: readonly Sentence[], sentence: Sentence, block: TextBlock): Sentence | null {
  const previous = sentences[sentence.index - 1];
  if (previous === undefined || previous.form !== 'question' || previous.range.start < block.range.start || !NO_ANSWER.test(sentence.text)) return null;
  return previous;
}

function denyAsked(facts: Fact[], question: Sentence): void {
  for (let i = facts.length - 1; i >= 0 && facts[i].sentence === question.index; i--) if (!KEPT_WHEN_DENIED.has(facts[i].kind)) facts[i].negated = true;
}

/** The subject label of a mail's header, in the header's first lines. */
const SUBJECT_LINE = /(?:^|\s)(?:onderwerp|betreft|subject)\s*:/iu;

/** How a sentence ends: a question or a lead-in to what follows is no statement of its own. */
function formOf(text: string): Sentence['form'] {
  const last = text.trimEnd().slice(-1);
  return last === '?' ? 'question' : last === ':' ? 'lead-in' : 'statement';
}

/** The sentence before, in the same article and the same block of text, speaks of learning. */
function previousAboutDevelopment(sentences: readonly Sentence[], article: number | null, block: TextBlock): boolean {
  const previous = sentences[sentences.length - 1];
  return previous !== undefined && !previous.heading && previous.article === article && previous.range.start >= block.range.start && previous.aboutDevelopment;
}

function addSentences(block: TextBlock, heading: boolean, article: number | null, context: BuildContext): void {
  const { sentences, facts, language, terms, discourse, sections, articles, read } = context;
  const spans = heading ? [trimmed(block.text)] : splitSentences(block.text);
  for (const [from, to] of spans) {
    const plain = block.text.slice(from, to);
    if (plain.trim() === '') continue;
    const offsets = block.offsets.slice(from, to);
    const sentence: Sentence = {
      index: sentences.length,
      range: { start: offsets[0], end: offsets[offsets.length - 1] + 1 },
      text: plain,
      article,
      facts: [],
      heading: heading || block.kind === 'heading',
      inDevelopmentContext: sections.contains(article, articles) || previousAboutDevelopment(sentences, article, block),
      aboutDevelopment: false,
      clauseStarts: [],
      form: formOf(plain),
      topics: { designs: [], conditions: [], headings: [] },
    };
    sentences.push(sentence);
    const answered = deniedQuestion(sentences, sentence, block);
    if (answered) denyAsked(facts, answered);
    const asAnswer = { sentences, answer: sentence, block, offsets, facts, language };
    if (!answered) denyWorkingTimeAsked(asAnswer);
    for (const fact of read(sentence, offsets, language, terms, discourse)) facts.push(fact);
    facts.push(...readAnswer(asAnswer));
    if (sentence.heading) sections.noteHeading(article, sentence);
    else sections.noteSubjectLine(sentence);
  }
}

const DIRECTIVE = /^caolint-(disable-next-line|disable-line|disable|enable)\b\s*([\s\S]*)$/;

/** `<!-- caolint-disable rule-a rule-b -->` and friends; unknown comments are ignored. */
function readDirectives(comments: HtmlComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of [...comments].sort((a, b) => a.range.start - b.range.start)) {
    const m = DIRECTIVE.exec(comment.value);
    if (!m) continue;
    const type = m[1] as Directive['type'];
    const rest = m[2].trim();
    directives.push({
      range: comment.range,
      type,
      rules: rest.split(/[\s,]+/).filter(Boolean),
      line: lines.lineOf(comment.range.start),
    });
  }
  return directives;
}
