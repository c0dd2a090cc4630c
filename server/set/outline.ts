import { hasBody, type ArticleIndex } from '../model/articleIndex';
import type { Article, PolicyDocument } from '../model/types';

/**
 * What the other files of a cao need to know of one file to resolve their references into it: its
 * article tree, its article index and which units have text beyond headings. Plain data (it crosses
 * to lint worker threads by structured clone) and independent of the other files, so it is made once
 * per version of a file and cached by the faces (server/set/diskOutlines.ts, the language server's
 * set store), never rebuilt because another file of the set changed.
 */
export interface FileOutline {
  /** The file's key in its set: an absolute path (the CLI) or a file URI (the language server). */
  file: string;
  articles: Article[];
  index: ArticleIndex;
  /** Indices of units with a body (resolveNumbered judges a member of a bodiless article as unknown, not missing). */
  bodied: number[];
}

export function outlineOf(file: string, doc: Pick<PolicyDocument, 'articles' | 'sentences' | 'articleIndex'>): FileOutline {
  return {
    file,
    articles: doc.articles,
    index: doc.articleIndex,
    bodied: doc.articles.filter((unit) => hasBody(doc, unit)).map((unit) => unit.index),
  };
}
