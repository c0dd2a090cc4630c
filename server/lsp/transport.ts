/**
 * The language server's side of the wire, hardened against a client that misbehaves.
 *
 * - `FramedMessageReader` reads LSP base-protocol frames (`Content-Length: n\r\n\r\n` + n bytes of
 *   JSON) strictly. vscode-jsonrpc's own stream reader only fires `onError` (which nothing in
 *   vscode-languageserver listens to) and then waits: on `Content-Length: abc`, a missing header or a
 *   too short length it reads the rest as headers forever, and on `Content-Length: 2147483648` it
 *   waits for 2 GB. Here a frame that breaks the framing is a `FramingError`: the stream can no
 *   longer be resynchronised, and the process ends (see main.ts). A frame that is well framed but
 *   holds no JSON-RPC message is an `InvalidMessageError`: the framing still holds, so the server
 *   answers it with the JSON-RPC error (id null) and goes on.
 * - `gateUntilInitialized` enforces the start and the end of the protocol: before `initialize`, a
 *   request gets ServerNotInitialized (-32002) and a notification is dropped, except `exit`; after
 *   `shutdown`, a request gets InvalidRequest (-32600) and a notification is dropped, except `exit`.
 */
import type { Readable } from 'node:stream';
import {
  AbstractMessageReader,
  ErrorCodes,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type NotificationMessage,
  type PartialMessageInfo,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/** Largest message body accepted: a draft of tens of MB fits; a length of 2^31 is refused at once. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Largest header section (the spec knows two short headers). */
export const MAX_HEADER_BYTES = 8 * 1024;

/** The byte stream no longer follows the base protocol: the connection cannot go on. */
export class FramingError extends Error {
  override name = 'FramingError';
}

/** A well-framed message that is not JSON-RPC: answerable with `code`, the framing still holds. */
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const CRLF2 = Buffer.from('\r\n\r\n');
/** A header name as RFC 7230 allows it (token characters). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What may have arrived of a header line before its colon. */
const HEADER_NAME_SO_FAR = /^[!#$%&'*+.^_`|~0-9A-Za-z-]*\r?$/;

/**
 * The first header line that cannot be valid, or null. `end` is where the header section ends (-1:
 * not yet received); the last line of an unfinished section may still be incomplete.
 */
function badHeaderLine(pending: Buffer, end: number, maxHeaderBytes: number): string | null {
  const lines = pending
    .subarray(0, end < 0 ? Math.min(pending.length, maxHeaderBytes + 4) : end)
    .toString('latin1')
    .split('\r\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const complete = end >= 0 || i < lines.length - 1;
    const colon = line.indexOf(':');
    const ok = colon < 0 ? !complete && HEADER_NAME_SO_FAR.test(line) : HEADER_NAME.test(line.slice(0, colon));
    if (!ok) return line;
  }
  return null;
}

/** A short, printable, one-line rendering of bytes a client sent, for an error message. */
function shown(bytes: Buffer | string): string {
  const text = typeof bytes === 'string' ? bytes : bytes.toString('latin1');
  const cut = text.length > 40 ? `${text.slice(0, 40)}...` : text;
  return JSON.stringify(cut);
}

export class FramedMessageReader extends AbstractMessageReader implements MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Body length of the frame being read, or -1 while reading headers. */
  private expected = -1;
  private failed = false;
  private callback: DataCallback | null = null;
  private partialTimer: ReturnType<typeof setTimeout> | undefined;
  /** How long a frame may stay incomplete before `onPartialMessage` reports it (ms). */
  partialMessageTimeout = 10000;

  constructor(
    private readonly readable: Readable,
    private readonly limits = { maxMessageBytes: MAX_MESSAGE_BYTES, maxHeaderBytes: MAX_HEADER_BYTES },
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer | string): void => this.onData(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    const onError = (error: Error): void => this.fireError(error);
    const onClose = (): void => {
      clearTimeout(this.partialTimer);
      this.fireClose();
    };
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('end', onClose);
        this.readable.off('close', onClose);
        clearTimeout(this.partialTimer);
      },
    };
  }

  override dispose(): void {
    clearTimeout(this.partialTimer);
    super.dispose();
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    this.chunks = n < all.length ? [all.subarray(n)] : [];
    this.buffered -= n;
    return all.subarray(0, n);
  }

  private peekAll(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private fail(message: string): void {
    this.failed = true;
    this.chunks = [];
    this.buffered = 0;
    clearTimeout(this.partialTimer);
    this.readable.pause();
    this.fireError(new FramingError(message));
  }

  private onData(data: Buffer): void {
    if (this.failed || data.length === 0) return;
    this.chunks.push(data);
    this.buffered += data.length;
    while (!this.failed) {
      if (this.expected < 0) {
        const pending = this.peekAll();
        const end = pending.indexOf(CRLF2);
        // Check the header lines as they arrive: garbage (a body read as headers) is refused at once.
        const bad = badHeaderLine(pending, end, this.limits.maxHeaderBytes);
        if (bad !== null) return this.fail(`malformed header ${shown(bad)}`);
        if (end < 0) {
          if (pending.length > this.limits.maxHeaderBytes) return this.fail(`header section longer than ${this.limits.maxHeaderBytes} bytes without an end`);
          // Between messages (nothing buffered) no message is partial: a quiet client is not reported.
          if (pending.length > 0) this.armPartialTimer();
          return;
        }
        if (end > this.limits.maxHeaderBytes) return this.fail(`header section longer than ${this.limits.maxHeaderBytes} bytes`);
        const length = this.parseHeaders(
          this.take(end + CRLF2.length)
            .subarray(0, end)
            .toString('latin1'),
        );
        if (length < 0) return;
        this.expected = length;
      }
      if (this.buffered < this.expected) {
        this.armPartialTimer();
        return;
      }
      const body = this.take(this.expected);
      this.expected = -1;
      clearTimeout(this.partialTimer);
      this.partialTimer = undefined;
      this.deliver(body);
    }
  }

  /** The body length the headers announce, or -1 after failing the connection. */
  private parseHeaders(section: string): number {
    let length: number | null = null;
    for (const line of section.split('\r\n')) {
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      if (colon <= 0 || !HEADER_NAME.test(name)) {
        this.fail(`malformed header ${shown(line)}`);
        return -1;
      }
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() !== 'content-length') continue; // Content-Type and unknown headers are ignored
      if (!/^\d{1,16}$/.test(value)) {
        this.fail(`Content-Length is not a number: ${shown(value)}`);
        return -1;
      }
      const parsed = Number(value);
      if (length !== null && parsed !== length) {
        this.fail('two different Content-Length headers');
        return -1;
      }
      length = parsed;
    }
    if (length === null) {
      this.fail(`message without Content-Length header (headers: ${shown(section)})`);
      return -1;
    }
    if (length > this.limits.maxMessageBytes) {
      this.fail(`Content-Length ${length} exceeds the limit of ${this.limits.maxMessageBytes} bytes`);
      return -1;
    }
    return length;
  }

  private deliver(body: Buffer): void {
    let message: unknown;
    try {
      message = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch (error) {
      this.fireError(new InvalidMessageError(`message body is not JSON (${error instanceof Error ? error.message : String(error)})`, ErrorCodes.ParseError));
      return;
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      this.fireError(new InvalidMessageError('message is not a JSON-RPC object', ErrorCodes.InvalidRequest));
      return;
    }
    this.callback?.(message as Message);
  }

  private armPartialTimer(): void {
    if (this.partialTimer || this.partialMessageTimeout <= 0) return;
    const started = Date.now();
    this.partialTimer = setTimeout(() => {
      this.partialTimer = undefined;
      const info: PartialMessageInfo = { messageToken: 0, waitingTime: Date.now() - started };
      this.firePartialMessage(info);
    }, this.partialMessageTimeout);
    this.partialTimer.unref?.();
  }
}

