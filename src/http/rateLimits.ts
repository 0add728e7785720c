// Rate limits (express-rate-limit, in memory per instance): per client address on every bot route,
// per conversation on /api/messages, and a tight one per client on the token endpoint (each token
// costs a call to Azure with the Direct Line secret). Over the limit: 429 with Retry-After.
import { rateLimit, type Options } from 'express-rate-limit';
import type { Request, RequestHandler } from 'express';
import type { AppConfig } from '../config.ts';

type LimitConfig = Pick<
  AppConfig,
  'RATE_LIMIT_WINDOW_MS' | 'RATE_LIMIT_PER_CLIENT' | 'RATE_LIMIT_PER_CONVERSATION' | 'TOKEN_RATE_LIMIT_PER_CLIENT' | 'RATE_LIMIT_LOOPBACK' | 'MicrosoftAppId'
>;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const common: Partial<Options> = {
  standardHeaders: 'draft-8',
  legacyHeaders: false,
  handler: (_req, res, _next, options) => {
    res.status(options.statusCode).json({ error: 'too many requests' });
  },
};

export interface RateLimits {
  perClient: RequestHandler;
  /** Needs the parsed body: mount after express.json(). */
  perConversation: RequestHandler;
  token: RequestHandler;
}

export function createRateLimits(config: LimitConfig): RateLimits {
  const windowMs = config.RATE_LIMIT_WINDOW_MS;
  // Open mode (no app id) is the Emulator's and the developer's own tools' door, on this machine
  // only: their requests are not limited unless RATE_LIMIT_LOOPBACK=true (a load test must measure
  // the bot, not the limiter). With an app id, or from any other address, the limits always apply.
  const exempt = !config.MicrosoftAppId && !config.RATE_LIMIT_LOOPBACK;
  const skip = (req: Request) => exempt && LOOPBACK.has(req.ip ?? '');
  return {
    perClient: rateLimit({ ...common, windowMs, limit: config.RATE_LIMIT_PER_CLIENT, identifier: 'client', skip }),
    perConversation: rateLimit({
      ...common,
      skip,
      windowMs,
      limit: config.RATE_LIMIT_PER_CONVERSATION,
      identifier: 'conversation',
      keyGenerator: (req) => {
        const body = req.body as { channelId?: unknown; conversation?: { id?: unknown } } | undefined;
        // Text only: String() of an object JSON can carry ({"toString": 1}) throws, and the request
        // failed with 500 here instead of the route's 400 for a malformed activity.
        const text = (v: unknown) => (typeof v === 'string' ? v : '');
        return `${text(body?.channelId)}/${text(body?.conversation?.id)}`;
      },
    }),
    token: rateLimit({ ...common, windowMs, limit: config.TOKEN_RATE_LIMIT_PER_CLIENT, identifier: 'token' }),
  };
}
