import type { Locale, Severity } from '../../engine/types';
import type { ConditionStatus, NotCheckedReason } from '../scorecard';

/** Every word the HTML report says itself, in both languages (the findings come already localised). */
const STRINGS = {
  nl: {
    title: 'caolint-rapport: toets aan de handreiking Duurzaam aan het werk',
    heading: 'Toets aan de handreiking Duurzaam aan het werk',
    skip: 'Naar de inhoud',
    contents: 'Documenten in dit rapport',
    documents: (n: number) => `${n} ${n === 1 ? 'document' : 'documenten'}`,
    findingsCount: (n: number) => `${n} ${n === 1 ? 'bevinding' : 'bevindingen'}`,
    scorecard: 'Scorekaart per interventie',
    scorecardCaption: 'Welke voorwaarden van de handreiking dit concept haalt, per interventie. Elke voorwaarde is één regel van caolint.',
    intervention: 'Interventie',
    condition: 'Voorwaarde',
    verdict: 'Oordeel',
    metSummary: (met: number, judged: number) => `${met} van ${judged} getoetste voorwaarden gehaald`,
    nothingJudged: 'Geen voorwaarde getoetst',
    untouched: (n: number) =>
      `Het concept regelt niets waar ${n === 1 ? 'de voorwaarde' : `de ${n} voorwaarden`} van deze interventie over ${n === 1 ? 'gaat' : 'gaan'}.`,
    chart: 'Bevindingen per interventie',
    chartAlt: (parts: string[]) => `Staafdiagram van de bevindingen per interventie: ${parts.join('; ')}.`,
    chartPart: (name: string, total: number, detail: string) => `${name}: ${total}${detail ? ` (${detail})` : ''}`,
    findings: 'Bevindingen',
    noFindings: 'Geen bevindingen: caolint vond niets dat tekortschiet ten opzichte van de handreiking.',
    location: (line: number, column: number) => `regel ${line}, kolom ${column}`,
    sentence: 'In de tekst',
    markLabel: 'gemarkeerd',
    guidance: 'Wat de handreiking zegt',
    fix: 'Voorgestelde clausule',
    replaces: 'Vervangt',
    rulePage: 'Uitleg bij de regel',
    footer: (version: string) =>
      `Gemaakt met caolint ${version}. Elke voorwaarde op de scorekaart is één regel van caolint: gehaald als de regel iets vond om te toetsen en niets meldde, niet gehaald als hij iets meldde, niet van toepassing als het concept niets regelt waar de regel over gaat.`,
    summary: (errors: number, warnings: number, infos: number) =>
      `${severityCount(errors, 'error', 'nl')}, ${severityCount(warnings, 'warning', 'nl')}, ${severityCount(infos, 'info', 'nl')}`,
  },
  en: {
    title: 'caolint report: checked against the guidance Duurzaam aan het werk',
    heading: 'Checked against the guidance Duurzaam aan het werk',
    skip: 'Skip to content',
    contents: 'Documents in this report',
    documents: (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}`,
    findingsCount: (n: number) => `${n} ${n === 1 ? 'finding' : 'findings'}`,
    scorecard: 'Scorecard per intervention',
    scorecardCaption: 'Which conditions of the guidance this draft meets, per intervention. Each condition is one caolint rule.',
    intervention: 'Intervention',
    condition: 'Condition',
    verdict: 'Verdict',
    metSummary: (met: number, judged: number) => `${met} of ${judged} conditions checked are met`,
    nothingJudged: 'No condition checked',
    untouched: (n: number) =>
      `The draft arranges nothing ${n === 1 ? 'the condition' : `the ${n} conditions`} of this intervention ${n === 1 ? 'is' : 'are'} about.`,
    chart: 'Findings per intervention',
    chartAlt: (parts: string[]) => `Bar chart of the findings per intervention: ${parts.join('; ')}.`,
    chartPart: (name: string, total: number, detail: string) => `${name}: ${total}${detail ? ` (${detail})` : ''}`,
    findings: 'Findings',
    noFindings: 'No findings: caolint found nothing that falls short of the guidance.',
    location: (line: number, column: number) => `line ${line}, column ${column}`,
    sentence: 'In the text',
    markLabel: 'marked',
    guidance: 'What the guidance says',
    fix: 'Suggested clause',
    replaces: 'Replaces',
    rulePage: 'About the rule',
    footer: (version: string) =>
      `Made with caolint ${version}. Each condition on the scorecard is one caolint rule: met when the rule found something to check and reported nothing, not met when it reported something, not applicable when the draft arranges nothing the rule is about.`,
    summary: (errors: number, warnings: number, infos: number) =>
      `${severityCount(errors, 'error', 'en')}, ${severityCount(warnings, 'warning', 'en')}, ${severityCount(infos, 'info', 'en')}`,
  },
};

export type ReportStrings = (typeof STRINGS)['nl'];

export function strings(locale: Locale): ReportStrings {
  return STRINGS[locale];
}

const STATUS: Record<Locale, Record<ConditionStatus, string>> = {
  nl: { met: 'Gehaald', notMet: 'Niet gehaald', possiblyNotMet: 'Mogelijk niet gehaald', notApplicable: 'Niet van toepassing', notChecked: 'Niet getoetst' },
  en: { met: 'Met', notMet: 'Not met', possiblyNotMet: 'Possibly not met', notApplicable: 'Not applicable', notChecked: 'Not checked' },
};

const REASON: Record<Locale, Record<NotCheckedReason, string>> = {
  nl: { off: 'regel uitgezet in de configuratie', crashed: 'regel vastgelopen', silenced: 'melding in de tekst uitgezet' },
  en: { off: 'rule switched off in the configuration', crashed: 'rule crashed', silenced: 'finding switched off in the text' },
};

const SEVERITY: Record<Locale, Record<Severity, string>> = {
  nl: { error: 'Fout', warning: 'Waarschuwing', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export const statusWord = (status: ConditionStatus, locale: Locale): string => STATUS[locale][status];
export const reasonWord = (reason: NotCheckedReason, locale: Locale): string => REASON[locale][reason];
export const severityLabel = (severity: Severity, locale: Locale): string => SEVERITY[locale][severity];

const COUNTED: Record<Locale, Record<Severity, [string, string]>> = {
  nl: { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['info-melding', 'info-meldingen'] },
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'] },
};

/** "3 waarschuwingen", "1 error". */
export const severityCount = (count: number, severity: Severity, locale: Locale): string => `${count} ${COUNTED[locale][severity][count === 1 ? 0 : 1]}`;
