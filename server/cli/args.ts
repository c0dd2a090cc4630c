import { parseArgs } from 'node:util';
import type { Locale } from '../engine/types';
import type { UsageMessageId } from './messages';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'gitlab' | 'junit' | 'html';
/** Every report format of `--format` (the help and docs/cli.md are checked against it). */
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit', 'html'];

/** The reports of `caolint compare`: a comparison is no list of findings per file, so it has formats of its own. */
export type CompareFormatName = 'stylish' | 'json' | 'markdown' | 'html';
export const COMPARE_FORMATS: readonly CompareFormatName[] = ['stylish', 'json', 'markdown', 'html'];

export interface CliOptions {
  command: 'lint' | 'rules' | 'init' | 'printConfig' | 'compare' | 'help' | 'version';
  targets: string[];
  format: FormatName;
  /** The report format of `caolint compare` (`format` stays at its default then). */
  compareFormat: CompareFormatName;
  /** With `compare`: the git revision whose version of the one file is the old version. */
  base?: string;
  fix: boolean;
  /** Work out the fixes and print them as a unified diff; write nothing. */
  fixDryRun: boolean;
  config?: string;
  locale?: Locale;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
  /** Read the draft from standard input (`-` or `--stdin`). */
  stdin: boolean;
  /** Where the text read from standard input is taken to live (config, ignore, report name). */
  stdinFilename?: string;
  /** Write the report to this file instead of standard output. */
  outputFile?: string;
  /** The file whose effective configuration `--print-config` prints. */
  printConfig?: string;
}

/** A mistake on the command line: reported with exit code 2, in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly id: UsageMessageId,
    readonly data: Record<string, string | number> = {},
  ) {
    super(id);
    this.name = 'UsageError';
  }
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  locale: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'print-config': { type: 'string' },
  base: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Every long option the CLI takes (the help and docs/cli.md are checked against it). */
export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

/** The option Node's parser message names in quotes ('--fix', '-x'; the long name of '-f, --format <value>'). */
function optionIn(message: string): string {
  return /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '?';
}

/** Node's parser errors, whose text is English and about the parser, as one of our own messages. */
function translateParseError(error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = optionIn(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return new UsageError('noValueExpected', { option });
    return new UsageError('valueMissing', { option });
  }
  return new UsageError('badArguments', { detail: message.split('\n')[0] });
}

/**
 * Node's parser refuses a value starting with a dash (`--max-warnings -1`) as "ambiguous"; a
 * negative number is plainly meant as the value, so it is passed on as `--max-warnings=-1` and our
 * own check explains what is wrong with it.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    const next = argv[i + 1];
    if (name !== null && name in OPTIONS && OPTIONS[name as OptionName].type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** The `--locale` given on the command line, if valid, read before parsing so even a usage error can be in that language. */
export function localeInArgs(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice('--locale='.length) : undefined;
    if (value === 'nl' || value === 'en') return value;
  }
  return undefined;
}

/** Reads the command line. Throws UsageError for unknown options or bad values. */
export function parseCommandLine(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw translateParseError(error);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  const comparing = positionals[0] === 'compare' && !values.help && !values.version && values['print-config'] === undefined;
  const allowed: readonly string[] = comparing ? COMPARE_FORMATS : FORMATS;
  if (!allowed.includes(format)) throw new UsageError('badFormat', { formats: allowed.join(', '), value: format });
  if (values.locale !== undefined && values.locale !== 'nl' && values.locale !== 'en') throw new UsageError('badLocale', { value: values.locale });
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError('badMaxWarnings', { value: raw });
    maxWarnings = Number(raw);
  }
  const sub = positionals[0];
  const command: CliOptions['command'] = values.help
    ? 'help'
    : values.version
      ? 'version'
      : values['print-config'] !== undefined
        ? 'printConfig'
        : sub === 'rules'
          ? 'rules'
          : sub === 'init'
            ? 'init'
            : comparing
              ? 'compare'
              : 'lint';
  const targets = command === 'rules' || command === 'init' || command === 'compare' ? positionals.slice(1) : positionals;
  if (values.base !== undefined && command !== 'compare') throw new UsageError('baseWithoutCompare');
  if (command === 'compare') {
    if (values.fix || values['fix-dry-run'] || values.stdin || targets.includes('-') || values.quiet || values['max-warnings'] !== undefined)
      throw new UsageError('compareNoFix');
    if (targets.length !== (values.base === undefined ? 2 : 1))
      throw new UsageError(values.base === undefined ? 'compareTwoFiles' : 'compareOneFile', { count: targets.length });
  }
  if ((command === 'rules' || command === 'init') && targets.length > 0) throw new UsageError('noFilesTaken', { command, value: targets[0] });
  if (command === 'rules' && format !== 'stylish' && format !== 'json') throw new UsageError('rulesFormat');

  // `-` among the files means standard input, as in most Unix tools.
  const dash = targets.includes('-');
  const stdin = (values.stdin ?? false) || dash;
  const files = targets.filter((t) => t !== '-');
  if (stdin && files.length > 0) throw new UsageError('stdinWithFiles');
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('stdinFilenameWithoutStdin');
  if (stdin && values.fix) throw new UsageError('stdinFix');
  if (values.fix && values['fix-dry-run']) throw new UsageError('fixAndDryRun');
  return {
    command,
    targets: files,
    format: comparing ? 'stylish' : (format as FormatName),
    compareFormat: comparing ? (format as CompareFormatName) : 'stylish',
    base: values.base,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    config: values.config,
    locale: values.locale as Locale | undefined,
    maxWarnings,
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    stdin,
    stdinFilename: values['stdin-filename'],
    outputFile: values['output-file'],
    printConfig: values['print-config'],
  };
}

