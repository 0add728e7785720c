// The website widget: the Web Chat page, its assets, the token endpoint, and — in the local,
// unauthenticated mode — a local Direct Line 3.0 that delivers activities to the bot in-process.
import type { Server } from 'node:http';
import type express from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { ConversationStore, type StoreLimits } from './conversationStore.ts';
import { BotBridge } from './botBridge.ts';
import { botAccount } from './accounts.ts';
import { directLineRouter } from './directLine.ts';
import { localConnectorRouter } from './localConnector.ts';
import compression from 'compression';
import { defaultBrand, pageHandler, type Brand, type PageCopy } from './page.ts';
import { versionedScript } from './assets.ts';
import { webChatBundle } from './webChatBundle.ts';
import { azureTokenHandler, defaultAzureDomain, localDirectLinePath, localTokenHandler } from './tokenEndpoint.ts';
import { silentLogger, type WebLogger } from './webLogger.ts';
import { ActivityStreams, type StreamLimits } from './stream.ts';
import { defaultRateLimits, tokenLimiter, type WebRateLimits } from './rateLimits.ts';

export interface WebChatOptions {
  adapter: CloudAdapter;
  runBot: (context: TurnContext) => Promise<void>;
  /** True when no MicrosoftAppId and no Direct Line secret are configured. */
  localDirectLine: boolean;
  /** Azure Direct Line secret: exchanged for a token server-side, never sent to the page. */
  directLineSecret?: string;
  directLineDomain?: string;
  botName: string;
  /** The page's own sentences, from content/. */
  pageCopy: PageCopy;
  locale: string;
  /** The clinic's emergency number, on the page before the chat has loaded. */
  emergencyNumber?: string;
  /** Colours and logo (content/clinic.yaml `brand`). */
  brand?: Brand;
  log?: WebLogger;
  /** Largest body, in bytes, the browser may post to the local Direct Line (default 64 KiB). */
  bodyLimitBytes?: number;
  /** Memory bounds of the local Direct Line (see defaultLimits). */
  limits?: Partial<StoreLimits>;
  /** CSP frame-ancestors of the page: the sites that may embed it (default 'self'). */
  frameAncestors?: readonly string[];
  /** Requests per minute per client (see defaultRateLimits). */
  rateLimits?: Partial<WebRateLimits>;
  /** WebSocket streaming of the local Direct Line (on by default; polling always works). */
  webSocket?: boolean;
  streamLimits?: Partial<StreamLimits>;
}

export interface MountedWebChat {
  /** Lets the HTTP server hand WebSocket upgrades to the local Direct Line. */
  attach(server: Server): void;
  /** What the local Direct Line holds now (for tests and benchmarks). */
  stats(): { live: number; held: number; bytes: number; streams: number };
  close(): void;
}

const noLocalDirectLine: MountedWebChat = { attach() {}, stats: () => ({ live: 0, held: 0, bytes: 0, streams: 0 }), close() {} };

export function mountWebChat(app: express.Express, opts: WebChatOptions): MountedWebChat {
  const log = opts.log ?? silentLogger;
  const bundle = webChatBundle();
  const azureDomain = (opts.directLineDomain ?? defaultAzureDomain).replace(/\/+$/, '');
  const useAzure = !opts.localDirectLine && !!opts.directLineSecret;

  const brand = opts.brand ?? defaultBrand;
  const chatScript = versionedScript('./assets/chat.js', 'chat');
  const embedSettings = {
    primary: brand.primary,
    chatLabel: opts.pageCopy.chatLabel,
    openChat: opts.pageCopy.openChat,
    closeChat: opts.pageCopy.closeChat,
    ...(brand.logo ? { logo: brand.logo } : {}),
  };
  const embed = versionedScript('./assets/embed.js', 'embed', (text) =>
    text.replace('/*SETTINGS*/ {}', JSON.stringify(embedSettings).replace(/</g, '\\u003c')),
  );
  const compress = compression();

  app.get(bundle.url, bundle.handler);
  app.get(chatScript.url, compress, chatScript.handler);
  // The snippet's URL never changes, so it is cached briefly; what it loads is versioned.
  app.get('/embed.js', compress, (_req, res) => {
    res.set({ 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' }).send(embed.body);
  });
  app.get('/', compress, pageHandler({
    botName: opts.botName,
    copy: opts.pageCopy,
    locale: opts.locale,
    emergencyNumber: opts.emergencyNumber ?? '999',
    brand,
    webChatUrl: bundle.url,
    ...(opts.frameAncestors ? { frameAncestors: opts.frameAncestors } : {}),
    chatScriptUrl: chatScript.url,
    webSocket: opts.webSocket !== false,
    ...(useAzure ? { directLineOrigin: new URL(azureDomain).origin } : {}),
  }));

  const rateLimits = { ...defaultRateLimits, ...opts.rateLimits };
  if (useAzure) {
    // Each token costs a call to Azure with the secret: limited per address like the local one.
    app.post('/api/webchat/token', tokenLimiter(rateLimits), azureTokenHandler({ secret: opts.directLineSecret!, domain: azureDomain, log }));
    return noLocalDirectLine;
  }
  if (!opts.localDirectLine) {
    // An app id without a Direct Line secret: the page cannot connect, and says so.
    app.post('/api/webchat/token', (_req, res) => {
      res.status(503).json({ error: { code: 'NotConfigured', message: 'the web chat needs DIRECT_LINE_SECRET' } });
    });
    return noLocalDirectLine;
  }

  const store = new ConversationStore(opts.limits);
  const bridge = new BotBridge(opts.adapter, opts.runBot);
  const bot = botAccount(opts.botName);
  const streams = opts.webSocket === false ? undefined : new ActivityStreams(store, localDirectLinePath, opts.streamLimits);
  app.post('/api/webchat/token', tokenLimiter(rateLimits), localTokenHandler(store));
  app.use(
    localDirectLinePath,
    directLineRouter({ store, bridge, bot, log, bodyLimitBytes: opts.bodyLimitBytes ?? 64 * 1024, streams, rateLimits }),
  );
  app.use(bridge.connectorPath, localConnectorRouter(store, bot));

  const sweeper = setInterval(() => store.sweep(), 60_000);
  sweeper.unref();
  return {
    attach(server) {
      streams?.attach(server);
    },
    stats: () => ({ live: store.liveCount, held: store.size, bytes: store.totalBytes, streams: streams?.openCount ?? 0 }),
    close() {
      clearInterval(sweeper);
      streams?.close();
      store.clear();
    },
  };
}