function isRequest(message: Message): message is RequestMessage {
  const m = message as Partial<RequestMessage>;
  return typeof m.method === 'string' && (typeof m.id === 'number' || typeof m.id === 'string');
}

function isNotification(message: Message): message is NotificationMessage {
  const m = message as Partial<RequestMessage>;
  return typeof m.method === 'string' && m.id === undefined;
}

/** Lifecycle state the gate saw pass: whether `initialize` and `shutdown` were received. */
export interface Lifecycle {
  readonly initialized: boolean;
  readonly shutdownRequested: boolean;
}

/**
 * Wraps a reader so that, until the `initialize` request, requests are answered with
 * ServerNotInitialized (through `reply`) and notifications other than `exit` are dropped, and once
 * `shutdown` has passed, requests are answered with InvalidRequest and notifications other than
 * `exit` are dropped, as the LSP specification demands. Everything else passes unchanged.
 */
export function gateUntilInitialized(reader: MessageReader, reply: (response: ResponseMessage) => void): MessageReader & Lifecycle {
  const state = { initialized: false, shutdownRequested: false };
  const gated: MessageReader & Lifecycle = {
    get initialized() {
      return state.initialized;
    },
    get shutdownRequested() {
      return state.shutdownRequested;
    },
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen: (callback: DataCallback) =>
      reader.listen((message) => {
        if (!state.initialized) {
          if (isRequest(message) && message.method !== 'initialize') {
            reply({
              jsonrpc: '2.0',
              id: message.id,
              error: { code: ErrorCodes.ServerNotInitialized, message: `server not initialized: '${message.method}' before 'initialize'` },
            });
            return;
          }
          if (isNotification(message) && message.method !== 'exit') return;
          if (isRequest(message)) state.initialized = true;
        }
        if (state.shutdownRequested) {
          if (isRequest(message)) {
            reply({
              jsonrpc: '2.0',
              id: message.id,
              error: { code: ErrorCodes.InvalidRequest, message: `server is shutting down: '${message.method}' after 'shutdown'` },
            });
            return;
          }
          if (isNotification(message) && message.method !== 'exit') return;
        }
        if (isRequest(message) && message.method === 'shutdown') state.shutdownRequested = true;
        callback(message);
      }),
  };
  return gated;
}
