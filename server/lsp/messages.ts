import type { Locale } from '../engine/types';
import { fill } from '../engine/localize';

/** The language server's own user-facing strings (rule messages come localised from the engine). */
const strings = {
  disableLine: { nl: 'Schakel {rule} uit voor deze regel', en: 'Disable {rule} for this line' },
  disableFile: { nl: 'Schakel {rule} uit voor dit bestand', en: 'Disable {rule} for this file' },
  openIntervention: { nl: 'Open interventie: {name}', en: 'Open intervention: {name}' },
  fixAll: { nl: 'Los alle caolint-problemen op', en: 'Fix all caolint problems' },
  ruleDocs: { nl: 'Documentatie van {rule}', en: 'Documentation of {rule}' },
  intervention: { nl: 'Interventie', en: 'Intervention' },
  referenceTitle: { nl: 'Referentiecijfers uit de handreiking "Duurzaam aan het werk"', en: 'Reference figures from the guidance "Duurzaam aan het werk"' },
  refPayroll: {
    nl: 'Formele scholing: gangbaar is **1-2% van de bruto loonsom**.',
    en: 'Formal training: **1-2% of the gross payroll** is customary.',
  },
  refBudget: {
    nl: 'Gemiddeld individueel ontwikkelbudget: **€ 706 per jaar** (2018; in 2013 nog € 669).',
    en: 'Average individual development budget: **EUR 706 per year** (2018, up from EUR 669 in 2013).',
  },
  refInformal: {
    nl: 'Ongeveer **70% van het leren** gebeurt informeel, tijdens het werk: budget is nodig, maar niet genoeg.',
    en: 'About **70% of learning** is informal, on the job: a budget is necessary, not sufficient.',
  },
  thisAmount: { nl: 'Dit bedrag', en: 'This amount' },
  thisPercent: { nl: 'Dit percentage', en: 'This percentage' },
  lintFailed: {
    nl: 'caolint kon deze versie van het concept niet controleren ({reason}); de meldingen komen terug na de volgende wijziging die wel lukt.',
    en: 'caolint could not check this version of the draft ({reason}); findings return with the next change that can be checked.',
  },
  configError: { nl: 'caolint: fout in configuratie: {message}', en: 'caolint: configuration error: {message}' },
  lintingWorkspace: { nl: 'caolint: werkruimte controleren', en: 'caolint: linting workspace' },
  filesDone: { nl: '{done} van {total} bestanden', en: '{done} of {total} files' },
  compareNotAFile: { nl: 'caolint kan alleen een opgeslagen Markdown-bestand vergelijken.', en: 'caolint can only compare a saved Markdown file.' },
  compareUnreadable: { nl: 'caolint kan {path} niet lezen ({reason}).', en: 'caolint cannot read {path} ({reason}).' },
  compareBinary: { nl: '{path} is geen tekstbestand.', en: '{path} is not a text file.' },
  compareNoGit: {
    nl: 'git is niet gevonden: caolint kan de versie van {path} in {ref} niet lezen.',
    en: 'git was not found: caolint cannot read the version of {path} at {ref}.',
  },
  compareNotRepository: {
    nl: '{path} staat niet in een git-repository: er is geen versie in {ref} om mee te vergelijken.',
    en: '{path} is not in a git repository: there is no version at {ref} to compare with.',
  },
  compareUnknownRef: {
    nl: 'git kent de revisie {ref} niet (in de repository van {path}).',
    en: 'git does not know the revision {ref} (in the repository of {path}).',
  },
  compareMissingAtRef: {
    nl: '{path} staat nog niet in {ref} (gezocht als {gitPath}): er is geen versie om mee te vergelijken.',
    en: '{path} is not in {ref} yet (looked for {gitPath}): there is no version to compare with.',
  },
  compareTooLarge: { nl: 'caolint kan {path} niet vergelijken: {reason}.', en: 'caolint cannot compare {path}: {reason}.' },
  renameNotHere: {
    nl: 'Alleen het nummer van een artikel, bijlage of hoofdstuk (in de kop of in een verwijzing ernaar) kan hier worden hernoemd.',
    en: 'Only the number of an article, annex or chapter (in its heading or in a reference to it) can be renamed here.',
  },
  renameBadNumber: { nl: 'Geen geldig nummer: gebruik bijvoorbeeld 7, 7a, 6.2 of XI.', en: 'Not a valid number: use for example 7, 7a, 6.2 or XI.' },
  renameTaken: { nl: 'Dat nummer bestaat al in dit document.', en: 'That number already exists in this document.' },
  renameTakenInSet: { nl: 'Dat nummer bestaat al in een van de bestanden van deze cao.', en: 'That number already exists in one of the files of this cao.' },
  refPreview: { nl: 'Verwijst naar regel {line}:', en: 'Refers to line {line}:' },
  refPreviewIn: { nl: 'Verwijst naar regel {line} van {file}:', en: 'Refers to line {line} of {file}:' },
  refExternal: {
    nl: 'Verwijst naar een ander document (een wet of regeling); caolint volgt die niet.',
    en: 'Refers to another document (an act or scheme); caolint does not follow it.',
  },
  refUnresolved: { nl: 'Verwijzing zonder doel in dit document: {reason}', en: 'Reference without a target in this document: {reason}' },
  refUnresolvedInSet: {
    nl: 'Verwijzing zonder doel in de bestanden van deze cao: {reason}',
    en: 'Reference without a target in the files of this cao: {reason}',
  },
  'reason.no-such-article': { nl: 'er is geen artikel met dit nummer.', en: 'there is no article with this number.' },
  'reason.no-such-annex': { nl: 'er is geen bijlage met dit nummer.', en: 'there is no annex with this number.' },
  'reason.no-such-chapter': { nl: 'er is geen hoofdstuk met dit nummer.', en: 'there is no chapter with this number.' },
  'reason.no-such-member': { nl: 'het artikel heeft dit lid niet.', en: 'the article has no such member.' },
  'reason.outside-excerpt': {
    nl: 'dit document is een uittreksel en het doel ligt erbuiten.',
    en: 'this document is an excerpt and the target lies outside it.',
  },
  'reason.no-structure': {
    nl: 'dit document heeft geen genummerde artikelen, bijlagen of hoofdstukken.',
    en: 'this document has no numbered articles, annexes or chapters.',
  },
  'reason.no-current-unit': { nl: 'de zin staat niet in een artikel of lid.', en: 'the sentence stands in no article or member.' },
  'reason.members-unknown': { nl: 'de leden van het artikel zijn niet te lezen.', en: 'the members of the article could not be read.' },
  'reason.no-such-item': { nl: 'het onderdeel is niet gevonden.', en: 'the item was not found.' },
} as const;

export type MessageId = keyof typeof strings;

export function t(locale: Locale, id: MessageId, data: Record<string, string | number> = {}): string {
  return fill(strings[id], locale, data);
}
