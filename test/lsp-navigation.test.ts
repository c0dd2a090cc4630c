/**
 * Navigation over the LSP protocol on a Dutch cao of one file: go to definition and hover on
 * references, find all references, document links, folding per article and renaming an article
 * number. The server runs in-process over memory streams, speaking real JSON-RPC; no rules run, so
 * the answers come from the model's references alone.
 */
import { strict as assert } from 'node:assert';
import {
  DefinitionRequest,
  DocumentLinkRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  type Location,
  type MarkupContent,
  type Position,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './lsp-harness';

const uri = 'file:///drafts/cao-schoonmaak.md';
const lines = [
  '# Cao Schoonmaak Noord 2026', // 0
  '', // 1
  '## Hoofdstuk 1 Algemeen', // 2
  '', // 3
  '### Artikel 1 Begrippen', // 4
  '', // 5
  '1. Werknemer: degene die een arbeidsovereenkomst heeft met de werkgever.', // 6
  '2. Werkgever: de onderneming die partij is bij deze cao.', // 7
  '', // 8
  '### Artikel 2 Werkingssfeer', // 9
  '', // 10
  '1. Deze cao geldt voor de werknemers van de werkgever.', // 11
  '2. Het vorige lid geldt niet voor vakantiekrachten.', // 12
  '3. Voor de begrippen geldt artikel 1.', // 13
  '', // 14
  '## Hoofdstuk 2 Ontwikkeling', // 15
  '', // 16
  '### Artikel 3 Ontwikkelbudget', // 17
  '', // 18
  '1. De werknemer heeft recht op een ontwikkelbudget van € 750 per jaar.', // 19
  '2. Het budget kan worden besteed aan de opleidingen uit bijlage 1.', // 20
  '3. De werkgever betaalt de kosten als bedoeld in lid 2 vooraf.', // 21
  '', // 22
  '### Artikel 4 Loopbaangesprek', // 23
  '', // 24
  '1. De werkgever voert elk jaar een loopbaangesprek met de werknemer.', // 25
  '2. Bij ontslag geldt artikel 7:611 BW en blijft artikel 3 lid 1 van toepassing.', // 26
  '3. Artikel 9 is van overeenkomstige toepassing op dit artikel.', // 27
  '4. De kosten van artikel 3.2 komen voor rekening van de werkgever.', // 28
  '', // 29
  '## Bijlage 1 Opleidingen', // 30
  '', // 31
  'De opleidingen in deze lijst zijn de opleidingen als bedoeld in artikel 3.', // 32
  '', // 33
];
const text = lines.join('\n');

/** The position of the `nth` occurrence of `needle` on `line`, plus `delta` characters. */
function at(line: number, needle: string, delta = 0, nth = 0): Position {
  let character = -1;
  for (let i = 0; i <= nth; i++) character = lines[line].indexOf(needle, character + 1);
  assert.ok(character >= 0, `${needle} not on line ${line}`);
  return { line, character: character + delta };
}
const span = (line: number, needle: string, nth = 0): Range => {
  const start = at(line, needle, 0, nth);
  return { start, end: { line, character: start.character + needle.length } };
};
const lineRange = (line: number, from = 0): Range => ({ start: { line, character: from }, end: { line, character: lines[line].length } });

describe('language server navigation (in-process)', function () {
  this.timeout(20000);
  let client: TestClient;

  before(async () => {
    client = TestClient.inProcess({ rules: [] });
    await client.initialize('nl');
    await client.open(uri, text, 1);
    await client.diagnostics(uri, (p) => p.version === 1);
  });
  after(() => client.dispose());

  const definition = (position: Position): Promise<Location | null> =>
    client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }) as Promise<Location | null>;
  const hoverText = async (position: Position): Promise<string | null> => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return hover ? (hover.contents as MarkupContent).value : null;
  };

  const references = (position: Position, includeDeclaration: boolean): Promise<Location[] | null> =>
    client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } });
  const loc = (range: Range): Location => ({ uri, range });

  it('goes from a reference to the heading of its article, annex or member line', async () => {
    assert.deepEqual(await definition(at(13, 'artikel 1', 9)), loc(lineRange(4)));
    assert.deepEqual(await definition(at(20, 'bijlage 1', 3)), loc(lineRange(30)));
    assert.deepEqual(await definition(at(32, 'artikel 3', 0)), loc(lineRange(17)));
    // Members land on their line: "lid 2" (of this article), "artikel 3 lid 1", "artikel 3.2", "het vorige lid".
    assert.deepEqual(await definition(at(21, 'lid 2', 1)), loc(lineRange(20)));
    assert.deepEqual(await definition(at(26, 'artikel 3 lid 1', 14)), loc(lineRange(19)));
    assert.deepEqual(await definition(at(28, 'artikel 3.2', 9)), loc(lineRange(20)));
    assert.deepEqual(await definition(at(12, 'vorige lid', 2)), loc(lineRange(11)));
    assert.deepEqual(await definition(at(27, 'dit artikel', 5)), loc(lineRange(23)));
  });

  it('has no definition for an external or a dangling reference, nor off a reference', async () => {
    assert.equal(await definition(at(26, 'artikel 7:611', 10)), null);
    assert.equal(await definition(at(27, 'Artikel 9', 8)), null);
    assert.equal(await definition(at(25, 'loopbaangesprek')), null);
  });

  it('previews the referenced article or member in the hover, and says why a reference leads nowhere', async () => {
    assert.equal(
      await hoverText(at(13, 'artikel 1', 2)),
      ['*Verwijst naar regel 5:*', '', '**Artikel 1 Begrippen**', '', `> ${lines[6]}  `, `> ${lines[7]}  `].join('\n'),
    );
    assert.equal(await hoverText(at(21, 'lid 2', 4)), ['*Verwijst naar regel 21:*', '', '**Artikel 3 Ontwikkelbudget**', '', `> ${lines[20]}  `].join('\n'));
    assert.equal(await hoverText(at(27, 'Artikel 9', 3)), '*Verwijzing zonder doel in dit document: er is geen artikel met dit nummer.*');
    assert.equal(await hoverText(at(26, 'artikel 7:611', 3)), '*Verwijst naar een ander document (een wet of regeling); caolint volgt die niet.*');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(27, 'Artikel 9', 3) });
    assert.deepEqual(hover?.range, span(27, 'Artikel 9'));
  });

  it('finds every reference to an article from its heading or from a reference, with the declaration when asked', async () => {
    const toThree = [span(21, 'lid 2'), span(26, 'artikel 3 lid 1'), span(28, 'artikel 3.2'), span(32, 'artikel 3')].map(loc);
    assert.deepEqual(await references(at(17, 'Artikel 3', 9), false), toThree);
    assert.deepEqual(await references(at(17, 'Ontwikkelbudget'), true), [loc(lineRange(17)), ...toThree]);
    assert.deepEqual(await references(at(32, 'artikel 3', 2), true), [loc(lineRange(17)), ...toThree]);
    assert.deepEqual(await references(at(30, 'Bijlage'), false), [loc(span(20, 'bijlage 1'))]);
    assert.deepEqual(await references(at(27, 'Artikel 9', 2), true), []);
  });

  it('links every resolved reference to the line of its target', async () => {
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      links?.map((l) => [l.range, l.target]),
      [
        [span(12, 'vorige lid'), `${uri}#L12`],
        [span(13, 'artikel 1'), `${uri}#L5`],
        [span(20, 'bijlage 1'), `${uri}#L31`],
        [span(21, 'lid 2'), `${uri}#L21`],
        [span(26, 'artikel 3 lid 1'), `${uri}#L20`],
        [span(27, 'dit artikel'), `${uri}#L24`],
        [span(28, 'artikel 3.2'), `${uri}#L21`],
        [span(32, 'artikel 3'), `${uri}#L18`],
      ],
    );
  });

  it('folds per chapter, article and annex, up to the last line with text', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      ranges?.map((r) => [r.startLine, r.endLine, r.kind]),
      [
        [0, 32, 'region'],
        [2, 13, 'region'],
        [4, 7, 'region'],
        [9, 13, 'region'],
        [15, 28, 'region'],
        [17, 21, 'region'],
        [23, 28, 'region'],
        [30, 32, 'region'],
      ],
    );
  });

  it('renames an article number in its heading and in every reference to it, number tokens only', async () => {
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at(26, 'artikel 3 lid', 8) });
    assert.deepEqual(prepared, { range: { start: at(26, '3 lid'), end: at(26, '3 lid', 1) }, placeholder: '3' });
    for (const position of [at(17, 'Artikel 3', 8), at(32, 'artikel 3', 8)]) {
      const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '8' });
      const change = edit!.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), change.edits as TextEdit[]).split('\n');
      assert.equal(change.edits.length, 4);
      assert.equal(renamed[17], '### Artikel 8 Ontwikkelbudget');
      assert.equal(renamed[21], lines[21], '"lid 2" has no number of the article');
      assert.equal(renamed[26], '2. Bij ontslag geldt artikel 7:611 BW en blijft artikel 8 lid 1 van toepassing.');
      assert.equal(renamed[28], '4. De kosten van artikel 8.2 komen voor rekening van de werkgever.');
      assert.equal(renamed[32], 'De opleidingen in deze lijst zijn de opleidingen als bedoeld in artikel 8.');
      assert.deepEqual(
        renamed.filter((_, i) => ![17, 26, 28, 32].includes(i)),
        lines.filter((_, i) => ![17, 26, 28, 32].includes(i)),
      );
    }
  });

  it('refuses a rename off an article number, to a number that is taken or is no number', async () => {
    const refused = async (request: Promise<unknown>): Promise<string> => {
      try {
        await request;
      } catch (error) {
        assert.ok(error instanceof ResponseError);
        return error.message;
      }
      assert.fail('not refused');
    };
    const here = 'Alleen het nummer van een artikel, bijlage of hoofdstuk (in de kop of in een verwijzing ernaar) kan hier worden hernoemd.';
    for (const position of [at(19, 'werknemer'), at(17, 'Ontwikkelbudget'), at(26, 'artikel 7:611', 9), at(27, 'Artikel 9', 8), at(21, 'lid 2', 1)]) {
      assert.equal(await refused(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position })), here);
    }
    const rename = (newName: string): Promise<unknown> =>
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(17, 'Artikel 3', 8), newName });
    assert.equal(await refused(rename('4')), 'Dat nummer bestaat al in dit document.');
    assert.equal(await refused(rename('drie')), 'Geen geldig nummer: gebruik bijvoorbeeld 7, 7a, 6.2 of XI.');
  });

  it('renames in the version the editor has, even right after an edit', async () => {
    // One line more above: every number moves down a line, and the rename must not edit the old places.
    const edited = ['<!-- concept -->', ...lines];
    await client.change(uri, edited.join('\n'), 2);
    // Line 17 of the new text is the old line 16 (blank): no number there, though version 1 had the heading there.
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(17, 'Artikel 3', 8), newName: '8' }),
      (error: unknown) => error instanceof ResponseError,
    );
    const moved = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 18, character: 12 }, newName: '8' });
    const change = moved!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 2 });
    assert.deepEqual(
      change.edits.map((e) => e.range.start.line),
      [18, 27, 29, 33],
    );
  });

  it("says why a reference leads nowhere in the client's locale", async () => {
    const english = TestClient.inProcess({ rules: [] });
    try {
      await english.initialize('en');
      await english.open(uri, text, 1);
      await english.diagnostics(uri, (p) => p.version === 1);
      const hover = await english.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(27, 'Artikel 9', 3) });
      assert.equal((hover?.contents as MarkupContent).value, '*Reference without a target in this document: there is no article with this number.*');
      const preview = await english.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(20, 'bijlage 1', 3) });
      assert.equal((preview?.contents as MarkupContent).value.split('\n')[0], '*Refers to line 31:*');
    } finally {
      english.dispose();
    }
  });
});

