import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import type { InterventionId } from '../server/engine/types';

/** The eight intervention cards of the guidance, each with its own page. */
const INTERVENTIONS: InterventionId[] = [
  'taakherontwerp',
  'dialoog',
  'tijd-voor-ontwikkeling',
  'budget-gangbaar',
  'subsidies',
  'zeggenschap-budget',
  'job-crafting',
  'opleidingsverlof',
];

const rulesDir = join(packageRoot(), 'rules');
const interventionsDir = join(rulesDir, 'interventions');
const read = (path: string): string => readFileSync(path, 'utf8');

/** Relative link targets of a Markdown page (web links and in-page anchors left out). */
function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const m of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1];
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
    targets.push(target.split('#')[0]);
  }
  return targets;
}

/** The page's Dutch part (before "## English") and its English part. */
function parts(markdown: string): { nl: string; en: string | null } {
  const at = markdown.search(/^## English\s*$/m);
  return at < 0 ? { nl: markdown, en: null } : { nl: markdown.slice(0, at), en: markdown.slice(at) };
}

const rulePages = readdirSync(rulesDir).filter((f) => f.endsWith('.md'));
const interventionPages = readdirSync(interventionsDir).filter((f) => f.endsWith('.md'));

describe('documentation pages', () => {
  it('has a page for every intervention of the guidance', () => {
    for (const id of INTERVENTIONS) assert.ok(existsSync(join(interventionsDir, `${id}.md`)), `rules/interventions/${id}.md is missing`);
  });

  for (const rule of allRules) {
    const { id, intervention, alsoInterventions = [], options } = rule.meta;
    describe(`rule ${id}`, () => {
      const path = join(rulesDir, `${id}.md`);

      it('has a page with a Dutch part and an English section', () => {
        assert.ok(existsSync(path), `rules/${id}.md is missing`);
        const { nl, en } = parts(read(path));
        assert.ok(en !== null, `rules/${id}.md has no "## English" section`);
        assert.match(nl, /## Wat controleert deze regel/, 'the Dutch part says what the rule checks');
        assert.match(en ?? '', /### What it checks/, 'the English part says what the rule checks');
      });

      it('links to its intervention pages, and they link back', () => {
        const page = read(path);
        for (const iv of [intervention, ...alsoInterventions]) {
          assert.ok(page.includes(`(./interventions/${iv}.md)`), `rules/${id}.md does not link to its intervention ${iv}`);
          const back = read(join(interventionsDir, `${iv}.md`));
          assert.ok(back.includes(`(../${id}.md)`), `rules/interventions/${iv}.md does not list ${id}`);
        }
      });

      it('documents every option the rule declares', () => {
        const page = read(path);
        for (const name of Object.keys(options)) assert.ok(page.includes(`\`${name}\``), `rules/${id}.md does not document option ${name}`);
      });
    });
  }

  it('every rule page names an existing intervention, and that intervention lists the rule', () => {
    for (const file of rulePages) {
      const page = read(join(rulesDir, file));
      const linked = [...page.matchAll(/\(\.\/interventions\/([a-z-]+)\.md\)/g)].map((m) => m[1]);
      assert.ok(linked.length > 0, `rules/${file} links to no intervention`);
      const home = linked[0];
      assert.ok(read(join(interventionsDir, `${home}.md`)).includes(`(../${file})`), `rules/interventions/${home}.md does not list ${file}`);
    }
  });

  it('every intervention page has a Dutch part, an English section and a list of rules', () => {
    for (const file of interventionPages) {
      const { nl, en } = parts(read(join(interventionsDir, file)));
      assert.ok(en !== null, `rules/interventions/${file} has no "## English" section`);
      assert.match(nl, /## Regels bij deze interventie/, `rules/interventions/${file} lists no rules`);
    }
  });

  it('all relative links in rule and intervention pages resolve to existing files', () => {
    const broken: string[] = [];
    const pages = [...rulePages.map((f) => join(rulesDir, f)), ...interventionPages.map((f) => join(interventionsDir, f))];
    for (const page of pages) {
      for (const target of relativeLinks(read(page))) {
        if (!existsSync(resolve(dirname(page), target))) broken.push(`${page.slice(rulesDir.length + 1)} -> ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});
