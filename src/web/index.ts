// The website widget: the Web Chat page, its assets, the token endpoint, and — in the local,
// unauthenticated mode — a local Direct Line 3.0 that delivers activities to the bot in-process.
import type express from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { ConversationStore, type StoreLimits } from './conversationStore.ts';
import { BotBridge } from './botBridge.ts';
import { botAccount } from './accounts.ts';
import { directLineRouter } from './directLine.ts';
import { localConnectorRouter } from './localConnector.ts';
import { pageHandler, type PageCopy } from './page.ts';
import { webChatBundle } from './webChatBundle.ts';
import { azureTokenHandler, defaultAzureDomain, localDirectLinePath, localTokenHandler } from './tokenEndpoint.ts';
import { silentLogger, type WebLogger } from './webLogger.ts';

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
  log?: WebLogger;
  /** Largest body, in bytes, the browser may post to the local Direct Line (default 64 KiB). */
  bodyLimitBytes?: number;
  /** Memory bounds of the local Direct Line (see defaultLimits). */
  limits?: Partial<StoreLimits>;
  /** CSP frame-ancestors of the page: the sites that may embed it (default 'self'). */
  frameAncestors?: readonly string[];
}

export function mountWebChat(app: express.Express, opts: WebChatOptions): { close(): void } {
  const log = opts.log ?? silentLogger;
  const bundle = webChatBundle();
  const azureDomain = (opts.directLineDomain ?? defaultAzureDomain).replace(/\/+$/, '');
  const useAzure = !opts.localDirectLine && !!opts.directLineSecret;

  app.get(bundle.url, bundle.handler);
  app.get('/', pageHandler({
    botName: opts.botName,
    copy: opts.pageCopy,
    locale: opts.locale,
    webChatUrl: bundle.url,
    ...(opts.frameAncestors ? { frameAncestors: opts.frameAncestors } : {}),
    ...(useAzure ? { directLineOrigin: new URL(azureDomain).origin } : {}),
  }));

  if (useAzure) {
    app.post('/api/webchat/token', azureTokenHandler({ secret: opts.directLineSecret!, domain: azureDomain, log }));
    return { close() {} };
  }
  if (!opts.localDirectLine) {
    // An app id without a Direct Line secret: the page cannot connect, and says so.
    app.post('/api/webchat/token', (_req, res) => {
      res.status(503).json({ error: { code: 'NotConfigured', message: 'the web chat needs DIRECT_LINE_SECRET' } });
    });
    return { close() {} };
  }

  const store = new ConversationStore(opts.limits);
  const bridge = new BotBridge(opts.adapter, opts.runBot);
  const bot = botAccount(opts.botName);
  app.post('/api/webchat/token', localTokenHandler(store));
  app.use(localDirectLinePath, directLineRouter({ store, bridge, bot, log, bodyLimitBytes: opts.bodyLimitBytes ?? 64 * 1024 }));
  app.use(bridge.connectorPath, localConnectorRouter(store, bot));

  const sweeper = setInterval(() => store.sweep(), 60_000);
  sweeper.unref();
  return {
    close() {
      clearInterval(sweeper);
      store.clear();
    },
  };
}
