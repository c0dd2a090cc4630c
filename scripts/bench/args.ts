/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Alternating rounds over the multi-file set; medians are reported. */
  rounds: number;
  /** Rounds for the single big file through the three command-line tools (slow: ~30 s each per round). */
  singleRounds: number;
  /** Total input size in MiB (the multi-file set and the single file hold the same text). */
  sizeMiB: number;
  /** Size of each file of the multi-file set, in MiB. */
  fileMiB: number;
  /** Keep the temporary folder with the inputs and outputs. */
  keep: boolean;
  /** Single-character edits timed through the language server (0 skips the editor section). */
  lspEdits: number;
  /** Edits typed before the server's peak memory is read (0 skips it). */
  memoryEdits: number;
  /** Only the editor section (the language server), not the command-line tools. */
  lspOnly: boolean;
}

const USAGE = `usage: npm run bench -- [--rounds N] [--single-rounds N] [--size MB] [--file-size MB] [--keep]
  --rounds N         rounds over the multi-file set, medians reported (default 2)
  --single-rounds N  rounds for the single big file through the command-line tools (default 1)
  --size MB          total input size in MiB, at least 0.1 (default 5)
  --file-size MB     size of each file of the multi-file set in MiB (default 1)
  --keep             keep the temporary folder with inputs and outputs
  --lsp-edits N      single-character edits timed through the language server (default 30; 0 skips the editor section)
  --memory-edits N   edits typed before reading the server's peak memory (default 1000; 0 skips it)
  --lsp-only         only the editor section`;

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${USAGE}`);
  }
}

function positive(name: string, raw: string | undefined, integer: boolean, min: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${name} needs ${integer ? 'a whole number' : 'a number'} of at least ${min}`);
  }
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { rounds: 2, singleRounds: 1, sizeMiB: 5, fileMiB: 1, keep: false, lspEdits: 30, memoryEdits: 1000, lspOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--rounds':
        options.rounds = positive(flag, value(), true, 1);
        break;
      case '--single-rounds':
        options.singleRounds = positive(flag, value(), true, 0);
        break;
      case '--size':
        options.sizeMiB = positive(flag, value(), false, 0.1);
        break;
      case '--file-size':
        options.fileMiB = positive(flag, value(), false, 0.05);
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--lsp-edits':
        options.lspEdits = positive(flag, value(), true, 0);
        break;
      case '--memory-edits':
        options.memoryEdits = positive(flag, value(), true, 0);
        break;
      case '--lsp-only':
        options.lspOnly = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('caolint benchmark');
      default:
        throw new UsageError(`unknown option ${argv[i]}`);
    }
  }
  return options;
}
