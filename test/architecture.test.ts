// Dependencies point down only (docs/architecture.md, "Layers"). This reads the import statements of
// every source file and fails when a module imports a layer above it, when anything but an entry
// point imports the rule catalogue, or when product code (server/, rules/) has an import cycle.
// Type-only imports count: a cycle of types is still two modules that cannot be understood apart.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from '../server/engine/paths';

const root = packageRoot();

/** Source files under the folders that hold code, as paths relative to the package root. */
function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = join(dir, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.(ts|mts|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path.split('\\').join('/'));
    }
  };
  for (const dir of ['server', 'rules', 'client/src', 'scripts', 'tools', 'test']) if (existsSync(join(root, dir))) walk(dir);
  return out;
}

const IMPORT = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The package-relative files a source file imports (relative specifiers only; packages are not layers). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    const base = resolve(root, dirname(file), spec);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
    if (found) out.push(relative(root, found).split('\\').join('/'));
  }
  return out;
}

/** The model's vocabulary: the types of the policy model and the verb paradigms the lexicon is written in. Leaves, below the lexicon. */
const VOCABULARY = [
  'server/model/types.ts',
  'server/model/factBase.ts',
  'server/model/workFacts.ts',
  'server/model/draftingFacts.ts',
  'server/model/lines.ts',
  'server/model/morphology/dutchVerbs.ts',
];
/** The model's query layer: it reads a built PolicyDocument. Extraction (everything else in server/model) must not use it. */
const QUERIES = [
  'server/model/query.ts',
  'server/model/provisions.ts',
  'server/model/provisionNames.ts',
  'server/model/provisionPurposes.ts',
  'server/model/budgets.ts',
  'server/model/work.ts',
];
/** What rules and configuration see of the engine: types, fix builders, message filling, limits, paths. No running of rules. */
const RULE_API = [
  'server/engine/types.ts',
  'server/engine/defineRule.ts',
  'server/engine/fixes.ts',
  'server/engine/localize.ts',
  'server/engine/limits.ts',
  'server/engine/paths.ts',
];

type Layer =
  | 'vocabulary'
  | 'lexicon'
  | 'extraction'
  | 'queries'
  | 'set'
  | 'rule-api'
  | 'rules'
  | 'config'
  | 'engine'
  | 'compare'
  | 'report'
  | 'faces'
  | 'tools'
  | 'scripts'
  | 'test';

export function layerOf(file: string): Layer {
  if (VOCABULARY.includes(file)) return 'vocabulary';
  if (file.startsWith('server/model/lexicon/')) return 'lexicon';
  if (QUERIES.includes(file)) return 'queries';
  if (file.startsWith('server/model/')) return 'extraction';
  // A cao in several files (server/set/): the outline and cross-file resolution sit on the model; which
  // files form the set is configuration; reading the others from disk is engine work.
  if (file === 'server/set/members.ts') return 'config';
  if (file === 'server/set/diskOutlines.ts') return 'engine';
  if (file.startsWith('server/set/')) return 'set';
  if (RULE_API.includes(file)) return 'rule-api';
  if (file.startsWith('rules/')) return 'rules';
  if (file.startsWith('server/config/')) return 'config';
  if (file.startsWith('server/engine/')) return 'engine';
  if (file.startsWith('server/compare/')) return 'compare';
  if (file.startsWith('server/report/')) return 'report';
  if (/^server\/(cli|lsp|threads)\//.test(file) || file.startsWith('client/')) return 'faces';
  if (file.startsWith('tools/')) return 'tools';
  if (file.startsWith('scripts/')) return 'scripts';
  if (file.startsWith('test/')) return 'test';
  throw new Error(`${file}: no layer (add its folder to layerOf and to docs/architecture.md)`);
}

const PRODUCT: Layer[] = ['vocabulary', 'lexicon', 'extraction', 'queries', 'set', 'rule-api', 'rules', 'config', 'engine', 'compare', 'report', 'faces'];

/** The layers each layer may import, besides its own. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  vocabulary: [],
  lexicon: ['vocabulary'],
  extraction: ['lexicon', 'vocabulary'],
  queries: ['extraction', 'lexicon', 'vocabulary'],
  set: ['queries', 'extraction', 'lexicon', 'vocabulary'],
  'rule-api': ['set', 'queries', 'extraction', 'lexicon', 'vocabulary'],
  rules: ['rule-api', 'set', 'queries', 'extraction', 'lexicon', 'vocabulary'],
  config: ['rule-api', 'vocabulary'],
  engine: ['config', 'rule-api', 'set', 'queries', 'extraction', 'lexicon', 'vocabulary'],
  compare: ['engine', 'config', 'rule-api', 'set', 'queries', 'extraction', 'lexicon', 'vocabulary'],
  report: ['compare', 'engine', 'config', 'rule-api', 'set', 'queries', 'extraction', 'lexicon', 'vocabulary'],
  faces: ['rules', 'report', 'compare', 'engine', 'config', 'rule-api', 'set', 'queries', 'extraction', 'lexicon', 'vocabulary'],
  tools: [...PRODUCT],
  scripts: [...PRODUCT, 'tools'],
  test: [...PRODUCT, 'tools'],
};

/** Who may import the rule catalogue: the CLI's and the language server's entry points (and scripts, tools, tests, which are callers of their own). */
const CATALOGUE = 'rules/index.ts';
const CATALOGUE_IMPORTERS = ['server/cli/run.ts', 'server/cli/fileWorker.ts', 'server/lsp/server.ts', 'server/lsp/lintWorker.ts'];

/** Test runners in scripts/ (`npm run test:e2e`) run test code: they may import test/. */
const isTestRunner = (file: string) => /^scripts\/test-[\w-]+\.mjs$/.test(file);

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sources()) edges.set(file, importsOf(file, readFileSync(join(root, file), 'utf8')));
  return edges;
}

