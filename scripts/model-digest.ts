// Prints one line per Markdown file under the given folders (default: the shared corpus, test and
// samples): a digest of the whole policy model caolint builds from it (sentences with their clause
// starts and topics, facts, articles, references and their resolutions), with its sentence and fact counts.
// A change meant to make the model cheaper must leave every line as it was:
//   node --import tsx scripts/model-digest.ts > before.txt   (on the old code)
//   node --import tsx scripts/model-digest.ts > after.txt    (on the new code)
//   cmp before.txt after.txt
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const given = process.argv.slice(2);
const roots =
  given.length > 0 ? given.map((r) => resolve(r)) : [resolve(projectRoot, '..', 'shared', 'corpus'), join(projectRoot, 'test'), join(projectRoot, 'samples')];

function markdownFiles(folder: string, out: string[]): string[] {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) markdownFiles(path, out);
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

// Maps and sets (the line index, caches) as their entries, so the digest covers what they hold.
const entries = (_key: string, value: unknown): unknown => (value instanceof Map ? { map: [...value] } : value instanceof Set ? { set: [...value] } : value);

for (const root of roots) {
  if (!existsSync(root)) {
    console.error(`model-digest: ${root} does not exist, skipped`);
    continue;
  }
  for (const file of markdownFiles(root, [])) {
    const text = readFileSync(file, 'utf8');
    const doc = buildPolicyDocument(text, parseMarkdown(text));
    const digest = createHash('sha256').update(JSON.stringify(doc, entries)).digest('hex').slice(0, 16);
    console.log(`${relative(projectRoot, file)} ${digest} sentences=${doc.sentences.length} facts=${doc.facts.length}`);
  }
}
