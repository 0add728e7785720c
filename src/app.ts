// Wires configuration → content → storage → adapter → bot → Express routes. Hosting stays here, in
// index.ts and in server.ts, so moving to another SDK touches few files.
import type { Server } from 'node:http';
import express, { type ErrorRequestHandler } from 'express';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type TurnContext,
} from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.ts';
import type { AppConfig } from './config.ts';
import { usesLocalDirectLine } from './config.ts';
import { keepEntityFieldsOnTheWire } from './connectorEntityFix.ts';
import { describeActivityProblem } from './activityShape.ts';
import { ClinicBot } from './bot.ts';
import { safeError, type Logger } from './logger.ts';
import { buildServices } from './buildServices.ts';
import { SerialTurns } from './serialTurns.ts';
import { createTurnErrorHandler } from './turnErrorHandler.ts';
import { createStorage } from './storage.ts';
import { mountWebChat } from './web/index.ts';

export interface App {
  app: express.Express;
  adapter: CloudAdapter;
  bot: ClinicBot;
  /** Hands the server's WebSocket upgrades to the widget's local Direct Line. */
  attachServer(server: Server): void;
  close(): Promise<void>;
}

export function createApp(config: AppConfig, logger: Logger): App {
  keepEntityFieldsOnTheWire();
  const storage = createStorage(config);
  if (config.MicrosoftAppId && config.STORAGE === 'memory') {
    logger.warn({ event: 'memory_storage_in_production' }, 'STORAGE=memory with Azure configured: conversations are lost on restart and never evicted; set STORAGE=blob');
  }
  const services = buildServices(config, storage, process.env, (err) =>
    logger.warn({ event: 'figures_write_failed', err: safeError(err) }, 'a staff-figures event was not stored'),
  );
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(logger, services.content.messages.error, conversationState);

  const bot = new ClinicBot(conversationState, userState, new MainDialog(services, conversationState, userState));
  const serial = new SerialTurns();
  const runBot = (context: TurnContext) =>
    serial.run(`${context.activity.channelId}/${context.activity.conversation?.id}`, () => bot.run(context));

  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', articles: services.content.articles.length });
  });

  // Express 5 leaves req.body undefined without a parser; only this route gets this one (the web
  // routes parse their own bodies with their own limits).
  app.post('/api/messages', express.json({ limit: config.REQUEST_BODY_LIMIT }), async (req, res) => {
    const problem = describeActivityProblem(req.body);
    if (problem) {
      res.status(400).json({ error: 'malformed activity', detail: problem });
      return;
    }
    logger.debug({ event: 'activity', type: req.body.type, channel: req.body.channelId }, 'activity received');
    await adapter.process(req, res, runBot);
  });

  const web = mountWebChat(app, {
    adapter,
    runBot,
    localDirectLine: usesLocalDirectLine(config),
    directLineSecret: config.DIRECT_LINE_SECRET,
    directLineDomain: config.DIRECT_LINE_DOMAIN,
    botName: services.content.clinic.name,
    pageCopy: services.content.messages.webPage,
    emergencyNumber: services.content.clinic.emergencyNumber,
    ...(services.content.clinic.brand ? { brand: services.content.clinic.brand } : {}),
    locale: config.LOCALE,
    log: logger,
  });

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 500) logger.error({ event: 'http_error', err: safeError(err) }, 'request failed');
    if (res.headersSent) return;
    const message =
      status === 413 ? 'request too large' : status === 400 ? 'malformed JSON body' : status < 500 ? 'bad request' : 'internal error';
    res.status(status).json({ error: message });
  };
  app.use(onError);

  return {
    app,
    adapter,
    bot,
    attachServer: (server) => web.attach(server),
    async close() {
      web.close();
    },
  };
}