describe('language server navigation (stdio, lint workers, all rules)', function () {
  this.timeout(60000);
  const draftUri = 'file:///drafts/cao-groothandel.md';
  const draft = [
    '# Cao Groothandel', // 0
    '', // 1
    '## Hoofdstuk 6 Ontwikkeling', // 2
    '', // 3
    '### Artikel 6.1 Doel', // 4
    '', // 5
    'De werkgever stimuleert de ontwikkeling van de werknemer. De middelen staan in artikel 6.2.', // 6
    '', // 7
    '### Artikel 6.2 Scholingsbudget', // 8
    '', // 9
    '1. De werknemer heeft jaarlijks recht op € 600 voor scholing.', // 10
    '2. Het budget uit het eerste lid vervalt niet.', // 11
    '', // 12
    '### Artikel 6.3 Verlof', // 13
    '', // 14
    'Voor scholing als bedoeld in artikel 6.2, tweede lid, en de artikelen 6.1 tot en met 6.2 geldt buitengewoon verlof.', // 15
    '',
  ];
  let client: TestClient;

  before(async () => {
    // The references cross from a lint worker to the main thread as plain data, as in the editor.
    client = TestClient.spawn();
    await client.initialize('nl');
    await client.open(draftUri, draft.join('\n'), 1);
    await client.diagnostics(draftUri, (p) => p.version === 1, 50000);
  });
  after(() => client.dispose());

  it('goes from "artikel 6.2" to its heading', async () => {
    const position = { line: 6, character: draft[6].indexOf('artikel 6.2') + 9 };
    const location = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: draftUri }, position });
    assert.deepEqual(location, { uri: draftUri, range: { start: { line: 8, character: 0 }, end: { line: 8, character: draft[8].length } } });
  });

  it('renames article 6.2 in its heading, in a reference with a member and in a range', async () => {
    const position = { line: 8, character: draft[8].indexOf('6.2') + 1 };
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: draftUri }, position, newName: '6.4' });
    const change = edit!.documentChanges![0] as TextDocumentEdit;
    const renamed = TextDocument.applyEdits(TextDocument.create(draftUri, 'markdown', 1, draft.join('\n')), change.edits as TextEdit[]).split('\n');
    assert.equal(renamed[6], 'De werkgever stimuleert de ontwikkeling van de werknemer. De middelen staan in artikel 6.4.');
    assert.equal(renamed[8], '### Artikel 6.4 Scholingsbudget');
    assert.equal(renamed[11], draft[11]);
    assert.equal(renamed[15], 'Voor scholing als bedoeld in artikel 6.4, tweede lid, en de artikelen 6.1 tot en met 6.4 geldt buitengewoon verlof.');
  });
});