export const HELP: Record<Locale, string> = {
  nl: `Gebruik: caolint [opties] <bestanden|mappen|patronen>...
       caolint [opties] --stdin [--stdin-filename <pad>]   (of: caolint -)
       caolint rules [--format stylish|json]
       caolint init
       caolint --print-config <bestand>
       caolint compare [opties] <oud> <nieuw>
       caolint compare [opties] --base <git-revisie> <bestand>

Controleert Markdown-concepten van cao's en HR-regelingen op de handreiking
"Duurzaam aan het werk". Mappen worden doorzocht op *.md en *.markdown
(zonder node_modules en wat .caolintignore uitsluit).

Opties:
  -f, --format <naam>          stylish (standaard), json, sarif, github, gitlab, junit of html;
                               bij compare: stylish, json, markdown of html
      --fix                    pas de voorgestelde herstellingen toe en sla op
      --fix-dry-run            toon de herstellingen als diff; schrijf niets
  -c, --config <bestand>       gebruik dit configuratiebestand in plaats van te zoeken
      --locale <nl|en>         taal van de uitvoer (standaard nl)
      --max-warnings <n>       exitcode 1 bij meer dan n waarschuwingen
  -q, --quiet                  toon alleen fouten (en zeg hoeveel er verborgen is)
  -o, --output-file <pad>      schrijf het rapport naar dit bestand
      --stdin, -               lees het concept van de standaardinvoer
      --stdin-filename <pad>   behandel die invoer alsof hij in dit bestand staat
      --print-config <pad>     toon de configuratie die voor dit bestand geldt
      --base <git-revisie>     (compare) vergelijk met de versie van het bestand in git
      --color, --no-color      wel of geen kleur in de uitvoer (standaard: kleur op een terminal)
  -h, --help                   deze hulp
  -v, --version                versienummer

Opdrachten:
  rules                        alle regels met uitleg en link
  init                         schrijf een start-.caolintrc.yaml in deze map
  compare                      vergelijk twee versies van een concept per bepaling:
                               opgelost, nieuw, nog open, en wat er inhoudelijk
                               veranderde (--format stylish, json, markdown of html)

Exitcodes: 0 geen fouten, 1 fouten of te veel waarschuwingen (compare: de
           nieuwe versie brengt fouten in), 2 verkeerd gebruik of ongeldige configuratie.
`,
  en: `Usage: caolint [options] <files|folders|globs>...
       caolint [options] --stdin [--stdin-filename <path>]   (or: caolint -)
       caolint rules [--format stylish|json]
       caolint init
       caolint --print-config <file>
       caolint compare [options] <old> <new>
       caolint compare [options] --base <git-ref> <file>

Checks Markdown drafts of Dutch cao's and HR policies against the guidance
"Duurzaam aan het werk". Folders are searched for *.md and *.markdown
(skipping node_modules and whatever .caolintignore excludes).

Options:
  -f, --format <name>          stylish (default), json, sarif, github, gitlab, junit or html;
                               with compare: stylish, json, markdown or html
      --fix                    apply the suggested fixes and save
      --fix-dry-run            show the fixes as a diff; write nothing
  -c, --config <file>          use this config file instead of searching
      --locale <nl|en>         language of the output (default nl)
      --max-warnings <n>       exit code 1 when there are more than n warnings
  -q, --quiet                  report errors only (and say how much was hidden)
  -o, --output-file <path>     write the report to this file
      --stdin, -               read the draft from standard input
      --stdin-filename <path>  treat that input as if it were this file
      --print-config <path>    print the configuration that applies to this file
      --base <git-ref>         (compare) compare with the file's version in git
      --color, --no-color      colour in the output or not (default: colour on a terminal)
  -h, --help                   this help
  -v, --version                version number

Commands:
  rules                        every rule with its explanation and link
  init                         write a starter .caolintrc.yaml in this folder
  compare                      compare two versions of a draft per provision:
                               resolved, introduced, still open, and what changed
                               in substance (--format stylish, json, markdown or html)

Exit codes: 0 no errors, 1 errors or too many warnings (compare: the new
            version introduces errors), 2 usage error or invalid configuration.
`,
};
