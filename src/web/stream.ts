// The WebSocket half of the local Direct Line, as Direct Line 3.0 does it: starting or resuming a
// conversation answers with a `streamUrl`; Web Chat opens it and every new activity is pushed as
// `{ activities, watermark }` the moment it is stored, instead of waiting for the next 1 s poll.
// Polling stays for browsers or proxies without WebSockets.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Conversation, ConversationStore } from './conversationStore.ts';
import { randomId } from './conversationStore.ts';

export interface StreamLimits {
  /** Open streams per conversation (a reload opens a new one before the old one is gone). */
  perConversation: number;
  /** Open streams in total. */
  total: number;
  /** How long a stream URL may wait to be opened. */
  ticketMs: number;
  /** Ping interval; a socket that missed the previous pong is closed. */
  heartbeatMs: number;
}

export const defaultStreamLimits: StreamLimits = { perConversation: 3, total: 1000, ticketMs: 60_000, heartbeatMs: 30_000 };

const streamPath = /^\/conversations\/([\w-]{1,64})\/stream$/;

export class ActivityStreams {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  /** One-use tickets in stream URLs, so the bearer token never sits in a URL. */
  private readonly tickets = new Map<string, { conversationId: string; expiresAt: number }>();
  private readonly alive = new WeakSet<WebSocket>();
  private readonly heartbeat: NodeJS.Timeout;
  readonly limits: StreamLimits;

  constructor(
    private readonly store: ConversationStore,
    /** Mount path of the Direct Line (`/v3/directline`). */
    private readonly basePath: string,
    limits: Partial<StreamLimits> = {},
  ) {
    this.limits = { ...defaultStreamLimits, ...limits };
    this.heartbeat = setInterval(() => this.ping(), this.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  /** The stream URL for a conversation, starting at `watermark`, as seen from the browser's `origin`. */
  streamUrl(conversation: Conversation, httpOrigin: string, watermark: string): string {
    const ticket = randomId(24);
    const now = Date.now();
    for (const [key, t] of this.tickets) if (t.expiresAt < now) this.tickets.delete(key);
    this.tickets.set(ticket, { conversationId: conversation.id, expiresAt: now + this.limits.ticketMs });
    const origin = httpOrigin.replace(/^http/, 'ws');
    const mark = /^\d{1,15}$/.test(watermark) ? watermark : '';
    return `${origin}${this.basePath}/conversations/${encodeURIComponent(conversation.id)}/stream?watermark=${mark}&t=${ticket}`;
  }

  /** Lets `server` hand stream upgrades to us; other upgrade paths are left to other listeners. */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!this.handle(req, socket, head) && server.listenerCount('upgrade') === 1) socket.destroy();
    });
  }

  /** True when the request was for a stream (answered, accepted or refused). */
  handle(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://local');
    if (!url.pathname.startsWith(`${this.basePath}/`)) return false;
    const match = streamPath.exec(url.pathname.slice(this.basePath.length));
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return true;
    };
    if (!match) return refuse(404, 'Not Found');
    const ticket = this.tickets.get(url.searchParams.get('t') ?? '');
    const conversation = ticket && ticket.expiresAt >= Date.now() && ticket.conversationId === match[1] ? this.store.get(match[1]) : undefined;
    if (!conversation?.started) return refuse(403, 'Forbidden');
    if (this.store.listenerCount(conversation) >= this.limits.perConversation || this.wss.clients.size >= this.limits.total) {
      return refuse(429, 'Too Many Requests');
    }
    this.tickets.delete(url.searchParams.get('t')!);
    const watermark = Number(url.searchParams.get('watermark') || '0');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.open(ws, conversation, watermark));
    return true;
  }

  get openCount(): number {
    return this.wss.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.tickets.clear();
  }

  private open(ws: WebSocket, conversation: Conversation, watermark: number): void {
    this.alive.add(ws);
    ws.on('pong', () => this.alive.add(ws));
    // Web Chat sends empty messages as its own keep-alive; nothing else is expected.
    ws.on('message', () => this.alive.add(ws));
    const unsubscribe = this.store.subscribe(conversation, {
      push: (group) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(group));
      },
      ended: () => ws.close(1000, 'conversation ended'),
    });
    ws.on('close', unsubscribe);
    ws.on('error', () => ws.terminate());
    const backlog = this.store.since(conversation, watermark);
    if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
  }

  private ping(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.delete(ws);
      ws.ping();
    }
  }
}
