import { parseArgs } from 'node:util';
import type { Locale } from '../engine/types';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'gitlab' | 'junit';
const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'];

export interface CliOptions {
  command: 'lint' | 'rules' | 'help' | 'version';
  targets: string[];
  format: FormatName;
  fix: boolean;
  config?: string;
  locale?: Locale;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
}

/** A mistake on the command line: reported with exit code 2. */
export class UsageError extends Error {}

/** Reads the command line. Throws UsageError for unknown options or bad values. */
export function parseCommandLine(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format as FormatName)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${format}')`);
  if (values.locale !== undefined && values.locale !== 'nl' && values.locale !== 'en') throw new UsageError(`--locale must be nl or en (got '${values.locale}')`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got '${raw}')`);
    maxWarnings = Number(raw);
  }
  const command = values.help ? 'help' : values.version ? 'version' : positionals[0] === 'rules' ? 'rules' : 'lint';
  const targets = command === 'rules' ? positionals.slice(1) : positionals;
  if (command === 'rules' && targets.length > 0) throw new UsageError(`'caolint rules' takes no files (got '${targets[0]}')`);
  if (command === 'rules' && format !== 'stylish' && format !== 'json') throw new UsageError("'caolint rules' supports --format stylish or json");
  return {
    command,
    targets,
    format: format as FormatName,
    fix: values.fix ?? false,
    config: values.config,
    locale: values.locale as Locale | undefined,
    maxWarnings,
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
  };
}

export const HELP: Record<Locale, string> = {
  nl: `Gebruik: caolint [opties] <bestanden|mappen|patronen>...
       caolint rules [--format stylish|json]

Controleert Markdown-concepten van cao's en HR-regelingen op de handreiking
"Duurzaam aan het werk". Mappen worden doorzocht op *.md en *.markdown
(zonder node_modules en wat .caolintignore uitsluit).

Opties:
  -f, --format <naam>     stylish (standaard), json, sarif, github, gitlab of junit
      --fix               pas de voorgestelde herstellingen toe en sla op
  -c, --config <bestand>  gebruik dit configuratiebestand in plaats van te zoeken
      --locale <nl|en>    taal van de meldingen (standaard nl)
      --max-warnings <n>  exitcode 1 bij meer dan n waarschuwingen
  -q, --quiet             toon alleen fouten
      --no-color          geen kleur in de uitvoer
  -h, --help              deze hulp
  -v, --version           versienummer

Exitcodes: 0 geen fouten, 1 fouten of te veel waarschuwingen,
           2 verkeerd gebruik of ongeldige configuratie.
`,
  en: `Usage: caolint [options] <files|folders|globs>...
       caolint rules [--format stylish|json]

Checks Markdown drafts of Dutch cao's and HR policies against the guidance
"Duurzaam aan het werk". Folders are searched for *.md and *.markdown
(skipping node_modules and whatever .caolintignore excludes).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, gitlab or junit
      --fix               apply the suggested fixes and save
  -c, --config <file>     use this config file instead of searching
      --locale <nl|en>    language of the messages (default nl)
      --max-warnings <n>  exit code 1 when there are more than n warnings
  -q, --quiet             report errors only
      --no-color          no colour in the output
  -h, --help              this help
  -v, --version           version number

Exit codes: 0 no errors, 1 errors or too many warnings,
            2 usage error or invalid configuration.
`,
};
