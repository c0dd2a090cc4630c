import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import { readmeWithTable } from '../tools/rulesTable';

describe('README', () => {
  it('lists every rule as the rules themselves declare it (run `npm run docs` after changing a rule)', () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    assert.equal(readme, readmeWithTable(readme, allRules));
  });
});
