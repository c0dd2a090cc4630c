/**
 * docs/ci.md and .pre-commit-hooks.yaml as a policy repository copies them (issue 10, item 2):
 * every `caolint` command on the page parses and runs on a real draft with the exit code the
 * recipe expects, each pipeline reads the report file its earlier step wrote, the example config
 * is valid, and the pre-commit hooks name a bin the package has.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allRules } from '../rules/index';
import { parseCommandLine } from '../server/cli/args';
import { runCli } from '../server/cli/run';
import { validateConfig } from '../server/config/validate';
import { packageRoot } from '../server/engine/paths';

const root = packageRoot();
const page = readFileSync(join(root, 'docs', 'ci.md'), 'utf8');

/** The fenced blocks of a Markdown page with their language. */
function blocks(markdown: string): Array<{ lang: string; code: string }> {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2] }));
}

interface Command {
  /** As written on the page. */
  line: string;
  /** The arguments after `caolint`. */
  args: string[];
  /** The file stdout is redirected to, if any. */
  output?: string;
  /** Whether exit code 1 is accepted (`|| [ $? -eq 1 ]`). */
  acceptsFindings: boolean;
}

/** Every `npx caolint ...` command in a text, split the way the shell would split these simple lines. */
function commands(text: string): Command[] {
  return [...text.matchAll(/npx caolint ([^\n]*)/g)].map((m) => {
    const line = m[0];
    const [invocation, ...fallback] = m[1].split(' || ');
    const [argText, output] = invocation.split(' > ');
    return { line, args: argText.trim().split(/\s+/), output: output?.trim(), acceptsFindings: fallback.join(' || ').trim() === '[ $? -eq 1 ]' };
  });
}

const yamlBlocks = blocks(page)
  .filter((b) => b.lang === 'yaml')
  .map((b) => parse(b.code) as Record<string, unknown>);
const allCommands = commands(page);

/** A chapter with a lapsing budget (a warning) and a config that makes that rule an error, so both exit codes occur. */
const CHAPTER = `# Hoofdstuk 4 Duurzame inzetbaarheid

## Artikel 4.1 Ontwikkelbudget

1. De medewerker heeft jaarlijks recht op een ontwikkelbudget van € 750.
2. Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.
`;

