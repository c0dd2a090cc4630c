import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedConfig } from '../config/types';
import type { Rule } from '../engine/types';
import { setMembers } from '../set/members';
import type { FileOutline } from '../set/outline';
import { buildSetIndex, type SetIndex } from '../set/resolve';
import type { Analysis, Analyzer, SetForLint } from './analysis';
import { resolveDocumentConfig } from './config';
import type { Settings } from './settings';

/** The files of a cao as navigation reads them: each file's analysis by URI, and the merged index. */
export interface SetView {
  members: ReadonlyMap<string, Analysis>;
  index: SetIndex;
}

export interface CaoSetsDeps {
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  rules: readonly Rule[];
  settings: (uri: string) => Promise<Settings>;
  workspaceFolders: () => readonly string[];
  /** Whether the editor leaves a file alone (.caolintignore, caolint.exclude): it is no member of a set either. */
  isExcluded: (uri: string, settings: Settings) => boolean;
  /** The analysis of an open document: its newest, or (`current`) one of its current version. */
  analysisOf: (uri: string, current: boolean) => Promise<Analysis | null>;
  /** Lint an open document again, even at the same version (its set's outlines changed). */
  relint: (uri: string) => void;
}

/** A signature of what other files read of an outline: its numbers, members, items and whether it is an excerpt. */
export function outlineSignature(outline: FileOutline): string {
  const { index } = outline;
  const keys = (map: Map<string, number[]>): string => [...map.keys()].join(',');
  const perUnit = (map: Map<number, Set<string>>): string => [...map].map(([unit, set]) => `${unit}:${[...set].join('.')}`).join(',');
  return [
    keys(index.articles),
    keys(index.annexes),
    keys(index.chapters),
    perUnit(index.members),
    perUnit(index.letters),
    JSON.stringify(index.excerpt),
    outline.bodied.join(','),
  ].join('|');
}

const fileOf = (uri: string): string | null => (uri.startsWith('file:') ? fileURLToPath(uri) : null);

/**
 * The language server's view of caos split into files (the config's `set`, server/set/members.ts).
 * Open files count with their unsaved text (their newest analysis); the others are read from disk
 * and analysed once per modification time and size, in a lint worker like any draft, alone (their
 * outline does not depend on the set). Nothing is modelled again because another file changed: a
 * draft is linted again only when the outline of another file of its set changed (its numbering),
 * which typing text inside an article does not do.
 */
export class CaoSets {
  private readonly disk = new Map<string, { stamp: string; analysis: Promise<Analysis | null> }>();
  /** Disk analyses that have settled, for synchronous reads (`outlineNow`). */
  private readonly settledDisk = new Map<string, Analysis>();
  /** The outline signature each file had when last seen, to tell a renumbering from an ordinary edit. */
  private readonly signatures = new Map<string, string>();

  constructor(private readonly deps: CaoSetsDeps) {}

  /** The URI a member path goes by: the open document's own, else a file URI. */
  private uriOf(path: string): string {
    for (const document of this.deps.documents.all()) if (fileOf(document.uri) === path) return document.uri;
    return pathToFileURL(path).href;
  }

  /** The files of the cao `uri` belongs to (URIs, in order), or null when it stands alone. Synchronous: config files are cached by stamp. */
  membersOf(uri: string, config: ResolvedConfig, settings: Settings): string[] | null {
    const path = fileOf(uri);
    if (!path || !config.set) return null;
    const members = setMembers(path, config.set, (member) => this.deps.isExcluded(pathToFileURL(member).href, settings));
    return members ? members.map((member) => (member === path ? uri : this.uriOf(member))) : null;
  }

  /**
   * The outline a member offers now: the open document's newest analysis, else what was read from
   * disk (an open file not analysed yet, as when several files open at once, is read from disk: just
   * opened, its text is the file's); null while it is being read.
   */
  private outlineNow(uri: string): FileOutline | null {
    if (this.deps.documents.get(uri)) {
      const newest = this.deps.analyzer.newest(uri);
      if (newest) return newest.outline;
    }
    return this.settledDisk.get(uri)?.outline ?? null;
  }

  /** Whether a member's outline must come from disk: it is not open, or open and not analysed yet. */
  private needsDisk(uri: string): boolean {
    return !this.deps.documents.get(uri) || !this.deps.analyzer.newest(uri);
  }

  /**
   * The set for a lint of `uri` (Analyzer's `setFor`): the outlines at hand now. A file whose outline
   * is not at hand yet is read, and the draft linted again once it is (`prepare` usually read it first).
   */
  setFor(uri: string, config: ResolvedConfig, settings: Settings): SetForLint | undefined {
    const files = this.membersOf(uri, config, settings);
    if (!files) return undefined;
    const outlines: FileOutline[] = [];
    for (const file of files) {
      if (file === uri) continue;
      const outline = this.outlineNow(file);
      if (outline) outlines.push(outline);
      else if (this.needsDisk(file)) void this.fromDisk(file).then((read) => read && this.deps.documents.get(uri) && this.deps.relint(uri));
    }
    return { input: { self: uri, files, outlines } };
  }

