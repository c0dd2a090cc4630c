/**
 * Run by test/lsp-robust.test.ts as `node --expose-gc --import tsx test/lsp-memory-child.ts`: an
 * in-process server with the real rules gets 1,000 edits of one draft, each linted and published,
 * and the heap is measured (after forced GC) after a warm-up and at the end. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { TestClient } from './lsp-harness';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function heap(): number {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage().heapUsed;
}

const uri = 'file:///geheugen/concept.md';
const base = readFileSync('test/fixtures/lsp/ontwikkelbudget.md', 'utf8');
const client = TestClient.inProcess({});
await client.initialize('nl-NL');
let version = 1;
await client.open(uri, base, version);
await client.diagnostics(uri, (p) => p.version === version);

async function edit(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    version++;
    // A growing and shrinking tail, as typing and deleting do.
    await client.change(uri, `${base}\nAlinea ${version}: ${'tekst '.repeat(version % 40)}\n`, version);
    const v = version;
    await client.diagnostics(uri, (p) => p.version === v);
    // The test client keeps what it receives; the server under test must not.
    client.published.splice(0);
    client.logs.splice(0);
  }
}

await edit(100);
const before = heap();
const started = Date.now();
await edit(1000);
const ms = Date.now() - started;
const after = heap();
client.dispose();
process.stdout.write(`${JSON.stringify({ before, after, edits: 1000, ms })}\n`);
process.exit(0);
