import type { Locale, Severity } from '../engine/types';
import { fill } from '../engine/localize';

/** Mistakes on the command line (exit code 2); the CLI adds a line pointing at --help. */
const usage = {
  unknownOption: { nl: 'onbekende optie {option}', en: 'unknown option {option}' },
  valueMissing: { nl: '{option} verwacht een waarde', en: '{option} needs a value' },
  noValueExpected: { nl: '{option} neemt geen waarde', en: '{option} takes no value' },
  badArguments: { nl: 'de opdrachtregel kan niet worden gelezen ({detail})', en: 'cannot read the command line ({detail})' },
  badFormat: { nl: "--format moet een van {formats} zijn (niet '{value}')", en: "--format must be one of {formats} (got '{value}')" },
  badLocale: { nl: "--locale moet nl of en zijn (niet '{value}')", en: "--locale must be nl or en (got '{value}')" },
  badMaxWarnings: {
    nl: "--max-warnings moet een geheel getal van 0 of meer zijn (niet '{value}'); gebruik 0 om geen enkele waarschuwing toe te staan",
    en: "--max-warnings must be a whole number of 0 or more (got '{value}'); use 0 to allow no warnings at all",
  },
  noFilesTaken: { nl: "'caolint {command}' neemt geen bestanden (kreeg '{value}')", en: "'caolint {command}' takes no files (got '{value}')" },
  rulesFormat: { nl: "'caolint rules' kent alleen --format stylish of json", en: "'caolint rules' supports --format stylish or json" },
  stdinWithFiles: {
    nl: '- of --stdin leest één concept van de standaardinvoer en gaat niet samen met bestanden',
    en: '- or --stdin reads one draft from standard input and cannot be combined with files',
  },
  stdinFilenameWithoutStdin: { nl: '--stdin-filename hoort bij --stdin of -', en: '--stdin-filename goes with --stdin or -' },
  stdinFix: {
    nl: '--fix kan niet naar de standaardinvoer schrijven; gebruik --fix-dry-run om de herstellingen als diff te zien',
    en: '--fix cannot write to standard input; use --fix-dry-run to see the fixes as a diff',
  },
  fixAndDryRun: { nl: '--fix en --fix-dry-run sluiten elkaar uit', en: '--fix and --fix-dry-run exclude each other' },
  baseWithoutCompare: { nl: '--base hoort bij caolint compare', en: '--base goes with caolint compare' },
  compareNoFix: {
    nl: "'caolint compare' kent geen --fix, --fix-dry-run, --stdin, --quiet of --max-warnings: het vergelijkt twee bestanden en meldt alles",
    en: "'caolint compare' takes no --fix, --fix-dry-run, --stdin, --quiet or --max-warnings: it compares two files and reports everything",
  },
  compareTwoFiles: {
    nl: "'caolint compare' verwacht twee bestanden, de oude en de nieuwe versie (kreeg er {count}); of één bestand met --base <git-revisie>",
    en: "'caolint compare' takes two files, the old and the new version (got {count}); or one file with --base <git-ref>",
  },
  compareOneFile: { nl: "'caolint compare --base' verwacht één bestand (kreeg er {count})", en: "'caolint compare --base' takes one file (got {count})" },
  seeHelp: { nl: 'Zie caolint --help.', en: 'See caolint --help.' },
} as const;