  /**
   * Reads the members of `uri`'s set that are not open and not read yet, before it is linted
   * (lintScheduler's `prepare`; the workspace lint gives the `text` of a file that is not open).
   */
  async prepare(uri: string, settings: Settings, text = this.deps.documents.get(uri)?.getText()): Promise<void> {
    if (text === undefined) return;
    const { config } = resolveDocumentConfig(uri, text, settings, this.deps.workspaceFolders(), this.deps.rules);
    const files = this.membersOf(uri, config, settings) ?? [];
    await Promise.all(files.filter((file) => file !== uri && this.needsDisk(file)).map((file) => this.fromDisk(file)));
  }

  /** The analysis of a file that is not open, read from disk; cached by modification time and size. */
  fromDisk(uri: string): Promise<Analysis | null> {
    const path = fileOf(uri);
    if (!path) return Promise.resolve(null);
    let stamp: string;
    try {
      const stat = statSync(path);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return Promise.resolve(null);
    }
    const hit = this.disk.get(uri);
    if (hit && hit.stamp === stamp) return hit.analysis;
    const analysis = this.readDisk(uri, path);
    this.disk.set(uri, { stamp, analysis });
    return analysis;
  }

  private async readDisk(uri: string, path: string): Promise<Analysis | null> {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return null;
    }
    const document = TextDocument.create(uri, 'markdown', 0, text);
    const settings = await this.deps.settings(uri);
    const linted = await this.deps.analyzer.lint(() => document, settings, undefined, true);
    const analysis = linted?.analysis ?? null;
    if (analysis) {
      this.settledDisk.set(uri, analysis);
      this.signatures.set(uri, outlineSignature(analysis.outline));
    } else this.settledDisk.delete(uri);
    return analysis;
  }

  /**
   * A version of an open document was analysed: when its outline differs from the one the other
   * open files of its set were linted with, they are linted again (their references may now lead
   * somewhere, or nowhere).
   */
  analysed(analysis: Analysis): void {
    const signature = outlineSignature(analysis.outline);
    if (this.signatures.get(analysis.uri) === signature) return;
    this.signatures.set(analysis.uri, signature);
    this.touched(analysis.uri);
  }

  /**
   * Lints again every open draft whose set holds `uri`, or that is in a set and in the folder that
   * holds it (a new file joins a folder's set). A draft that stands alone is left alone: a file
   * changing beside it on disk (a git checkout) costs it nothing.
   */
  private touched(uri: string): void {
    const folder = fileOf(uri) === null ? null : dirname(fileOf(uri)!);
    for (const document of this.deps.documents.all()) {
      if (document.uri === uri) continue;
      const newest = this.deps.analyzer.newest(document.uri);
      if (!newest) continue;
      const own = fileOf(document.uri);
      const inFolder = folder !== null && own !== null && dirname(own) === folder;
      if (newest.setFiles.includes(uri) || (newest.setFiles.length > 0 && inFolder)) this.deps.relint(document.uri);
    }
  }

  /** Markdown files changed on disk (watched files): what was read of them is dropped, and the open drafts of their sets linted again. */
  changedOnDisk(uris: readonly string[]): void {
    for (const uri of uris) {
      this.disk.delete(uri);
      this.settledDisk.delete(uri);
      this.signatures.delete(uri);
      if (!this.deps.documents.get(uri)) this.touched(uri);
    }
  }

  /** A file was closed: from now on the others read it from disk, which may differ from its unsaved text. */
  closed(uri: string): void {
    this.signatures.delete(uri);
    this.touched(uri);
  }

  /** Settings or config files changed: every set may be another. */
  clear(): void {
    this.disk.clear();
    this.settledDisk.clear();
    this.signatures.clear();
  }

  /**
   * The set of an analysed draft for navigation, or null when it stands alone: every member's
   * analysis (open ones their newest, or with `current` the one of their current version, as a rename
   * needs), and the index merged from their outlines.
   */
  async view(analysis: Analysis, current = false): Promise<SetView | null> {
    if (analysis.setFiles.length === 0) return null;
    const members = new Map<string, Analysis>();
    await Promise.all(
      analysis.setFiles.map(async (file) => {
        const found = file === analysis.uri ? analysis : this.deps.documents.get(file) ? await this.deps.analysisOf(file, current) : await this.fromDisk(file);
        if (found) members.set(file, found);
      }),
    );
    const ordered = analysis.setFiles.flatMap((file) => members.get(file)?.outline ?? []);
    return { members, index: buildSetIndex(ordered) };
  }

  /** Every file of every set an open draft belongs to, and the open drafts that stand alone: what workspace symbols list. */
  async known(): Promise<Analysis[]> {
    const seen = new Map<string, Analysis>();
    for (const document of this.deps.documents.all()) {
      const analysis = await this.deps.analysisOf(document.uri, false);
      if (!analysis) continue;
      seen.set(analysis.uri, analysis);
      const view = await this.view(analysis);
      for (const [uri, member] of view?.members ?? []) if (!seen.has(uri)) seen.set(uri, member);
    }
    return [...seen.values()];
  }
}
