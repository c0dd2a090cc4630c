// Writes schemas/caolintrc.schema.json from the rules' metadata (`npm run schema`).
// A test fails when the committed file differs from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import { schemaText } from '../server/config/schema';

const target = join(packageRoot(), 'schemas', 'caolintrc.schema.json');
mkdirSync(join(packageRoot(), 'schemas'), { recursive: true });
writeFileSync(target, schemaText(allRules));
console.log(`wrote ${target} (${allRules.length} rules)`);
