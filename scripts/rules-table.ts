// Writes the rule table into README.md (tools/rulesTable.ts renders it). `npm run docs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import { readmeWithTable } from '../tools/rulesTable';

const file = join(packageRoot(), 'README.md');
writeFileSync(file, readmeWithTable(readFileSync(file, 'utf8'), allRules));
console.log(`README.md: rule table written (${allRules.length} rules)`);
