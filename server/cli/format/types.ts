import type { Locale, Rule } from '../../engine/types';
import type { FileReport } from '../../report/fileReport';

export interface FormatContext {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** The rule catalogue of this run (SARIF lists it). */
  rules: readonly Rule[];
  version: string;
  /** Files linted (including clean ones). */
  fileCount: number;
  fixesApplied: number;
  filesFixed: number;
  /** With --quiet: what was left out ("20 waarschuwingen verborgen door --quiet"), for the summary line. */
  quietHidden?: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
