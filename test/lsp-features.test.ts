/**
 * The language features that need findings with fixes, driven by a test rule so they are proven
 * whatever the rule catalogue holds today: quick fixes, disable comments, fix-all, open intervention,
 * hover on a finding. The server runs in-process over memory streams, speaking real JSON-RPC.
 */
import { strict as assert } from 'node:assert';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../server/engine/types';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../server/engine/paths';
import { afterFrontMatter } from '../server/lsp/codeActions';
import { interventionName } from '../server/lsp/interventions';
import { TestClient } from './lsp-harness';

/** Flags every amount below EUR 706 (the guidance's average) and offers to raise it. */
const lowAmount: Rule = {
  meta: {
    id: 'test-low-amount',
    intervention: 'budget-gangbaar',
    defaultSeverity: 'warning',
    fixable: true,
    description: { nl: 'Een bedrag onder het gemiddelde ontwikkelbudget.', en: 'An amount below the average development budget.' },
    options: {},
  },
  messages: {
    low: { nl: 'Bedrag van € {amount} ligt onder € 706.', en: 'Amount of EUR {amount} is below EUR 706.' },
    raise: { nl: 'Verhoog naar € 706', en: 'Raise to EUR 706' },
    note: { nl: 'Voeg een toelichting toe', en: 'Add an explanation' },
  },
  check({ doc, report }) {
    for (const fact of doc.facts) {
      if (fact.kind !== 'money' || fact.amount >= 706) continue;
      report({
        range: fact.range,
        messageId: 'low',
        data: { amount: fact.amount },
        fixes: [
          { titleId: 'raise', edits: [{ range: fact.range, newText: '€ 706,-' }], preferred: true },
          { titleId: 'note', edits: [{ range: { start: fact.range.end, end: fact.range.end }, newText: ' (toelichting volgt)' }], preferred: false },
        ],
      });
    }
  },
};

const uri = 'file:///drafts/regeling.md';
const text = [
  '---',
  'titel: Regeling ontwikkelbudget',
  '---',
  '# Artikel 3 Ontwikkelbudget',
  '',
  '1. De werknemer ontvangt een ontwikkelbudget van € 300,- per jaar.',
  '2. Voor leidinggevenden geldt een budget van € 500,- per jaar.',
  '3. Een werknemer van 55 jaar of ouder ontvangt € 1.200,- per jaar.',
  '',
].join('\n');

const apply = (source: string, action: CodeAction): string => {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, source), change.edits as TextEdit[]);
};

