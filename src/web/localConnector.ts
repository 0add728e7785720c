// The bot-facing half of the local Direct Line: the few Bot Connector routes the bot's connector
// client calls (send, reply, update, delete, members). Bot replies land in the conversation's
// activity list, where the browser's next poll picks them up.
import express, { type Request, type Response, type Router } from 'express';
import type { ConversationStore, WireActivity } from './conversationStore.ts';
import { type Account, userAccount } from './accounts.ts';
import { jsonBody, jsonErrors, sendError } from './httpErrors.ts';

export function localConnectorRouter(store: ConversationStore, bot: Account): Router {
  const router = express.Router();
  const body = jsonBody(1024 * 1024);

  const conversationOf = (req: Request, res: Response) => {
    const conversation = store.get(String(req.params.conversationId));
    if (!conversation?.started) sendError(res, 404, 'NotFound', 'conversation not found');
    return conversation?.started ? conversation : undefined;
  };

  const botActivity = (req: Request, res: Response): Record<string, unknown> | undefined => {
    const activity: unknown = req.body;
    if (typeof activity !== 'object' || activity === null || typeof (activity as { type?: unknown }).type !== 'string') {
      sendError(res, 400, 'BadArgument', 'the body must be an activity with a type');
      return undefined;
    }
    const { serviceUrl: _serviceUrl, ...rest } = activity as Record<string, unknown>;
    return rest;
  };

  const send = (req: Request, res: Response) => {
    const conversation = conversationOf(req, res);
    const activity = conversation && botActivity(req, res);
    if (!conversation || !activity) return;
    const stored = store.append(conversation, {
      ...activity,
      type: String(activity.type),
      channelId: 'webchat',
      conversation: { id: conversation.id },
      from: bot,
      recipient: userAccount(conversation),
      timestamp: new Date().toISOString(),
      ...(req.params.activityId ? { replyToId: String(req.params.activityId) } : {}),
    });
    res.status(200).json({ id: stored.id });
  };

  router.post('/v3/conversations/:conversationId/activities', body, send);
  router.post('/v3/conversations/:conversationId/activities/:activityId', body, send);

  router.put('/v3/conversations/:conversationId/activities/:activityId', body, (req, res) => {
    const conversation = conversationOf(req, res);
    const activity = conversation && botActivity(req, res);
    if (!conversation || !activity) return;
    const id = String(req.params.activityId);
    const updated: WireActivity = {
      ...activity,
      type: String(activity.type),
      id,
      channelId: 'webchat',
      conversation: { id: conversation.id },
      from: bot,
      recipient: userAccount(conversation),
      timestamp: new Date().toISOString(),
    };
    store.appendUpdate(conversation, updated);
    res.status(200).json({ id });
  });

  router.delete('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    const conversation = conversationOf(req, res);
    if (!conversation) return;
    store.delete(conversation, String(req.params.activityId));
    res.status(200).end();
  });

  const members = (req: Request, res: Response) => {
    const conversation = conversationOf(req, res);
    if (conversation) res.json([userAccount(conversation), bot]);
  };
  router.get('/v3/conversations/:conversationId/members', members);
  router.get('/v3/conversations/:conversationId/activities/:activityId/members', members);

  router.use((_req, res) => sendError(res, 404, 'NotFound', 'not supported by the local connector'));
  router.use(jsonErrors);
  return router;
}
