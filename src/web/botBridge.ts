// Hands browser activities to the bot in-process and says where its replies go. The bot answers
// through the ordinary connector client (so replies are serialised exactly as on Azure), addressed to
// `serviceUrl`: the local connector endpoint on this same server, behind a per-process secret path.
import type { Request } from 'express';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import { randomId } from './conversationStore.ts';

export const connectorMountPrefix = '/local-connector';

export class BotBridge {
  /** Secret path segment: only this process's connector client knows where to post bot replies. */
  readonly connectorKey = randomId(24);

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly runBot: (context: TurnContext) => Promise<void>,
  ) {}

  get connectorPath(): string {
    return `${connectorMountPrefix}/${this.connectorKey}`;
  }

  /**
   * The service URL for a request that reached this server: the socket's own local address, so the
   * loopback call never leaves the machine (a public Host header behind a proxy would).
   */
  serviceUrlFor(req: Request): string {
    const socket = req.socket;
    let host = socket.localAddress ?? '127.0.0.1';
    if (host.startsWith('::ffff:')) host = host.slice('::ffff:'.length);
    if (host.includes(':')) host = `[${host}]`;
    return `http://${host}:${socket.localPort}${this.connectorPath}`;
  }

  /**
   * Runs one bot turn. Without a Microsoft app id the adapter accepts an empty authorization header
   * (the Emulator's mode); with one configured the local Direct Line is never mounted.
   */
  async deliver(activity: Record<string, unknown>, serviceUrl: string): Promise<void> {
    await this.adapter.processActivityDirect('', { ...activity, serviceUrl } as unknown as Activity, this.runBot);
  }
}