describe('docs/ci.md', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-ci-docs-'));
    mkdirSync(join(dir, 'cao'));
    writeFileSync(join(dir, 'cao', 'hoofdstuk-4.md'), CHAPTER);
    writeFileSync(join(dir, '.caolintrc.yaml'), 'root: true\nrules:\n  budget-spending-period: error\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]): { code: number; stdout: string; stderr: string } => {
    let stdout = '';
    let stderr = '';
    const code = runCli(args, { cwd: dir, color: false, rules: allRules, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  };

  it('shows the commands of all three recipes', () => {
    const formats = allCommands.map((c) => parseCommandLine(c.args).format);
    for (const format of ['sarif', 'github', 'gitlab', 'junit', 'stylish'] as const) assert.ok(formats.includes(format), `no ${format} command on the page`);
  });

  for (const command of allCommands) {
    it(`\`${command.line}\` parses and, on a draft with an error-level finding, does what the recipe expects`, () => {
      assert.doesNotThrow(() => parseCommandLine(command.args));
      const result = run(command.args);
      assert.equal(result.stderr, '');
      // Exit 1: the findings. A step that writes a report accepts it; a step meant to fail the job must fail.
      assert.equal(result.code, 1);
      if (command.output) assert.ok(command.acceptsFindings, `${command.line}: the report step would fail the job before the upload`);
      else assert.ok(!command.acceptsFindings);
    });
  }

  it('GitHub Actions: code scanning gets the SARIF file the earlier step wrote, with the permission to write alerts', () => {
    const workflow = yamlBlocks.find((y) => 'jobs' in y) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, string>; if?: string }> }>;
    };
    assert.ok(workflow, 'no workflow on the page');
    assert.equal(workflow.permissions['security-events'], 'write');
    const steps = Object.values(workflow.jobs)[0].steps;
    const sarifStep = steps.findIndex((s) => s.run && commands(s.run).some((c) => c.args.join(' ').includes('--format sarif')));
    const sarifFile = commands(steps[sarifStep].run ?? '')[0].output;
    const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload > sarifStep, 'the upload comes after the SARIF is written');
    assert.equal(steps[upload].with?.sarif_file, sarifFile);
    assert.equal(steps[upload].if, 'always()', 'alerts are uploaded even when a later step fails');
    assert.ok(
      steps.some((s) => s.run && commands(s.run).some((c) => c.args.includes('github'))),
      'annotations',
    );
  });

  it('GitLab CI: the Code Quality and JUnit reports are the files the script writes', () => {
    const job = Object.values(yamlBlocks.find((y) => Object.values(y).some((v) => typeof v === 'object' && v !== null && 'script' in v)) ?? {})[0] as {
      script: string[];
      artifacts: { when: string; reports: { codequality: string; junit: string } };
    };
    assert.ok(job, 'no GitLab job on the page');
    const written = new Map(
      job.script
        .flatMap(commands)
        .filter((c) => c.output)
        .map((c) => [parseCommandLine(c.args).format, c.output]),
    );
    assert.equal(job.artifacts.reports.codequality, written.get('gitlab'));
    assert.equal(job.artifacts.reports.junit, written.get('junit'));
    assert.equal(job.artifacts.when, 'always');
  });

  it('the example .caolintrc.yaml with docsBaseUrl is a valid configuration', () => {
    const config = yamlBlocks.find((y) => 'docsBaseUrl' in y);
    assert.ok(config);
    assert.doesNotThrow(() => validateConfig(config, allRules, 'docs/ci.md'));
  });

  it('pre-commit: the configuration uses hooks the repository defines, with arguments caolint takes', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
    const config = yamlBlocks.find((y) => 'repos' in y) as { repos: Array<{ repo: string; hooks: Array<{ id: string; args?: string[] }> }> };
    assert.ok(config);
    for (const hook of config.repos[0].hooks) {
      assert.ok(
        hooks.some((h) => h.id === hook.id),
        `${hook.id} is not in .pre-commit-hooks.yaml`,
      );
      assert.doesNotThrow(() => parseCommandLine([...(hook.args ?? []), 'cao/hoofdstuk-4.md']));
    }
  });
});

describe('README, "In CI"', () => {
  it('shows commands caolint takes and the hook the repository defines, and links docs/ci.md', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## In CI'), readme.indexOf('\n## ', readme.indexOf('## In CI') + 1));
    assert.match(section, /\(docs\/ci\.md\)/);
    const shown = commands(section);
    assert.deepEqual(
      shown.map((c) => parseCommandLine(c.args).format),
      ['github', 'sarif', 'gitlab', 'junit'],
    );
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
    const config = blocks(section)
      .filter((b) => b.lang === 'yaml')
      .map((b) => parse(b.code) as { repos: Array<{ hooks: Array<{ id: string }> }> })[0];
    assert.ok(config.repos[0].hooks.every((h) => hooks.some((d) => d.id === h.id)));
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    name: string;
    entry: string;
    language: string;
    types: string[];
  }>;
  const bins = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);

  it('defines node hooks on Markdown files whose entry is a bin of the package with options it takes', () => {
    assert.deepEqual(
      hooks.map((h) => h.id),
      ['caolint', 'caolint-fix'],
    );
    for (const hook of hooks) {
      assert.equal(hook.language, 'node');
      assert.deepEqual(hook.types, ['markdown']);
      assert.ok(hook.name);
      const [bin, ...args] = hook.entry.split(/\s+/);
      assert.ok(bins.includes(bin), `${bin} is not a bin of the package`);
      // pre-commit appends the staged files.
      assert.equal(parseCommandLine([...args, 'hoofdstuk-4.md']).command, 'lint');
    }
    assert.equal(parseCommandLine(hooks[1].entry.split(/\s+/).slice(1)).fix, true);
  });
});
