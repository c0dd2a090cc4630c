/**
 * The CI formats as a policy repository's pipeline reads them (issue 10, item 2): SARIF checked
 * against the published SARIF 2.1.0 schema (from an npm devDependency) on the bundled samples,
 * GitLab Code Quality against the format GitLab documents (see test/report-schemas.ts), JUnit for
 * test views, GitHub annotations; every link a web address (the config's `docsBaseUrl`, else the
 * published rule pages), never the runner's disk. Real rules, real drafts.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allRules } from '../rules/index';
import { runCli } from '../server/cli/run';
import { DEFAULT_DOCS_BASE_URL, packageRoot, webRuleDocsUrl } from '../server/engine/paths';
import { sarifSchema, sarifSchemaFile, validGitlab, validSarif } from './report-schemas';

/** A chapter that lapses its budget within the year and leaves out guidance: several findings from the real rules. */
const CHAPTER = `# Hoofdstuk 4 Duurzame inzetbaarheid

## Artikel 4.1 Ontwikkelbudget

1. De medewerker heeft jaarlijks recht op een ontwikkelbudget van € 750.
2. Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.

## Artikel 4.2 Loopbaangesprek

De werkgever voert elk jaar een loopbaangesprek met de medewerker over opleiding en ontwikkeling.
`;

/** A text with nothing for the rules to say. */
const CLEAN = `# Hoofdstuk 9 Slotbepalingen

## Artikel 9.1 Looptijd

Deze cao loopt van 1 januari 2027 tot en met 31 december 2028.
`;

let dir: string;

function put(rel: string, content: string): string {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function cli(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd: dir, color: false, rules: allRules, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

interface Sarif {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri: string; help: { text: string; markdown: string }; shortDescription: { text: string } }> } };
    results: Array<{
      ruleId: string;
      properties: { docs: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }>;
    }>;
  }>;
}

interface GitlabIssue {
  check_name: string;
  description: string;
  fingerprint: string;
  severity: string;
  content: { body: string };
  location: { path: string; lines: { begin: number } };
}

