// The browser-facing half of the local Direct Line 3.0: exactly the calls Web Chat 4.18 makes (start
// or resume a conversation — answered with a `streamUrl` for the WebSocket — poll activities by
// watermark when there is no WebSocket, post an activity, refresh the token). Every call carries the
// conversation's opaque bearer token, and each client's rate is limited.
import express, { type Request, type Response, type Router } from 'express';
import type { Conversation, ConversationStore } from './conversationStore.ts';
import { type Account, userAccount } from './accounts.ts';
import type { BotBridge } from './botBridge.ts';
import { parsePostedActivity } from './activitySchema.ts';
import { jsonBody, jsonErrors, sendError } from './httpErrors.ts';
import type { WebLogger } from './webLogger.ts';
import type { ActivityStreams } from './stream.ts';
import { pollLimiters, postLimiters, type WebRateLimits } from './rateLimits.ts';
import { safeError } from '../logger.ts';

export interface DirectLineDeps {
  store: ConversationStore;
  bridge: BotBridge;
  bot: Account;
  log: WebLogger;
  /** Largest request body the browser may send; larger gets 413. */
  bodyLimitBytes: number;
  /** WebSocket streams; without them the browser polls. */
  streams?: ActivityStreams;
  rateLimits: WebRateLimits;
}

const userIdPattern = /^[\w.:@-]{1,128}$/;

function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  return match?.[1];
}

/** The origin the browser used, for the stream URL (the proxy's scheme when `trust proxy` is set). */
function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export function directLineRouter({ store, bridge, bot, log, bodyLimitBytes, streams, rateLimits }: DirectLineDeps): Router {
  const router = express.Router();
  const body = jsonBody(bodyLimitBytes);

  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  /** The token's conversation, or an error response already sent. */
  const authorised = (req: Request, res: Response): Conversation | undefined => {
    const result = store.authenticate(bearer(req));
    if (result === 'unknown') sendError(res, 401, 'BadToken', 'missing or unknown token');
    else if (result === 'expired') sendError(res, 403, 'TokenExpired', 'the token has expired');
    else return result;
    return undefined;
  };

  /** As `authorised`, and the conversation in the path must be the token's own, started one. */
  const inConversation = (req: Request, res: Response): Conversation | undefined => {
    const conversation = authorised(req, res);
    if (!conversation) return undefined;
    if (!conversation.started || conversation.id !== req.params.conversationId) {
      sendError(res, 404, 'NotFound', 'conversation not found');
      return undefined;
    }
    return conversation;
  };

  const conversationReply = (conversation: Conversation, req: Request, watermark = '') => ({
    conversationId: conversation.id,
    token: conversation.token,
    expires_in: store.secondsLeft(conversation),
    ...(streams ? { streamUrl: streams.streamUrl(conversation, originOf(req), watermark) } : {}),
  });
  const full = (res: Response) =>
    sendError(res, 503, 'ServiceUnavailable', 'the chat is busy right now; please try again in a few minutes');

  // Starts the reserved conversation (or returns it again) and lets the bot greet before the first poll.
  router.post('/conversations', body, async (req, res) => {
    const conversation = authorised(req, res);
    if (!conversation) return;
    if (conversation.started) {
      res.status(200).json(conversationReply(conversation, req));
      return;
    }
    const requested = (req.body as { user?: { id?: unknown }; locale?: unknown } | undefined) ?? {};
    const userId = requested.user?.id;
    if (userId !== undefined && (typeof userId !== 'string' || !userIdPattern.test(userId))) {
      sendError(res, 400, 'BadArgument', 'user.id must be 1-128 letters, digits or . _ : @ -');
      return;
    }
    const locale = typeof requested.locale === 'string' && requested.locale.length <= 32 ? requested.locale : undefined;
    // Full: this one waits, the conversations already going on are never pushed out.
    if (!store.start(conversation, userId ?? `user-${conversation.id.slice(0, 8)}`, locale)) return full(res);
    const user = userAccount(conversation);
    try {
      await bridge.deliver(
        {
          type: 'conversationUpdate',
          id: `${conversation.id}|start`,
          channelId: 'webchat',
          conversation: { id: conversation.id },
          from: user,
          recipient: bot,
          membersAdded: [{ id: user.id }, { id: bot.id, name: bot.name }],
          timestamp: new Date().toISOString(),
          ...(conversation.locale ? { locale: conversation.locale } : {}),
        },
        bridge.serviceUrlFor(req),
      );
    } catch (err) {
      // The conversation still works; the user just misses the greeting.
      log.error({ event: 'webchat.welcome_failed', conversationId: conversation.id, err: safeError(err) }, 'welcome turn failed');
    }
    res.status(201).json(conversationReply(conversation, req));
  });

  // Resuming (a reload) and reconnecting the WebSocket: a fresh stream URL from the watermark.
  router.get('/conversations/:conversationId', (req, res) => {
    const conversation = inConversation(req, res);
    const watermark = typeof req.query.watermark === 'string' ? req.query.watermark : '';
    if (conversation) res.json(conversationReply(conversation, req, watermark));
  });

  router.get('/conversations/:conversationId/activities', ...pollLimiters(rateLimits), (req, res) => {
    const conversation = inConversation(req, res);
    if (!conversation) return;
    const raw = req.query.watermark;
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (raw !== undefined && typeof raw !== 'string') {
      sendError(res, 400, 'BadArgument', 'watermark must be a single value');
      return;
    }
    if (text !== '' && !/^\d{1,15}$/.test(text)) {
      sendError(res, 400, 'BadArgument', 'watermark must be a whole number');
      return;
    }
    res.json(store.since(conversation, text === '' ? 0 : Number(text)));
  });

  router.post('/conversations/:conversationId/activities', ...postLimiters(rateLimits), body, async (req, res) => {
    const conversation = inConversation(req, res);
    if (!conversation) return;
    const parsed = parsePostedActivity(req.body);
    if ('error' in parsed) {
      sendError(res, 400, 'BadArgument', `malformed activity: ${parsed.error}`);
      return;
    }
    const { from, ...fields } = parsed.activity;
    // The echo the browser sees and the activity the bot gets share one id, so Web Chat can match
    // its pending message (by channelData.clientActivityID) and show the reply that points at it.
    const stored = store.append(conversation, {
      ...fields,
      channelId: 'webchat',
      conversation: { id: conversation.id },
      from: userAccount(conversation, from?.name || undefined),
      recipient: bot,
      timestamp: new Date().toISOString(),
      ...(fields.locale || !conversation.locale ? {} : { locale: conversation.locale }),
    });
    try {
      await bridge.deliver(stored, bridge.serviceUrlFor(req));
    } catch (err) {
      log.error({ event: 'webchat.turn_failed', conversationId: conversation.id, err: safeError(err) }, 'bot turn failed');
      sendError(res, 502, 'BotError', 'the bot could not process the activity');
      return;
    }
    res.status(200).json({ id: stored.id });
  });

  router.post('/tokens/refresh', (req, res) => {
    const conversation = authorised(req, res);
    if (!conversation) return;
    store.refreshToken(conversation);
    res.json({ conversationId: conversation.id, token: conversation.token, expires_in: store.secondsLeft(conversation) });
  });

  router.use((_req, res) => sendError(res, 404, 'NotFound', 'not supported by the local Direct Line'));
  router.use(jsonErrors);
  return router;
}
