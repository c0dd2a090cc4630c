import { fill } from '../engine/localize';
import type { Locale, Localized } from '../engine/types';
import { displayPath } from '../config/errors';
import { describeSubstance, keyLabel } from '../compare/describe';
import type { CompareResult, ProvisionComparison } from '../compare/types';

/** The sentences of `caolint compare` (the findings' messages and the substance changes come localised from the engine). */
const texts = {
  title: { nl: 'Vergelijking {before} -> {after}', en: 'Comparison {before} -> {after}' },
  changes: { nl: 'inhoud', en: 'substance' },
  resolved: { nl: 'opgelost', en: 'resolved' },
  introduced: { nl: 'nieuw', en: 'introduced' },
  open: { nl: 'nog open', en: 'still open' },
  added: { nl: 'toegevoegd', en: 'added' },
  removed: { nl: 'verwijderd', en: 'removed' },
  document: { nl: 'overige tekst', en: 'rest of the draft' },
  article: { nl: 'artikel {number}', en: 'article {number}' },
  moved: { nl: 'artikel {before} -> {after}', en: 'article {before} -> {after}' },
  line: { nl: 'regel {line}', en: 'line {line}' },
  lineMoved: { nl: 'regel {before} -> {after}', en: 'line {before} -> {after}' },
  unchanged: { nl: 'Ongewijzigd: {names}.', en: 'Unchanged: {names}.' },
  nothing: { nl: 'Geen verschil in bevindingen of inhoud.', en: 'No difference in findings or substance.' },
  summary: {
    nl: '{resolved} opgelost, {introduced} nieuw, {open} nog open; {changes} inhoudelijke {changeWord}; {added} {provisionWord} toegevoegd, {removed} verwijderd',
    en: '{resolved} resolved, {introduced} introduced, {open} still open; {changes} {changeWord} in substance; {added} {provisionWord} added, {removed} removed',
  },
  introducedErrors: { nl: 'De nieuwe versie brengt {count} {errorWord} in.', en: 'The new version introduces {count} {errorWord}.' },
  status: { nl: 'status', en: 'status' },
  severity: { nl: 'ernst', en: 'severity' },
  rule: { nl: 'regel', en: 'rule' },
  where: { nl: 'plaats', en: 'where' },
  message: { nl: 'melding', en: 'message' },
  notRepository: {
    nl: '{path}: staat niet in een git-repository; --base {ref} kan er geen oude versie van lezen',
    en: '{path}: is not in a git repository; --base {ref} cannot read an old version of it',
  },
  noGit: { nl: '{path}: git is niet gevonden; --base {ref} heeft git nodig', en: '{path}: git was not found; --base {ref} needs git' },
  unknownRef: { nl: '{path}: git kent de revisie {ref} niet', en: '{path}: git does not know the revision {ref}' },
  missingAtRef: { nl: '{path}: bestaat niet in {ref} (gezocht als {gitPath})', en: '{path}: does not exist at {ref} (looked for {gitPath})' },
} satisfies Record<string, Localized>;

const plurals = {
  change: { nl: ['wijziging', 'wijzigingen'], en: ['change', 'changes'] },
  provision: { nl: ['bepaling', 'bepalingen'], en: ['provision', 'provisions'] },
  error: { nl: ['fout', 'fouten'], en: ['error', 'errors'] },
} as const;

export type CompareTextId = keyof typeof texts;

export function ct(id: CompareTextId, locale: Locale, data: Record<string, string | number> = {}): string {
  return fill(texts[id], locale, data);
}

export function plural(id: keyof typeof plurals, count: number, locale: Locale): string {
  return plurals[id][locale][count === 1 ? 0 : 1];
}

/** The totals in one line: "1 opgelost, 0 nieuw, 2 nog open; 3 inhoudelijke wijzigingen; 0 bepalingen toegevoegd, 0 verwijderd". */
export function summaryLine(result: CompareResult, locale: Locale): string {
  const t = result.totals;
  return ct('summary', locale, {
    resolved: t.resolved,
    introduced: t.introduced,
    open: t.open,
    changes: t.changes,
    changeWord: plural('change', t.changes, locale),
    added: t.provisionsAdded,
    removed: t.provisionsRemoved,
    provisionWord: plural('provision', t.provisionsAdded, locale),
  });
}

/** How a provision is named in a report: the draft's name, the work design in words, the article's heading, or "the rest of the draft". */
export function provisionName(c: ProvisionComparison, locale: Locale): string {
  const identity = (c.after ?? c.before)?.identity;
  if (!identity || identity.kind === 'document') return ct('document', locale);
  return identity.kind === 'work' ? keyLabel(identity.name, locale) : identity.name;
}

/** Where a provision stands: "artikel 9 -> 7, regel 12 -> 5", "artikel 7", or only the line outside articles. */
export function provisionPlace(c: ProvisionComparison, locale: Locale): string {
  const before = c.before;
  const after = c.after;
  if ((after ?? before)?.identity.kind === 'document') return '';
  const parts: string[] = [];
  const a = before?.identity.article ?? null;
  const b = after?.identity.article ?? null;
  if (a !== null && b !== null && a !== b) parts.push(ct('moved', locale, { before: a, after: b }));
  else if (b !== null || a !== null) parts.push(ct('article', locale, { number: (b ?? a) as string }));
  if (before && after && before.line !== after.line) parts.push(ct('lineMoved', locale, { before: before.line, after: after.line }));
  else if (before ?? after) parts.push(ct('line', locale, { line: (after ?? before)!.line }));
  return parts.join(', ');
}

/** Kept provisions with nothing to report: no finding in either version and no change. */
export function unchanged(c: ProvisionComparison): boolean {
  return c.status === 'kept' && c.resolved.length + c.introduced.length + c.open.length + c.changes.length === 0;
}

/** A version as a report names it: its path from the working folder, with "@ref" for a version read from git. */
export function versionName(version: CompareResult['before'], cwd: string): string {
  return `${displayPath(version.filePath, cwd)}${version.ref === null ? '' : `@${version.ref}`}`;
}

/**
 * An instrument or work design, not a bucket of findings (an article, the rest of the draft): only a
 * provision is said to be added or removed; a bucket exists in a version only when it holds findings there.
 */
export function isProvision(p: ProvisionComparison): boolean {
  const kind = (p.after ?? p.before)?.identity.kind;
  return kind === 'instrument' || kind === 'work';
}

/** The substance lines of a provision: its changes when kept; what it provides (or provided) when added or removed. */
export function substanceLines(p: ProvisionComparison, locale: Locale): string[] {
  if (p.status === 'kept') return p.changes.map((c) => c.text);
  const version = p.after ?? p.before;
  return version && isProvision(p) ? describeSubstance(version.substance, locale) : [];
}
