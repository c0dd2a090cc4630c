/**
 * One lint of one document version, as the language server hands it to a lint worker
 * (`lintWorker.ts`) or, with test rules, runs it on its own thread (`lintRunner.ts`). Input and output
 * are plain data, so they cross a thread boundary by structured clone; the output keeps only what the
 * server's features read (findings, the article tree for the outline, the ranges of amounts for the
 * hover, the resolved references for navigation), never the whole policy model, so little has to be copied back to the main thread.
 */
import { crashFindings, lintText } from '../engine/lint';
import { InputLimitError, inputLimitText } from '../engine/limits';
import type { ResolvedConfig } from '../config/types';
import type { Finding, Locale, Rule } from '../engine/types';
import type { ArticleIndex } from '../model/types';
import type { Article, ReferenceFact, TextRange } from '../model/types';
import { outlineOf } from '../set/outline';
import type { SetInput } from '../set/resolve';
import { modelFor } from './documentModels';

/** What navigation reads of a reference fact: where it stands, what it names and where it leads in its own document. */
export type NavReference = Pick<ReferenceFact, 'range' | 'target' | 'number' | 'member' | 'item' | 'resolution'>;

export interface LintJob {
  /** The document's URI: its incremental model in the thread that lints it (documentModels.ts). */
  uri?: string;
  text: string;
  locale: Locale;
  config: ResolvedConfig;
  /** The other files of the cao the draft is one file of (lsp/caoSets.ts), so article-reference judges the whole cao. */
  set?: SetInput;
}

export interface LintSuccess {
  ok: true;
  /** The engine's findings, with one finding per crashed rule in front (as the CLI shows them). */
  findings: Finding[];
  /** Rules that threw on this text, for the log. */
  crashes: Array<{ ruleId: string; detail: string }>;
  /** The article tree (`PolicyDocument.articles`), for document symbols. */
  articles: Article[];
  /** Ranges of money and percentage facts, for the reference figures in the hover. */
  amounts: TextRange[];
  /** The reference facts with their resolutions, for go to definition, references, links and rename. */
  references: NavReference[];
  /** The article index and the units with a body: with `articles`, the draft's outline for the other files of its set. */
  index: ArticleIndex;
  bodied: number[];
}

export interface LintFailure {
  ok: false;
  /** The first line of the error, for the notice the user sees. */
  reason: string;
  /** The error's stack (or message), for the log. */
  detail: string;
}

export type LintOutcome = LintSuccess | LintFailure;

export function failure(error: unknown): LintFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: reason.split('\n')[0], detail: error instanceof Error ? (error.stack ?? reason) : reason };
}

/**
 * Lints a job with the engine; never throws (an engine failure is the outcome). The engine's own
 * `lintText` builds the document incrementally from the document's previous version; a test engine
 * (`lint`) gets every text whole.
 */
export function runLintJob(job: LintJob, rules: readonly Rule[], lint?: typeof lintText): LintOutcome {
  try {
    const options = { locale: job.locale, config: job.config, rules, ...(job.set ? { set: job.set } : {}) };
    const result = lint ? lint(job.text, options) : lintText(job.text, job.uri === undefined ? options : { ...options, modelBuilder: modelFor(job.uri) });
    const outline = outlineOf('', result.doc);
    const findings = result.crashes.length > 0 ? [...crashFindings(result.crashes, job.locale), ...result.findings] : result.findings;
    return {
      ok: true,
      findings,
      crashes: result.crashes.map((c) => ({ ruleId: c.rule.meta.id, detail: c.detail })),
      articles: result.doc.articles,
      amounts: result.doc.facts.filter((f) => f.kind === 'money' || f.kind === 'percent').map((f) => f.range),
      references: result.doc.facts.flatMap((f) =>
        f.kind === 'reference' ? [{ range: f.range, target: f.target, number: f.number, member: f.member, item: f.item, resolution: f.resolution }] : [],
      ),
      index: outline.index,
      bodied: outline.bodied,
    };
  } catch (error) {
    const outcome = failure(error);
    // A draft over an input limit is the user's to fix: say it in the draft's language.
    if (error instanceof InputLimitError) outcome.reason = inputLimitText(error, job.locale);
    return outcome;
  }
}