/** Strongly connected components of more than one module (Tarjan), each sorted. */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('architecture: dependencies point down only', () => {
  const edges = graph();

  it('finds the imports it checks (the scanner reads import, export … from and import())', () => {
    assert.ok(edges.size > 300, `only ${edges.size} source files found`);
    assert.deepEqual(
      importsOf('server/engine/x.ts', "import type { A } from './types';\nexport { b } from '../model/query';\nconst c = await import('./parse');"),
      ['server/engine/types.ts', 'server/model/query.ts', 'server/engine/parse.ts'],
    );
  });

  it('no layer imports a layer above it', () => {
    const upward: string[] = [];
    for (const [file, imports] of edges) {
      const from = layerOf(file);
      for (const target of imports) {
        const to = layerOf(target);
        if (to === from || MAY_IMPORT[from].includes(to)) continue;
        if (from === 'scripts' && to === 'test' && isTestRunner(file)) continue;
        upward.push(`${file} -> ${target}  (${from} may not import ${to})`);
      }
    }
    assert.deepEqual(upward, [], `upward imports:\n${upward.join('\n')}`);
  });

  it('only the entry points import the rule catalogue; the engine and the configuration are given it', () => {
    const importers = [...edges].filter(([file, imports]) => imports.includes(CATALOGUE) && PRODUCT.includes(layerOf(file))).map(([file]) => file);
    assert.deepEqual(importers.sort(), [...CATALOGUE_IMPORTERS].sort());
  });

  it('product code has no import cycle (the model included, type-only imports too)', () => {
    const product = new Map([...edges].filter(([file]) => PRODUCT.includes(layerOf(file))));
    assert.deepEqual(cycles(product), []);
  });

  it('the check sees a cycle and an upward import when there is one', () => {
    assert.deepEqual(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
      [['a', 'b', 'c']],
    );
    assert.ok(!MAY_IMPORT[layerOf('server/model/facts/time.ts')].includes(layerOf('server/model/query.ts')), 'extraction may not import queries');
    assert.ok(!MAY_IMPORT[layerOf('server/engine/lint.ts')].includes(layerOf('rules/index.ts')), 'the engine may not import rules');
    assert.ok(!MAY_IMPORT[layerOf('scripts/corpus-score.ts')].includes(layerOf('test/corpus.test.ts')), 'scripts may not import tests');
    assert.ok(!MAY_IMPORT[layerOf('test/readme.test.ts')].includes(layerOf('scripts/rules-table.ts')), 'tests may not import scripts');
  });
});
