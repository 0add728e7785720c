// Wires configuration → content → storage → adapter → bot → Express routes. Hosting stays here, in
// index.ts and in server.ts, so moving to another SDK touches few files.
import type { Server } from 'node:http';
import express, { type ErrorRequestHandler } from 'express';
import { UserState, type TurnContext } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.ts';
import type { AppConfig } from './config.ts';
import { usesLocalDirectLine } from './config.ts';
import { keepEntityFieldsOnTheWire } from './connectorEntityFix.ts';
import { BoundedAuthentication, BoundedCloudAdapter } from './connector.ts';
import { ClinicBot } from './bot.ts';
import { safeError, type Logger } from './logger.ts';
import { buildServices } from './buildServices.ts';
import { warmUp } from './warmUp.ts';
import { SerialTurns } from './serialTurns.ts';
import { createTurnErrorHandler } from './turnErrorHandler.ts';
import { createStorage } from './storage.ts';
import { SafeConversationState } from './state/safeConversationState.ts';
import { messagesRoute } from './http/messagesRoute.ts';
import { createRateLimits } from './http/rateLimits.ts';
import { readinessHandler } from './http/readiness.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { mountWebChat } from './web/index.ts';
import { createFiguresLog } from './figures/createFiguresLog.ts';
import { connectStaff } from './teams/connectStaff.ts';
import { StaffDesk } from '../dialogs/staff/staffDesk.ts';

export interface App {
  app: express.Express;
  adapter: BoundedCloudAdapter;
  bot: ClinicBot;
  /** Stops taking new turns and waits (up to SHUTDOWN_GRACE_MS) for those in flight to save their state. */
  drain(): Promise<{ finished: boolean; abandoned: number }>;
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
  const services = buildServices(
    config,
    storage,
    process.env,
    (err) => logger.warn({ event: 'figures_write_failed', err: safeError(err) }, 'a staff-figures event was not stored'),
    createFiguresLog(config),
    (err) => logger.warn({ event: 'handoff_not_delivered', err: safeError(err) }, 'a call-back request or its card could not be posted to the staff channel'),
  );
  if (config.WARM_UP_ROUNDS > 0) {
    const started = performance.now();
    const messages = warmUp(services, config.WARM_UP_ROUNDS);
    logger.info({ event: 'warm_up', messages, ms: Math.round(performance.now() - started) }, 'example questions read at start');
  }
  const conversationState = new SafeConversationState(storage);
  const userState = new UserState(storage);

  const auth = new BoundedAuthentication(
    {
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    },
    config.CONNECTOR_TIMEOUT_MS,
  );
  const adapter = new BoundedCloudAdapter(auth, config.CONNECTOR_TIMEOUT_MS);
  adapter.onTurnError = createTurnErrorHandler(logger, services.content.messages.error, conversationState);

  const staff = connectStaff(services, adapter, config.MicrosoftAppId ?? '', (err) => logger.warn({ event: 'staff_task_failed', err: safeError(err) }, 'a staff task failed'));
  const bot = new ClinicBot(conversationState, userState, new MainDialog(services, conversationState, userState), { services, log: logger, staff: new StaffDesk(services) });
  const serial = new SerialTurns(config.TURN_TIMEOUT_MS);
  const runBot = (context: TurnContext) =>
    serial.run(`${context.activity.channelId}/${context.activity.conversation?.id}`, (abandoned) => bot.runTurn(context, abandoned));

  let draining = false;
  const limits = createRateLimits(config);
  const openMode = !config.MicrosoftAppId;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(securityHeaders(config.FRAME_ANCESTORS));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', articles: services.content.articles.length });
  });
  app.get('/readyz', readinessHandler({ storage, services, isDraining: () => draining }));

  // While shutting down, new turns go to another instance (channels retry a 503).
  const refuseWhileDraining: express.RequestHandler = (_req, res, next) => {
    if (!draining) return next();
    res.status(503).set('Retry-After', '5').json({ error: 'shutting down' });
  };

  // Express 5 leaves req.body undefined without a parser; only this route gets this one (the web
  // routes parse their own bodies with their own limits).
  app.post(
    '/api/messages',
    refuseWhileDraining,
    limits.perClient,
    express.json({ limit: config.REQUEST_BODY_LIMIT }),
    limits.perConversation,
    messagesRoute({
      adapter,
      runBot,
      log: logger,
      authTimeoutMs: config.AUTH_TIMEOUT_MS,
      ...(openMode ? { openModeAllowedOrigins: config.ALLOWED_SERVICE_URLS } : {}),
    }),
  );
  // Registered before the web chat's own handler for the same route, so it runs first.
  app.post('/api/webchat/token', refuseWhileDraining, limits.token);

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
    frameAncestors: config.FRAME_ANCESTORS,
  });

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 500) logger.error({ event: 'http_error', err: safeError(err) }, 'request failed');
    // Begun already: nothing more can be said, so the connection is closed (left alone, the client
    // waited for the rest for ever).
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message =
      status === 413 ? 'request too large' : status === 400 ? 'malformed JSON body' : status < 500 ? 'bad request' : 'internal error';
    res.status(status).json({ error: message });
  };
  app.use(onError);

  let drained: Promise<{ finished: boolean; abandoned: number }> | undefined;
  return {
    app,
    adapter,
    bot,
    drain() {
      draining = true;
      drained ??= (async () => {
        const finished = await serial.idle(config.SHUTDOWN_GRACE_MS);
        const abandoned = serial.inFlight;
        logger.info({ event: 'drained', finished, abandoned }, finished ? 'all turns finished' : 'shutdown grace ran out with turns in flight');
        return { finished, abandoned };
      })();
      return drained;
    },
    attachServer: (server) => web.attach(server),
    async close() {
      web.close();
      staff.stop();
      await services.figures.flush();
      adapter.closeReplySockets();
    },
  };
}
