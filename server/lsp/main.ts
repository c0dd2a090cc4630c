/**
 * caolint's language server. The transport comes from the command line, as every LSP client passes it:
 * `--stdio` (Neovim, Helix, Zed, `caolint-language-server --stdio`), `--node-ipc` (the VS Code client)
 * or `--socket=<port>` / `--pipe=<name>`.
 *
 * Every transport reads through `gateUntilInitialized` (requests before `initialize` get -32002,
 * requests after `shutdown` -32600); over stdio, a socket and a pipe the frames are read strictly
 * (`FramedMessageReader`): a broken frame ends the process with exit code 1 and one line on stderr
 * instead of leaving it deaf.
 */
import { createConnection as connectSocket, type Socket } from 'node:net';
import { format } from 'node:util';
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  SocketMessageWriter,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { startServer } from './server';
import { FramedMessageReader, FramingError, gateUntilInitialized, InvalidMessageError, type Lifecycle } from './transport';

const NAME = 'caolint-language-server';

/** One line on stderr: never the protocol's stdout. */
function note(message: string): void {
  process.stderr.write(`${NAME}: ${message.replace(/[\r\n]+/g, ' ')}\n`);
}

let exiting = false;
/** Ends the process after a short grace period, so a response already handed to the writer goes out. */
function exitSoon(code: number): void {
  if (exiting) return;
  exiting = true;
  setTimeout(() => process.exit(code), 50);
}

/** The value of `--name=value` or `--name value` on the command line, or undefined. */
function option(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

/** `--socket=<port>` or `--pipe=<name>`: connect to the client there, as vscode-languageserver would. */
function clientSocket(argv: readonly string[]): Socket | null {
  const port = option(argv, '--socket');
  const pipe = option(argv, '--pipe');
  if (port === undefined && pipe === undefined) return null;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) {
    note(`--socket needs a port number, got ${JSON.stringify(port)}`);
    process.exit(1);
  }
  const socket = port !== undefined ? connectSocket(Number(port), '127.0.0.1') : connectSocket(pipe!);
  socket.on('error', (error) => {
    note(`connection to the client failed: ${error.message}`);
    exitSoon(1);
  });
  return socket;
}

function connect(): Connection {
  const argv = process.argv.slice(2);
  const stdio = argv.includes('--stdio');
  const ipc = argv.includes('--node-ipc');
  const socket = stdio || ipc ? null : clientSocket(argv);
  // No transport named: vscode-languageserver says which arguments it needs.
  if (!stdio && !ipc && !socket) return createConnection(ProposedFeatures.all);

  const writer: MessageWriter = socket ? new SocketMessageWriter(socket) : stdio ? new StreamMessageWriter(process.stdout) : new IPCMessageWriter(process);
  const reply = (response: ResponseMessage): void => {
    writer.write(response).catch(() => undefined);
  };
  const raw: MessageReader = socket ? new FramedMessageReader(socket) : stdio ? new FramedMessageReader(process.stdin) : new IPCMessageReader(process);
  const reader: MessageReader & Lifecycle = gateUntilInitialized(raw, reply);

  reader.onError((error) => {
    if (error instanceof InvalidMessageError) {
      // The frame was whole, so the stream is still in step: answer as JSON-RPC asks and go on.
      note(`${error.message}; answered with error ${error.code}`);
      reply({ jsonrpc: '2.0', id: null, error: { code: error.code, message: error.message } });
      return;
    }
    if (error instanceof FramingError) {
      // No way to find the next message: end the connection (the client may restart the server).
      note(`bad message framing: ${error.message}; closing the connection`);
      exitSoon(1);
      return;
    }
    note(`reading from the client failed: ${error.message}`);
  });
  reader.onPartialMessage((info) => note(`waiting ${info.waitingTime} ms for the rest of a message`));
  // The client went away: exit as after `exit` (0 after `shutdown`, 1 otherwise), as vscode-languageserver does.
  reader.onClose(() => exitSoon(reader.shutdownRequested ? 0 : 1));
  if (ipc) process.on('disconnect', () => exitSoon(reader.shutdownRequested ? 0 : 1));
  writer.onError(() => exitSoon(reader.shutdownRequested ? 0 : 1));

  const connection = createConnection(ProposedFeatures.all, reader, writer);
  if (stdio) {
    // stdout carries the protocol: anything a dependency prints goes to the client's log instead.
    const toLog =
      (level: 'log' | 'info' | 'warn' | 'error') =>
      (...args: unknown[]) =>
        connection.console[level](format(...args));
    console.log = toLog('log');
    console.info = toLog('info');
    console.debug = toLog('log');
    console.warn = toLog('warn');
    console.error = toLog('error');
  }
  return connection;
}

const connection = connect();

// A bug must never take the editor's linting down with it: log and keep serving.
process.on('uncaughtException', (error) => connection.console.error(`caolint: uncaught: ${error.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`caolint: unhandled rejection: ${String(reason)}`));

startServer(connection);
