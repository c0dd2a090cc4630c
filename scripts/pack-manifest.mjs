// Keeps the `prepare` script out of the packed package.json. In a clone, `prepare` builds dist/ on
// `npm ci`; in the tarball dist/ is already built and scripts/ is absent, and npm counts `prepare`
// as an install script of a package installed from a file or git (it warns, or runs it and fails).
// `npm pack` / `npm publish` run `prepack` (build, then `disable`) and, after packing, `postpack`
// (`enable`), the same dance pinst does for `postinstall`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const manifest = JSON.parse(text);
const [from, to] = process.argv[2] === 'disable' ? ['prepare', '_prepare'] : ['_prepare', 'prepare'];
if (manifest.scripts?.[from] !== undefined) {
  // Rename in place (not delete and re-add) so the key keeps its position and the diff stays empty.
  manifest.scripts = Object.fromEntries(Object.entries(manifest.scripts).map(([key, value]) => [key === from ? to : key, value]));
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
