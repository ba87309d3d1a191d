/**
 * A minimal LSP client over stdio for protocol tests and benchmarks: spawns the bundled server and speaks
 * JSON-RPC with Content-Length framing. No dependency on vscode-languageclient, so what is tested is the wire.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  /** Every notification received, in order. */
  readonly notifications: Message[] = [];
  stderr = '';
  /** Answers to server-to-client requests, by method (e.g. workspace/configuration). */
  readonly handlers = new Map<string, (params: unknown) => unknown>();

  constructor(serverPath: string, args: string[] = ['--stdio']) {
    this.proc = spawn(process.execPath, [serverPath, ...args], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      const length = m ? Number(m[1]) : 0;
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.id !== undefined && msg.method) {
      const handler = this.handlers.get(msg.method);
      this.send({ jsonrpc: '2.0', id: msg.id, result: handler ? handler(msg.params) : null });
      return;
    }
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
      return;
    }
    this.notifications.push(msg);
    for (let i = 0; i < this.waiters.length; i++) {
      if (this.waiters[i].match(msg)) {
        this.waiters.splice(i, 1)[0].resolve(msg);
        i--;
      }
    }
  }

  private send(msg: Message): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (from now on, or already received when `past`) that matches. */
  waitFor(match: (m: Message) => boolean, timeoutMs = 5000, past = false): Promise<Message> {
    if (past) {
      const hit = this.notifications.find(match);
      if (hit) return Promise.resolve(hit);
    }
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve: (m: Message) => (clearTimeout(timer), resolve(m)) };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`no matching notification within ${timeoutMs} ms; stderr: ${this.stderr.slice(-500)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The next publishDiagnostics for `uri` (optionally for a given version). */
  diagnostics(uri: string, version?: number, timeoutMs = 5000): Promise<{ uri: string; version?: number; diagnostics: any[] }> {
    return this.waitFor(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        (m.params as { uri: string }).uri === uri &&
        (version === undefined || (m.params as { version?: number }).version === version),
      timeoutMs,
    ).then((m) => m.params as { uri: string; version?: number; diagnostics: any[] });
  }

  async initialize(capabilities: unknown = {}): Promise<unknown> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<number | null> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) return resolve(this.proc.exitCode);
      const t = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
      this.proc.on('exit', (code) => (clearTimeout(t), resolve(code)));
    });
  }
}
