/**
 * caolint's language server. The transport comes from the command line, as every LSP client passes it:
 * `--stdio` (Neovim, Helix, Zed, `caolint-language-server --stdio`), `--node-ipc` (the VS Code client)
 * or `--socket=<port>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// A bug must never take the editor's linting down with it: log and keep serving.
process.on('uncaughtException', (error) => connection.console.error(`caolint: uncaught: ${error.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`caolint: unhandled rejection: ${String(reason)}`));

startServer(connection);
