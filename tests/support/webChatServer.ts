// The widget's routes (page, local Direct Line) mounted on their own Express app on a free
// loopback port, around a small test bot.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ActivityHandler } from 'botbuilder';
import { mountWebChat, type MountedWebChat, type WebChatOptions } from '../../src/web/index.ts';
import { testPageCopy } from './pageCopy.ts';

export interface WebChatServer {
  base: string;
  web: MountedWebChat;
  close(): Promise<void>;
}

/** `parseJsonFirst` mounts an app-wide JSON parser before the widget, as a host app might. */
type Tuning = Pick<WebChatOptions, 'limits' | 'rateLimits' | 'streamLimits' | 'webSocket'>;

export async function startWebChatServer(
  bot: ActivityHandler,
  opts: { botName?: string; parseJsonFirst?: boolean } & Tuning = {},
): Promise<WebChatServer> {
  const app = express();
  if (opts.parseJsonFirst) app.use(express.json({ limit: '256kb' }));
  const web = mountWebChat(app, {
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    runBot: (context) => bot.run(context),
    localDirectLine: true,
    botName: opts.botName ?? 'Clinic',
    pageCopy: testPageCopy,
    locale: 'en-GB',
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.rateLimits ? { rateLimits: opts.rateLimits } : {}),
    ...(opts.streamLimits ? { streamLimits: opts.streamLimits } : {}),
    ...(opts.webSocket === false ? { webSocket: false } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  web.attach(server);
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    web,
    async close() {
      web.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
