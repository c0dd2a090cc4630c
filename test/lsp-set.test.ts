/**
 * A cao in several files over the LSP protocol: samples/cao-in-delen/ (three files and a
 * `.caolintrc.yaml` with `set: folder`), copied to a temporary folder so the disk can change under
 * the server. Article-reference judges a chapter against the whole cao; definition, hover,
 * references, links and rename lead into the other files; workspace symbols list the articles of all
 * of them. Open files count with their unsaved text, the others are read from disk.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DocumentLinkRequest,
  FileChangeType,
  HoverRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  WorkspaceSymbolRequest,
  type Location,
  type MarkupContent,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
  type SymbolInformation,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import articleReference from '../rules/article-reference';
import { packageRoot } from '../server/engine/paths';
import { LINT_WORKSPACE_REQUEST, type LintWorkspaceResult } from '../server/lsp/protocol';
import { TestClient } from './lsp-harness';

const SAMPLE = join(packageRoot(), 'samples', 'cao-in-delen');
const NAMES = { algemeen: '01-algemene-bepalingen.md', ontwikkeling: '06-ontwikkeling.md', bijlagen: 'bijlagen.md' } as const;
type Name = keyof typeof NAMES;

/** A fresh copy of the sample set, with its files' URIs and lines. */
function copySet(): { dir: string; uri: Record<Name, string>; lines: Record<Name, string[]>; text: Record<Name, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'caolint-set-'));
  cpSync(SAMPLE, dir, { recursive: true });
  const uri = {} as Record<Name, string>;
  const lines = {} as Record<Name, string[]>;
  const text = {} as Record<Name, string>;
  for (const name of Object.keys(NAMES) as Name[]) {
    uri[name] = pathToFileURL(join(dir, NAMES[name])).href;
    text[name] = readFileSync(join(dir, NAMES[name]), 'utf8');
    lines[name] = text[name].split('\n');
  }
  return { dir, uri, lines, text };
}

