/**
 * Incremental analysis over the protocol (issue 9, item 1): the server with its real lint workers
 * builds each version of an edited draft from the one before (engine/incremental/), and what it
 * publishes must be what the same text gets when opened fresh. Random edits from the property
 * test's generator are typed into a sample-sized draft with incremental sync; after each one the
 * diagnostics equal those of the same text opened as a new document (no model to reuse).
 */
import { strict as assert } from 'node:assert';
import { DidChangeTextDocumentNotification, ShutdownRequest } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadSamples } from './harness/samples';
import { TestClient } from './lsp-harness';
import { Random, randomEdit } from './incremental/edits';

describe('language server: incremental analysis publishes what a fresh open of the same text gets', function () {
  this.timeout(300000);
  let client: TestClient;
  const uri = 'file:///tmp/caolint-incremental/edited.md';
  const samples = loadSamples().map((s) => s.text);

  before(async () => {
    client = TestClient.inProcess({ workers: 2 });
    await client.initialize('nl-NL');
  });
  // Shut down as an editor does: the server stops its lint workers then, which a dropped connection
  // alone does not (the workers would keep the test process alive).
  after(async () => {
    await client.connection.sendRequest(ShutdownRequest.type);
    client.dispose();
  });

  it('30 random edits of a draft, each compared with a fresh open of its text', async () => {
    const random = new Random(9);
    let document = TextDocument.create(uri, 'markdown', 1, samples.slice(0, 6).join('\n\n'));
    await client.open(uri, document.getText(), 1);
    await client.diagnostics(uri, (p) => p.version === 1, 120000);
    for (let step = 1; step <= 30; step++) {
      const text = document.getText();
      const edit = randomEdit(random, text, '\n', samples);
      const change = { range: { start: document.positionAt(edit.at), end: document.positionAt(edit.at + edit.remove) }, text: edit.insert };
      document = TextDocument.update(document, [change], document.version + 1);
      const version = document.version;
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      const edited = await client.diagnostics(uri, (p) => p.version === version, 120000);
      const fresh = `file:///tmp/caolint-incremental/fresh-${step}.md`;
      await client.open(fresh, document.getText(), 1);
      const expected = await client.diagnostics(fresh, (p) => p.version === 1, 120000);
      await client.close(fresh);
      // A diagnostic's data names the version it was made for: 1 for the fresh open.
      const unversioned = (d: (typeof edited.diagnostics)[number]) => ({ ...d, data: { ...(d.data as object), version: 1 } });
      assert.deepEqual(edited.diagnostics.map(unversioned), expected.diagnostics.map(unversioned), `edit ${step} (${edit.kind} at ${edit.at})`);
    }
  });
});