export type UsageMessageId = keyof typeof usage;

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
  reasonChanged: {
    nl: 'het bestand is gewijzigd nadat caolint het las; voer --fix opnieuw uit',
    en: 'the file changed after caolint read it; run --fix again',
  },
  reasonNotAFile: { nl: 'geen gewoon bestand', en: 'not a regular file' },
  reasonShortWrite: { nl: 'niet alle bytes konden worden geschreven; schijf vol?', en: 'not every byte could be written; disk full?' },
  reasonNoSpace: { nl: 'schijf vol', en: 'disk full' },
  reasonTooLarge: { nl: 'bestand groter dan toegestaan', en: 'file larger than allowed' },
  internal: { nl: '{path}: interne fout ({reason})', en: '{path}: internal error ({reason})' },
  ruleCrashed: {
    nl: '{path}: regel {rule} is vastgelopen ({reason}); de andere regels zijn wel toegepast',
    en: '{path}: rule {rule} crashed ({reason}); the other rules did run',
  },
  inputLimit: { nl: '{path}: niet gecontroleerd ({reason})', en: '{path}: not checked ({reason})' },
  noFiles: { nl: 'geef bestanden, mappen of patronen op (zie caolint --help)', en: 'no files, folders or globs given (see caolint --help)' },
  problems: {
    nl: '{total} {totalWord} ({errors} {errorWord}, {warnings} {warningWord}, {infos} info)',
    en: '{total} {totalWord} ({errors} {errorWord}, {warnings} {warningWord}, {infos} info)',
  },
  clean: { nl: 'Geen problemen gevonden in {files} {fileWord}.', en: 'No problems found in {files} {fileWord}.' },
  fixed: { nl: '{count} {fixWord} toegepast in {files} {fileWord}.', en: '{count} {fixWord} applied in {files} {fileWord}.' },
  hiddenByQuiet: { nl: '{hidden} verborgen door --quiet', en: '{hidden} hidden by --quiet' },
  hiddenInfos: { nl: '{count} info-{infoWord}', en: '{count} {infoWord}' },
  and: { nl: 'en', en: 'and' },
  cleanQuiet: { nl: 'Geen fouten gevonden in {files} {fileWord}; {hidden}.', en: 'No errors found in {files} {fileWord}; {hidden}.' },
  ignoredStdin: { nl: '{path}: uitgesloten door .caolintignore, niet gecontroleerd', en: '{path}: excluded by .caolintignore, not checked' },
  stdinUnreadable: { nl: 'de standaardinvoer kan niet worden gelezen ({reason})', en: 'cannot read standard input ({reason})' },
  outputFailed: { nl: '{path}: rapport niet geschreven ({reason})', en: '{path}: report not written ({reason})' },
  dryRunSummary: {
    nl: 'Met --fix {would} {count} {fixWord} worden toegepast in {files} {fileWord}; er is niets geschreven (--fix-dry-run).',
    en: 'With --fix, {count} {fixWord} {would} be applied in {files} {fileWord}; nothing was written (--fix-dry-run).',
  },
  dryRunNothing: { nl: 'Niets te herstellen (--fix-dry-run).', en: 'Nothing to fix (--fix-dry-run).' },
  progress: { nl: '{done} van {total} bestanden gecontroleerd', en: '{done} of {total} files checked' },
  initWritten: {
    nl: '{path} geschreven. Pas de regels aan en start caolint op uw concepten, bijvoorbeeld: npx caolint .',
    en: '{path} written. Adjust the rules, then run caolint on your drafts, for example: npx caolint .',
  },
  initExists: {
    nl: '{path} bestaat al; caolint init overschrijft geen configuratie. Pas dat bestand aan of verwijder het eerst.',
    en: '{path} already exists; caolint init does not overwrite a configuration. Edit that file or remove it first.',
  },
  initFailed: { nl: '{path}: niet geschreven ({reason})', en: '{path}: not written ({reason})' },
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
  info: { nl: ['melding', 'meldingen'], en: ['info message', 'info messages'] },
  would: { nl: ['zou', 'zouden'], en: ['would', 'would'] },
} as const;

const severities: Record<Severity, Record<Locale, string>> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
};

/** A severity as the report shows it, in the run's language (the JSON and SARIF keep the fixed English keys). */
export function severityWord(severity: Severity, locale: Locale): string {
  return severities[severity][locale];
}

/** The widest severity word of a language, so columns line up. */
export function severityWidth(locale: Locale): number {
  return Math.max(...Object.values(severities).map((s) => s[locale].length));
}

export function usageText(id: UsageMessageId, locale: Locale, data: Record<string, string | number> = {}): string {
  return fill(usage[id], locale, data);
}

export type MessageId = keyof typeof texts;

export function word(id: keyof typeof plurals, count: number, locale: Locale): string {
  return plurals[id][locale][count === 1 ? 0 : 1];
}

export function t(id: MessageId, locale: Locale, data: Record<string, string | number> = {}): string {
  return fill(texts[id], locale, data);
}
