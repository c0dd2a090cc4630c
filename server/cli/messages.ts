import type { Locale } from '../engine/types';
import { fill } from '../engine/localize';

/** The CLI's own sentences (rule messages come localised from the engine). */
const texts = {
  missing: { nl: '{path}: bestand of map niet gevonden', en: '{path}: no such file or directory' },
  noMatch: { nl: '{path}: geen bestanden gevonden', en: '{path}: no files match' },
  binary: { nl: '{path}: binair bestand overgeslagen', en: '{path}: binary file skipped' },
  notMarkdown: { nl: '{path}: geen Markdown-bestand (.md, .markdown), overgeslagen', en: '{path}: not a Markdown file (.md, .markdown), skipped' },
  unreadable: { nl: '{path}: kan niet worden gelezen ({reason})', en: '{path}: cannot be read ({reason})' },
  invalidUtf8: {
    nl: '{path}: ongeldige UTF-8 vanaf byte {offset}; gecontroleerd met vervangingstekens{nofix}',
    en: '{path}: invalid UTF-8 at byte {offset}; linted with replacement characters{nofix}',
  },
  invalidUtf8NoFix: { nl: ', niet hersteld', en: ', not fixed' },
  writeFailed: {
    nl: '{path}: herstel niet opgeslagen ({reason}); het bestand is ongewijzigd',
    en: '{path}: fixes not written ({reason}); the file is unchanged',
  },
  reasonReadOnly: { nl: 'het bestand is alleen-lezen', en: 'the file is read-only' },
  reasonChanged: { nl: 'het bestand is gewijzigd nadat caolint het las; voer --fix opnieuw uit', en: 'the file changed after caolint read it; run --fix again' },
  reasonNotAFile: { nl: 'geen gewoon bestand', en: 'not a regular file' },
  reasonShortWrite: { nl: 'niet alle bytes konden worden geschreven; schijf vol?', en: 'not every byte could be written; disk full?' },
  reasonNoSpace: { nl: 'schijf vol', en: 'disk full' },
  reasonTooLarge: { nl: 'bestand groter dan toegestaan', en: 'file larger than allowed' },
  internal: { nl: '{path}: interne fout ({reason})', en: '{path}: internal error ({reason})' },
  inputLimit: { nl: '{path}: niet gecontroleerd ({reason})', en: '{path}: not checked ({reason})' },
  noFiles: { nl: 'geef bestanden, mappen of patronen op (zie caolint --help)', en: 'no files, folders or globs given (see caolint --help)' },
  problems: {
    nl: '{total} {totalWord} ({errors} {errorWord}, {warnings} {warningWord}, {infos} info)',
    en: '{total} {totalWord} ({errors} {errorWord}, {warnings} {warningWord}, {infos} info)',
  },
  clean: { nl: 'Geen problemen gevonden in {files} {fileWord}.', en: 'No problems found in {files} {fileWord}.' },
  fixed: { nl: '{count} {fixWord} toegepast in {files} {fileWord}.', en: '{count} {fixWord} applied in {files} {fileWord}.' },
  tooManyWarnings: {
    nl: 'caolint vond {warnings} waarschuwingen, meer dan het maximum van {max} (--max-warnings).',
    en: 'caolint found {warnings} warnings, more than the maximum of {max} (--max-warnings).',
  },
} as const;

const plurals = {
  problem: { nl: ['probleem', 'problemen'], en: ['problem', 'problems'] },
  error: { nl: ['fout', 'fouten'], en: ['error', 'errors'] },
  warning: { nl: ['waarschuwing', 'waarschuwingen'], en: ['warning', 'warnings'] },
  file: { nl: ['bestand', 'bestanden'], en: ['file', 'files'] },
  fix: { nl: ['herstel', 'herstellingen'], en: ['fix', 'fixes'] },
} as const;

export type MessageId = keyof typeof texts;

export function word(id: keyof typeof plurals, count: number, locale: Locale): string {
  return plurals[id][locale][count === 1 ? 0 : 1];
}

export function t(id: MessageId, locale: Locale, data: Record<string, string | number> = {}): string {
  return fill(texts[id], locale, data);
}
