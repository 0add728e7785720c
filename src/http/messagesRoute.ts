// POST /api/messages after its body is parsed: a malformed activity gets a clear 400; in open mode a
// reply address that is not allowed gets 403; a request that cannot be authenticated gets 401 with
// no error text, and one log line — whatever the reason, an invalid token or the OpenID metadata
// being unreachable (no internet, an outage). The SDK's own handler answered those with 500, the
// network error in the body and a stack on stderr.
import type { RequestHandler } from 'express';
import type { Activity, TurnContext } from 'botbuilder';
import type { BoundedCloudAdapter } from '../connector.ts';
import { describeActivityProblem } from '../activityShape.ts';
import { safeError, type Logger } from '../logger.ts';
import { serviceUrlAllowed } from './serviceUrlGuard.ts';

export interface MessagesRouteOptions {
  adapter: BoundedCloudAdapter;
  runBot: (context: TurnContext) => Promise<void>;
  log: Pick<Logger, 'warn' | 'error' | 'debug'>;
  /** Longest wait for authentication (the OpenID metadata fetch) before answering 401. */
  authTimeoutMs: number;
  /** Set in open mode (no app id): origins replies may go to besides loopback. */
  openModeAllowedOrigins?: readonly string[];
}

/** The date fields as Date objects, as the SDK's own handler leaves them. */
function fixDates(activity: Record<string, unknown>): Activity {
  for (const field of ['timestamp', 'expiration', 'localTimestamp'] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

export function messagesRoute(opts: MessagesRouteOptions): RequestHandler {
  const { adapter, runBot, log } = opts;
  return async (req, res) => {
    const problem = describeActivityProblem(req.body);
    if (problem) {
      res.status(400).json({ error: 'malformed activity', detail: problem });
      return;
    }
    const body = req.body as Record<string, unknown> & { serviceUrl: string; type: string; channelId: string };
    if (opts.openModeAllowedOrigins && !serviceUrlAllowed(body.serviceUrl, opts.openModeAllowedOrigins)) {
      log.warn({ event: 'service_url_refused', channel: body.channelId }, 'open mode: reply address not allowed');
      res.status(403).json({ error: 'serviceUrl not allowed' });
      return;
    }
    log.debug({ event: 'activity', type: body.type, channel: body.channelId }, 'activity received');

    let started = false;
    let gaveUp = false;
    const logic = async (context: TurnContext) => {
      if (gaveUp) return;
      started = true;
      await runBot(context);
    };
    const header = req.headers.authorization ?? '';
    let timer: NodeJS.Timeout | undefined;
    const authDeadline = new Promise<{ timedOut: true }>((resolve) => {
      timer = setTimeout(() => {
        if (started) return;
        gaveUp = true;
        resolve({ timedOut: true });
      }, opts.authTimeoutMs);
    });
    const outcome = await Promise.race([
      adapter.run(header, fixDates(body), logic).then(
        (invoke) => ({ invoke }),
        (err: unknown) => ({ err }),
      ),
      authDeadline,
    ]);
    clearTimeout(timer);

    if ('timedOut' in outcome || ('err' in outcome && !started)) {
      // Nothing of the turn ran: the request was not (or could not be) authenticated.
      // The error's kind and codes, never its message (pino leaves out the fields that are undefined).
      const { name, code, statusCode } = 'err' in outcome ? safeError(outcome.err) : { name: 'AuthTimeout', code: undefined, statusCode: undefined };
      log.warn({ event: 'auth_failed', reason: name, code, statusCode }, 'request not authenticated');
      res.status(401).end();
      return;
    }
    if ('err' in outcome) {
      log.error({ event: 'turn_failed_unhandled', err: safeError(outcome.err) }, 'turn failed');
      res.status(500).json({ error: 'internal error' });
      return;
    }
    const invoke = outcome.invoke;
    res.status(invoke?.status ?? 200);
    if (invoke?.body !== undefined) res.json(invoke.body);
    else res.end();
  };
}