describe('CI report formats', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-formats-'));
    put('.caolintrc.json', '{ "root": true }');
    put('cao/hoofdstuk-4.md', CHAPTER);
    put('cao/hoofdstuk-9.md', CLEAN);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the schemas catch the mistakes they are there for', () => {
    const sarif = JSON.parse(cli(['--format', 'sarif', 'cao']).stdout) as Sarif;
    const broken = (
      change: (log: { runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown>> } }; results: Array<Record<string, unknown>> }> }) => void,
    ) => {
      const copy = structuredClone(sarif) as unknown as Parameters<typeof change>[0];
      change(copy);
      return copy;
    };
    assert.equal(validSarif(broken((log) => (log.runs[0].tool.driver.rules[0].helpURI = 'https://example.org/'))), false, 'an unknown key');
    assert.equal(validSarif(broken((log) => (log.runs[0].results[0].level = 'warn'))), false, 'a level SARIF does not have');
    assert.equal(
      validSarif(broken((log) => (log.runs[0].tool.driver.rules[0].helpUri = 'rules/budget-spending-period.md'))),
      false,
      'a helpUri that is no absolute URI',
    );
    assert.equal(validSarif(broken((log) => delete log.runs[0].results[0].message)), false, 'a result without a message');
    assert.equal(
      validSarif(
        broken(
          (log) =>
            ((log.runs[0].results[0].locations as Array<{ physicalLocation: { region: { startLine: number } } }>)[0].physicalLocation.region.startLine = 0),
        ),
      ),
      false,
      'line 0',
    );
    const issues = JSON.parse(cli(['--format', 'gitlab', 'cao']).stdout) as GitlabIssue[];
    assert.equal(validGitlab([{ ...issues[0], severity: 'warning' }]), false, 'a severity GitLab does not have');
    assert.equal(validGitlab([{ ...issues[0], location: { path: join(dir, 'cao/hoofdstuk-4.md'), lines: { begin: 6 } } }]), false, 'an absolute path');
    assert.equal(validGitlab([{ ...issues[0], fingerprint: undefined }]), false, 'no fingerprint');
    assert.equal(validGitlab([{ ...issues[0], location: { path: 'cao/hoofdstuk-4.md' } }]), false, 'no line');
  });

  it('the SARIF schema is the published one, read from its npm package', () => {
    assert.match(sarifSchemaFile, /node_modules[\\/]@microsoft[\\/]jest-sarif[\\/]lib[\\/]schemas[\\/]sarif-2\.1\.0-rtm\.5\.json$/);
    assert.equal(sarifSchema.title, 'Static Analysis Results Format (SARIF) Version 2.1.0-rtm.5 JSON Schema');
    assert.equal(sarifSchema.id, 'https://raw.githubusercontent.com/schemastore/schemastore/master/src/schemas/json/sarif-2.1.0-rtm.5.json');
    // The complete schema: all 52 object definitions of SARIF 2.1.0, from address to webResponse.
    assert.equal(Object.keys(sarifSchema.definitions).length, 52);
    assert.ok(readFileSync(sarifSchemaFile, 'utf8').split('\n').length > 2500);
  });

  describe('SARIF', () => {
    it('is valid SARIF 2.1.0 and carries each rule page as help text and Markdown, linked on the web', () => {
      const run = cli(['--format', 'sarif', 'cao']);
      assert.equal(run.stderr, '');
      const sarif = JSON.parse(run.stdout) as Sarif;
      assert.ok(validSarif(sarif), JSON.stringify(validSarif.errors, null, 2));
      const { rules } = sarif.runs[0].tool.driver;
      assert.equal(rules.length, allRules.length);
      for (const rule of rules) {
        assert.equal(rule.helpUri, `${DEFAULT_DOCS_BASE_URL}${rule.id}.md`);
        // The Dutch part of rules/<id>.md, the run's language.
        assert.match(rule.help.markdown, new RegExp(`^# ${rule.id}: `));
        assert.match(rule.help.markdown, /## Wat controleert deze regel/);
        assert.doesNotMatch(rule.help.markdown, /## English/);
        // The intervention link resolves beside the published page, not against the alert's own URL.
        assert.doesNotMatch(rule.help.markdown, /\]\(\.\//);
        assert.match(rule.help.markdown, /\]\(https:\/\/github\.com\/caolint\/caolint\/blob\/main\/rules\/interventions\/[a-z-]+\.md\)/);
        assert.doesNotMatch(rule.help.text, /\*\*|\]\(|^#/m);
        assert.ok(rule.help.text.length > 200);
      }
      const results = sarif.runs[0].results;
      assert.ok(results.some((r) => r.ruleId === 'budget-spending-period'));
      assert.deepEqual([...new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))], ['cao/hoofdstuk-4.md']);
      assert.doesNotMatch(run.stdout, /file:/, 'no link or location names the runner’s disk');
    });

    it('follows --locale en: English descriptions and the English part of the page', () => {
      const sarif = JSON.parse(cli(['--format', 'sarif', '--locale', 'en', 'cao']).stdout) as Sarif;
      assert.ok(validSarif(sarif), JSON.stringify(validSarif.errors, null, 2));
      const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'budget-spending-period');
      assert.equal(rule?.shortDescription.text, allRules.find((r) => r.meta.id === 'budget-spending-period')?.meta.description.en);
      assert.match(rule?.help.markdown ?? '', /^\*\*Intervention:\*\*/);
      assert.match(rule?.help.markdown ?? '', /^## What it checks$/m);
      assert.doesNotMatch(rule?.help.markdown ?? '', /Wat controleert/);
    });

    it('links where the config says with docsBaseUrl (the organisation’s own copy of the pages)', () => {
      put('.caolintrc.json', '{ "root": true, "docsBaseUrl": "https://beleid.example.nl/caolint/regels" }');
      const sarif = JSON.parse(cli(['--format', 'sarif', 'cao']).stdout) as Sarif;
      assert.ok(validSarif(sarif), JSON.stringify(validSarif.errors, null, 2));
      for (const rule of sarif.runs[0].tool.driver.rules) assert.equal(rule.helpUri, `https://beleid.example.nl/caolint/regels/${rule.id}.md`);
      for (const result of sarif.runs[0].results) assert.equal(result.properties.docs, `https://beleid.example.nl/caolint/regels/${result.ruleId}.md`);
      const help = sarif.runs[0].tool.driver.rules[0].help.markdown;
      assert.match(help, /\]\(https:\/\/beleid\.example\.nl\/caolint\/regels\/interventions\//);
    });

    describe('on the bundled samples, against the published SARIF 2.1.0 schema', () => {
      const fixable = new Set(allRules.filter((r) => r.meta.fixable).map((r) => r.meta.id));
      beforeEach(() => cpSync(join(packageRoot(), 'samples'), join(dir, 'samples'), { recursive: true }));

      function sarifOf(argv: string[]): Sarif {
        const run = cli(['--format', 'sarif', ...argv]);
        assert.equal(run.stderr, '');
        const sarif = JSON.parse(run.stdout) as Sarif;
        assert.ok(validSarif(sarif), JSON.stringify(validSarif.errors, null, 2));
        return sarif;
      }

      it('all samples in one run: findings from many of them, fixable ones among them', () => {
        const { results } = sarifOf(['samples']).runs[0];
        const files = new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
        assert.ok(files.size >= 15, `findings in ${files.size} samples`);
        assert.ok(
          results.some((r) => fixable.has(r.ruleId)),
          'a finding that has a fix',
        );
        assert.ok(
          results.some((r) => !fixable.has(r.ruleId)),
          'a finding without one',
        );
      });

      it('after --fix: what the fixes leave', () => {
        const before = sarifOf(['samples']).runs[0].results;
        const after = sarifOf(['--fix', 'samples']).runs[0].results;
        assert.ok(after.length < before.length, `${before.length} findings before --fix, ${after.length} after`);
      });

      it('a clean sample: the rule catalogue and no results', () => {
        const sarif = sarifOf(['samples/cao-hoofdstuk-loopbaan-goed.md']);
        assert.deepEqual(sarif.runs[0].results, []);
        assert.equal(sarif.runs[0].tool.driver.rules.length, allRules.length);
      });

      it('--locale en', () => {
        const sarif = sarifOf(['--locale', 'en', 'samples']);
        assert.ok(sarif.runs[0].results.length > 0);
        assert.match(sarif.runs[0].tool.driver.rules[0].help.markdown, /^## What it checks$/m);
      });

      it('every sample on its own', () => {
        for (const name of readdirSync(join(dir, 'samples')).filter((f) => f.endsWith('.md') && f !== 'README.md')) sarifOf([`samples/${name}`]);
      });
    });
  });

  describe('docsBaseUrl', () => {
    it('unset: stylish and json keep the bundled pages for the writer at this terminal; github links the published pages', () => {
      const stylish = cli(['cao/hoofdstuk-4.md']).stdout;
      assert.match(stylish, /file:\/\/\S+\/rules\/budget-spending-period\.md/);
      const github = cli(['--format', 'github', 'cao/hoofdstuk-4.md']).stdout;
      assert.match(github, /^::warning file=cao\/hoofdstuk-4\.md,line=6,/m);
      assert.ok(github.includes(`(${webRuleDocsUrl('budget-spending-period')})`), github);
      assert.doesNotMatch(github, /file:/);
    });

    it('set: every format links there, the front matter of one draft included', () => {
      put('.caolintrc.yaml', 'root: true\ndocsBaseUrl: https://beleid.example.nl/regels/\n');
      rmSync(join(dir, '.caolintrc.json'));
      const [report] = JSON.parse(cli(['--format', 'json', 'cao/hoofdstuk-4.md']).stdout) as Array<{ messages: Array<{ ruleId: string; docs: string }> }>;
      for (const m of report.messages) assert.equal(m.docs, `https://beleid.example.nl/regels/${m.ruleId}.md`);
      assert.match(cli(['cao/hoofdstuk-4.md']).stdout, /https:\/\/beleid\.example\.nl\/regels\/budget-spending-period\.md/);
      put('cao/hoofdstuk-5.md', `---\ncaolint:\n  docsBaseUrl: https://intranet.example.nl/cao\n---\n${CHAPTER}`);
      const github = cli(['--format', 'github', 'cao/hoofdstuk-5.md']).stdout;
      assert.ok(github.includes('(https://intranet.example.nl/cao/budget-spending-period.md)'), github);
    });

    it('refuses a local path: a report is read on another machine', () => {
      put('.caolintrc.json', '{ "root": true, "docsBaseUrl": "/srv/caolint/rules/" }');
      const run = cli(['--format', 'sarif', 'cao']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /docsBaseUrl moet een webadres zijn \(http:\/\/ of https:\/\/\), geen pad op schijf/);
      const english = cli(['--format', 'sarif', '--locale', 'en', 'cao']);
      assert.match(english.stderr, /docsBaseUrl must be a web address \(http:\/\/ or https:\/\/\), not a local path/);
    });
  });

  describe('GitLab Code Quality', () => {
    it('is a valid Code Quality report with repository-relative paths and the rule page in the body', () => {
      const run = cli(['--format', 'gitlab', 'cao']);
      assert.equal(run.stderr, '');
      const issues = JSON.parse(run.stdout) as GitlabIssue[];
      assert.ok(validGitlab(issues), JSON.stringify(validGitlab.errors, null, 2));
      assert.ok(issues.length >= 2);
      const lapse = issues.find((i) => i.check_name === 'budget-spending-period');
      assert.equal(lapse?.location.path, 'cao/hoofdstuk-4.md');
      assert.equal(lapse?.location.lines.begin, 6);
      assert.equal(lapse?.severity, 'minor');
      assert.equal(lapse?.content.body, webRuleDocsUrl('budget-spending-period'));
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
    });

    it('keeps a finding’s fingerprint when lines are added above it, so the merge request does not call it new', () => {
      const before = JSON.parse(cli(['--format', 'gitlab', 'cao']).stdout) as GitlabIssue[];
      put(
        'cao/hoofdstuk-4.md',
        CHAPTER.replace('# Hoofdstuk 4 Duurzame inzetbaarheid\n', '# Hoofdstuk 4 Duurzame inzetbaarheid\n\nDit hoofdstuk is in 2027 herzien.\n'),
      );
      const after = JSON.parse(cli(['--format', 'gitlab', 'cao']).stdout) as GitlabIssue[];
      const lapse = (issues: GitlabIssue[]) => issues.find((i) => i.check_name === 'budget-spending-period');
      assert.equal(lapse(after)?.location.lines.begin, (lapse(before)?.location.lines.begin ?? 0) + 2);
      assert.equal(lapse(after)?.fingerprint, lapse(before)?.fingerprint);
    });

    it('is valid for every bundled sample, and starts with no byte order mark (GitLab’s parser refuses one)', () => {
      cpSync(join(packageRoot(), 'samples'), join(dir, 'samples'), { recursive: true });
      const run = cli(['--format', 'gitlab', 'samples']);
      assert.equal(run.stderr, '');
      assert.ok(!run.stdout.startsWith('\uFEFF'));
      const issues = JSON.parse(run.stdout) as GitlabIssue[];
      assert.ok(issues.length >= 15);
      assert.ok(validGitlab(issues), JSON.stringify(validGitlab.errors, null, 2));
    });

    it('is an empty array for clean drafts', () => {
      const run = cli(['--format', 'gitlab', 'cao/hoofdstuk-9.md']);
      assert.equal(run.code, 0);
      assert.deepEqual(JSON.parse(run.stdout), []);
    });
  });

  describe('JUnit', () => {
    it('one testsuite per file: a failing testcase per finding, a passing one for a clean file', () => {
      const run = cli(['--format', 'junit', 'cao']);
      assert.equal(run.stderr, '');
      const xml = run.stdout;
      assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="caolint" /);
      const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)].map((m) => ({
        name: m[1],
        tests: Number(m[2]),
        failures: Number(m[3]),
      }));
      assert.deepEqual(
        suites.map((s) => s.name),
        ['cao/hoofdstuk-4.md', 'cao/hoofdstuk-9.md'],
      );
      assert.ok(suites[0].failures > 0 && suites[0].tests === suites[0].failures);
      assert.deepEqual(suites[1], { name: 'cao/hoofdstuk-9.md', tests: 1, failures: 0 });
      assert.match(xml, /<testcase classname="cao\/hoofdstuk-9\.md" name="caolint" \/>/);
      assert.match(xml, /<testcase classname="cao\/hoofdstuk-4\.md" name="budget-spending-period 6:\d+">\n\s+<failure type="warning" message="[^"]+">/);
      // Every element opened is closed.
      assert.equal((xml.match(/<testsuite /g) ?? []).length, (xml.match(/<\/testsuite>/g) ?? []).length);
      assert.equal((xml.match(/<failure /g) ?? []).length, (xml.match(/<\/failure>/g) ?? []).length);
      assert.doesNotMatch(xml, /file:/);
    });

    it('escapes what XML cannot carry as is: a file named with & and quotes, a message with «guillemets»', () => {
      put('cao/O&O "concept".md', CHAPTER);
      const xml = cli(['--format', 'junit', 'cao/O&O "concept".md']).stdout;
      assert.match(xml, /<testsuite name="cao\/O&amp;O &quot;concept&quot;\.md"/);
      assert.doesNotMatch(xml, /&(?!(?:amp|lt|gt|quot|apos);)/, 'a bare ampersand');
      assert.match(xml, /<testcase classname="cao\/O&amp;O &quot;concept&quot;\.md" name="budget-spending-period 6:4">/);
      assert.match(xml, /«ontwikkelbudget»/);
    });
  });
});