/** The line of `file` that holds `needle` (the first), and a position `delta` characters into it. */
function find(lines: string[], needle: string, delta = 0): Position {
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} not found`);
  return { line, character: lines[line].indexOf(needle) + delta };
}
const span = (lines: string[], needle: string): Range => {
  const start = find(lines, needle);
  return { start, end: { line: start.line, character: start.character + needle.length } };
};
const headingRange = (lines: string[], heading: string): Range => {
  const { line } = find(lines, heading);
  return { start: { line, character: 0 }, end: { line, character: lines[line].length } };
};
const messageOf = (message: string | MarkupContent): string => (typeof message === 'string' ? message : message.value);
const codes = (p: PublishDiagnosticsParams): Array<[number, string]> => p.diagnostics.map((d) => [d.range.start.line, messageOf(d.message).split(' ')[0]]);

describe('a cao in several files over LSP (in-process, article-reference)', function () {
  this.timeout(30000);
  let client: TestClient;
  let set: ReturnType<typeof copySet>;

  before(async () => {
    set = copySet();
    client = TestClient.inProcess({ rules: [articleReference] });
    await client.initialize('nl', pathToFileURL(set.dir).href);
    // Only the chapter on development is open; the general provisions and the annexes are read from disk.
    await client.open(set.uri.ontwikkeling, set.text.ontwikkeling, 1);
    await client.diagnostics(set.uri.ontwikkeling, (p) => p.version === 1);
  });
  after(() => {
    client.dispose();
    rmSync(set.dir, { recursive: true, force: true });
  });

  const definition = (name: Name, position: Position): Promise<Location | null> =>
    client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: set.uri[name] }, position }) as Promise<Location | null>;

  it('judges a chapter against the whole cao: "artikel 1.1" and "bijlage 1" lead into other files, "artikel 6.7" nowhere', async () => {
    const published = await client.diagnostics(set.uri.ontwikkeling, (p) => p.version === 1);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.range, messageOf(d.message)]),
      [
        [
          span(set.lines.ontwikkeling, 'artikel 6.7'),
          '«artikel 6.7» verwijst naar artikel 6.7, maar dat artikel staat in geen van de 3 bestanden van deze cao. Controleer de nummering na de laatste hernummering, of verwijs naar het juiste artikel.',
        ],
      ],
    );
  });

  it('goes to the heading of an article or annex in another file of the set', async () => {
    assert.deepEqual(await definition('ontwikkeling', find(set.lines.ontwikkeling, 'artikel 1.1', 9)), {
      uri: set.uri.algemeen,
      range: headingRange(set.lines.algemeen, '### Artikel 1.1'),
    });
    assert.deepEqual(await definition('ontwikkeling', find(set.lines.ontwikkeling, 'bijlage 1', 3)), {
      uri: set.uri.bijlagen,
      range: headingRange(set.lines.bijlagen, '## Bijlage 1'),
    });
    // Within the file it stays in the file; a dangling reference has no definition.
    assert.deepEqual(await definition('ontwikkeling', find(set.lines.ontwikkeling, 'artikel 6.2', 9)), {
      uri: set.uri.ontwikkeling,
      range: headingRange(set.lines.ontwikkeling, '### Artikel 6.2'),
    });
    assert.equal(await definition('ontwikkeling', find(set.lines.ontwikkeling, 'artikel 6.7', 9)), null);
  });

  it('previews an article of another file in the hover, naming the file', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: set.uri.ontwikkeling },
      position: find(set.lines.ontwikkeling, 'bijlage 1', 2),
    });
    const heading = find(set.lines.bijlagen, '## Bijlage 1').line;
    const value = (hover?.contents as MarkupContent).value.split('\n');
    assert.deepEqual(value.slice(0, 3), [`*Verwijst naar regel ${heading + 1} van bijlagen.md:*`, '', '**Bijlage 1 Bestedingsdoelen**']);
    assert.equal(value[4], `> ${set.lines.bijlagen[heading + 2]}  `);
    const dangling = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: set.uri.ontwikkeling },
      position: find(set.lines.ontwikkeling, 'artikel 6.7', 2),
    });
    // After the finding's own part: why the reference leads nowhere, said of the whole cao.
    assert.equal(
      (dangling?.contents as MarkupContent).value.split('\n---\n\n').at(-1),
      '*Verwijzing zonder doel in de bestanden van deze cao: er is geen artikel met dit nummer.*',
    );
  });

  it("finds the references to an article in every file of the set, in the set's order", async () => {
    const found = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: set.uri.ontwikkeling },
      position: find(set.lines.ontwikkeling, '### Artikel 6.2', 13),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(found, [
      { uri: set.uri.ontwikkeling, range: headingRange(set.lines.ontwikkeling, '### Artikel 6.2') },
      { uri: set.uri.algemeen, range: span(set.lines.algemeen, 'artikel 6.2') },
      { uri: set.uri.ontwikkeling, range: span(set.lines.ontwikkeling, 'artikel 6.2') },
      { uri: set.uri.bijlagen, range: span(set.lines.bijlagen, 'artikel 6.2, tweede lid') },
    ]);
  });

  it('links references to the line of their target in the other file', async () => {
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: set.uri.ontwikkeling } });
    const target = (range: Range) => links?.find((l) => l.range.start.line === range.start.line && l.range.start.character === range.start.character)?.target;
    assert.equal(target(span(set.lines.ontwikkeling, 'artikel 1.1')), `${set.uri.algemeen}#L${find(set.lines.algemeen, '### Artikel 1.1').line + 1}`);
    assert.equal(target(span(set.lines.ontwikkeling, 'bijlage 1')), `${set.uri.bijlagen}#L${find(set.lines.bijlagen, '## Bijlage 1').line + 1}`);
    assert.equal(target(span(set.lines.ontwikkeling, 'artikel 6.7')), undefined);
  });

  it('renames an article number in its heading and in its references in every file, as one workspace edit', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: set.uri.ontwikkeling },
      position: find(set.lines.ontwikkeling, '### Artikel 6.2', 13),
      newName: '6.5',
    });
    const changes = edit!.documentChanges as TextDocumentEdit[];
    // The open file with its version, the files on disk without one; in the set's order.
    assert.deepEqual(
      changes.map((c) => c.textDocument),
      [
        { uri: set.uri.algemeen, version: null },
        { uri: set.uri.ontwikkeling, version: 1 },
        { uri: set.uri.bijlagen, version: null },
      ],
    );
    const apply = (name: Name): string[] => {
      const change = changes.find((c) => c.textDocument.uri === set.uri[name])!;
      return TextDocument.applyEdits(TextDocument.create(set.uri[name], 'markdown', 1, set.text[name]), change.edits as TextEdit[]).split('\n');
    };
    const changed = (name: Name): Array<[number, string]> =>
      apply(name).flatMap((line, i) => (line === set.lines[name][i] ? [] : [[i, line] as [number, string]]));
    assert.deepEqual(changed('algemeen'), [
      [
        find(set.lines.algemeen, 'artikel 6.2').line,
        '2. Op ondernemingen met minder dan vijf werknemers zijn de artikelen 6.1 en 6.3 niet van toepassing; artikel 6.5 geldt wel. <!-- satisfied: article-reference -->',
      ],
    ]);
    assert.deepEqual(changed('ontwikkeling'), [
      [
        find(set.lines.ontwikkeling, 'artikel 6.2').line,
        '2. In het gesprek, bedoeld in het vorige lid, komt ook het ontwikkelbudget van artikel 6.5 aan de orde. <!-- satisfied: article-reference -->',
      ],
      [find(set.lines.ontwikkeling, '### Artikel 6.2').line, '### Artikel 6.5 Ontwikkelbudget'],
    ]);
    assert.deepEqual(changed('bijlagen'), [
      [
        find(set.lines.bijlagen, 'artikel 6.2').line,
        'De bestedingsdoelen, bedoeld in artikel 6.5, tweede lid, zijn in ieder geval: <!-- satisfied: article-reference -->',
      ],
    ]);
  });

  it('refuses a number another file of the set already has', async () => {
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: set.uri.ontwikkeling },
        position: find(set.lines.ontwikkeling, '### Artikel 6.2', 13),
        newName: '1.2',
      }),
      (error: unknown) => error instanceof ResponseError && error.message === 'Dat nummer bestaat al in een van de bestanden van deze cao.',
    );
  });

  it('lists the articles and annexes of every file of the set as workspace symbols', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
    const names = symbols.map((s) => `${s.containerName}: ${s.name}`);
    for (const expected of [
      '01-algemene-bepalingen.md: Artikel 1.1 Begripsbepalingen',
      '06-ontwikkeling.md: Artikel 6.2 Ontwikkelbudget',
      'bijlagen.md: Bijlage 2 Adressen',
    ])
      assert.ok(names.includes(expected), `${expected} missing from ${names.join(', ')}`);
    const narrowed = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'artikel 1.2' })) as SymbolInformation[];
    assert.deepEqual(
      narrowed.map((s) => [s.name, s.location]),
      [['Artikel 1.2 Werkingssfeer', { uri: set.uri.algemeen, range: headingRange(set.lines.algemeen, '### Artikel 1.2') }]],
    );
  });

  it("reads an open file's unsaved text: adding the article in one file clears the finding in another", async () => {
    // The annexes refer to an article 6.8 that no file has yet.
    const annexes = set.text.bijlagen.replace('in ieder geval:', 'in ieder geval, met de uitzonderingen van artikel 6.8:');
    await client.open(set.uri.bijlagen, annexes, 1);
    const before = await client.diagnostics(set.uri.bijlagen, (p) => p.version === 1);
    assert.deepEqual(codes(before), [[find(set.lines.bijlagen, 'in ieder geval').line, '«artikel']]);
    // Article 6.8 is typed into the open chapter (not saved): the annexes are linted again, unchanged themselves.
    const count = client.published.length;
    await client.change(
      set.uri.ontwikkeling,
      `${set.text.ontwikkeling}\n### Artikel 6.8 Uitzonderingen\n\nDe werkgever kan in bijzondere gevallen afwijken.\n`,
      2,
    );
    const after = await client.diagnostics(set.uri.bijlagen, (p) => p.version === 1 && client.published.indexOf(p) >= count && p.diagnostics.length === 0);
    assert.deepEqual(after.diagnostics, []);
    await client.close(set.uri.bijlagen);
  });

  it('lints the closed files of the set with the others in "Lint workspace", as the CLI does', async () => {
    const result = (await client.connection.sendRequest(LINT_WORKSPACE_REQUEST, {})) as LintWorkspaceResult;
    assert.deepEqual(result, { files: 3, problems: 1 });
    assert.deepEqual((await client.diagnostics(set.uri.algemeen)).diagnostics, []);
    assert.deepEqual((await client.diagnostics(set.uri.bijlagen)).diagnostics, []);
  });

  it('reads a closed file again when it changes on disk', async () => {
    // Article 1.1 is renumbered on disk in the general provisions, which are not open.
    writeFileSync(join(set.dir, NAMES.algemeen), set.text.algemeen.replace('### Artikel 1.1 Begripsbepalingen', '### Artikel 1.0 Begripsbepalingen'));
    const count = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: set.uri.algemeen, type: FileChangeType.Changed }] });
    const published = await client.diagnostics(set.uri.ontwikkeling, (p) => client.published.indexOf(p) >= count && p.diagnostics.length === 2);
    assert.deepEqual(
      published.diagnostics.map((d) => d.range.start.line),
      [find(set.lines.ontwikkeling, 'artikel 1.1').line, find(set.lines.ontwikkeling, 'artikel 6.7').line],
    );
  });

  it('takes a new file in the folder into the set', async () => {
    // A chapter file with the missing article 6.7 appears on disk (a colleague's file pulled in).
    const added = join(set.dir, '07-aanvraag.md');
    writeFileSync(
      added,
      '## Hoofdstuk 7 Aanvragen\n\n### Artikel 6.7 Aanvraag van ontwikkeldagen\n\nDe werknemer vraagt ontwikkeldagen ten minste vier weken van tevoren aan.\n',
    );
    const count = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(added).href, type: FileChangeType.Created }],
    });
    const published = await client.diagnostics(set.uri.ontwikkeling, (p) => client.published.indexOf(p) >= count && p.diagnostics.length === 1);
    assert.deepEqual(
      published.diagnostics.map((d) => d.range.start.line),
      [find(set.lines.ontwikkeling, 'artikel 1.1').line],
    );
  });
});

describe('a cao in several files over stdio (lint workers, all rules)', function () {
  this.timeout(90000);

  it("sends the other files' outlines to the worker: only the dangling reference is flagged, and definition crosses files", async () => {
    const set = copySet();
    const client = TestClient.spawn();
    try {
      await client.initialize('nl', pathToFileURL(set.dir).href);
      await client.open(set.uri.algemeen, set.text.algemeen, 1);
      await client.open(set.uri.ontwikkeling, set.text.ontwikkeling, 1);
      const published = await client.diagnostics(set.uri.ontwikkeling, (p) => p.version === 1, 80000);
      assert.deepEqual(codes(published), [[find(set.lines.ontwikkeling, 'artikel 6.7').line, '«artikel']]);
      assert.deepEqual((await client.diagnostics(set.uri.algemeen, (p) => p.version === 1, 80000)).diagnostics, []);
      const location = await client.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: set.uri.algemeen },
        position: find(set.lines.algemeen, 'artikel 6.2', 9),
      });
      assert.deepEqual(location, { uri: set.uri.ontwikkeling, range: headingRange(set.lines.ontwikkeling, '### Artikel 6.2') });
    } finally {
      client.dispose();
      rmSync(set.dir, { recursive: true, force: true });
    }
  });
});