describe('language server features (test rule, in-process)', function () {
  this.timeout(20000);
  let client: TestClient;
  let version = 1;
  let diagnostics: Diagnostic[];

  async function actionsFor(diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only },
    })) as CodeAction[];
  }

  /** Sends `source` as the next version and returns its diagnostics. */
  async function edit(source: string): Promise<Diagnostic[]> {
    version++;
    await client.change(uri, source, version);
    return (await client.diagnostics(uri, (p) => p.version === version)).diagnostics;
  }

  before(async () => {
    client = TestClient.inProcess({ rules: [lowAmount] });
    await client.initialize('nl');
    await client.open(uri, text, version);
    diagnostics = (await client.diagnostics(uri, (p) => p.version === 1)).diagnostics;
  });
  after(() => client.dispose());

  it('publishes one diagnostic per finding with code, link, severity and fix data', () => {
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message, d.severity, d.range.start.line, d.source]),
      [
        ['test-low-amount', 'Bedrag van € 300 ligt onder € 706.', 2, 5, 'caolint'],
        ['test-low-amount', 'Bedrag van € 500 ligt onder € 706.', 2, 6, 'caolint'],
      ],
    );
    assert.match(diagnostics[0].codeDescription!.href, /\/rules\/test-low-amount\.md$/);
    const line = text.split('\n')[5];
    assert.equal(line.slice(diagnostics[0].range.start.character, diagnostics[0].range.end.character), '€ 300,-');
  });

  it('offers the fixes (preferred first), disable comments and the intervention page', async () => {
    const actions = await actionsFor(diagnostics[0]);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Verhoog naar € 706', 'quickfix', true],
        ['Voeg een toelichting toe', 'quickfix', false],
        ['Schakel test-low-amount uit voor deze regel', 'quickfix', false],
        ['Schakel test-low-amount uit voor dit bestand', 'quickfix', false],
        [`Open interventie: ${interventionName('budget-gangbaar')}`, 'quickfix', false],
      ].map(([title, kind, preferred]) => [title, kind, preferred]),
    );
    assert.deepEqual((actions[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument, { uri, version: 1 });
    // The intervention's name is the first heading of its bundled page.
    const page = join(packageRoot(), 'rules/interventions/budget-gangbaar.md');
    if (existsSync(page)) assert.equal(interventionName('budget-gangbaar'), /^#\s+(.+?)\s*$/m.exec(readFileSync(page, 'utf8'))![1]);
    assert.equal(actions[4].command!.command, 'caolint.server.openDocs');
    assert.match(actions[4].command!.arguments![0] as string, /^file:\/\/.*\/rules\/interventions\/budget-gangbaar\.md$/);
  });

  it('applies a quick fix: the finding is gone from the re-published diagnostics', async () => {
    const [raise] = await actionsFor(diagnostics[0]);
    const fixed = apply(text, raise);
    assert.match(fixed, /ontwikkelbudget van € 706,- per jaar/);
    const after = await edit(fixed);
    assert.deepEqual(
      after.map((d) => d.range.start.line),
      [6],
    );
    // Back to the original for the next tests.
    diagnostics = await edit(text);
  });

  it('does not offer fixes computed for an older version', async () => {
    const old = { ...diagnostics[0], data: { ...(diagnostics[0].data as object), version: version - 1 } };
    const titles = (await actionsFor(old)).map((a) => a.title);
    assert.ok(!titles.includes('Verhoog naar € 706'));
    assert.ok(titles.includes('Schakel test-low-amount uit voor deze regel'));
  });

  it('disables the rule for one line, and for the whole file after the front matter', async () => {
    const actions = await actionsFor(diagnostics[1]);
    const line = apply(
      text,
      actions.find((a) => a.title.endsWith('deze regel'))!,
    );
    assert.equal(line.split('\n')[6], '<!-- caolint-disable-next-line test-low-amount -->');
    assert.deepEqual(
      (await edit(line)).map((d) => d.range.start.line),
      [5],
    );

    diagnostics = await edit(text);
    const file = apply(
      text,
      (await actionsFor(diagnostics[1])).find((a) => a.title.endsWith('dit bestand'))!,
    );
    assert.equal(file.split('\n')[3], '<!-- caolint-disable test-low-amount -->');
    assert.equal(file.indexOf('<!--'), afterFrontMatter(text));
    assert.deepEqual(await edit(file), []);
    diagnostics = await edit(text);
  });

  it('fixes all problems as source.fixAll.caolint and as a server command', async () => {
    const [fixAll] = await actionsFor(diagnostics[0], ['source.fixAll']);
    assert.equal(fixAll.kind, 'source.fixAll.caolint');
    assert.equal(fixAll.title, 'Los alle caolint-problemen op');
    const fixed = apply(text, fixAll);
    assert.equal((fixed.match(/€ 706,-/g) ?? []).length, 2);
    assert.deepEqual(await edit(fixed), []);
    diagnostics = await edit(text);

    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'caolint.server.fixAll', arguments: [uri] });
    const applied = client.appliedEdits.at(-1)!;
    assert.equal(apply(text, { title: '', edit: applied.edit }), fixed);
  });

  it('opens an intervention page with window/showDocument for editors without the VS Code client', async () => {
    const [, , , , open] = await actionsFor(diagnostics[0]);
    await client.connection.sendRequest(ExecuteCommandRequest.type, open.command!);
    assert.match(client.shownDocuments.at(-1)!.uri, /budget-gangbaar\.md$/);
  });

  it('hovers a finding with the rule description and its documentation link', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: diagnostics[0].range.start });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /test-low-amount/);
    assert.match(value, /Een bedrag onder het gemiddelde ontwikkelbudget\./);
    assert.match(value, /\[Documentatie van test-low-amount\]\(file:\/\/.*test-low-amount\.md\)/);
    // An amount is also a money fact: the reference figures come along.
    assert.match(value, /€ 706 per jaar/);
  });

  it('keeps CRLF line endings in inserted comments', async () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const [d] = await edit(crlf);
    const disable = (await actionsFor(d)).find((a) => a.title.endsWith('deze regel'))!;
    assert.match(apply(crlf, disable), /<!-- caolint-disable-next-line test-low-amount -->\r\n1\. De werknemer/);
    diagnostics = await edit(text);
  });

  it('with caolint.run = onSave, lints a change only when the draft is saved', async () => {
    client.settings = { run: 'onSave' };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const raised = text.replace('€ 300,-', '€ 900,-');
    version++;
    const typed = version;
    await client.change(uri, raised, typed);
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const saved = await client.diagnostics(uri, (p) => p.version === typed);
    assert.deepEqual(
      saved.diagnostics.map((d) => d.range.start.line),
      [6],
    );
    // Typing again publishes nothing for that version until the next save.
    version++;
    const unsaved = version;
    await client.change(uri, text, unsaved);
    await assert.rejects(
      client.diagnostics(uri, (p) => p.version === unsaved, 600),
      /no matching diagnostics/,
    );
    client.settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.diagnostics(uri, (p) => p.version === unsaved);
  });
});
