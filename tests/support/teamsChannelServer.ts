// The connector side of Teams for HTTP tests: records the bot's posts (replies and proactive
// messages) and its in-place updates (PUT), per conversation, as Teams' service would take them.
import express from 'express';
import { listenOnLoopback } from './loopbackServer.ts';
import type { Activity } from 'botbuilder';

export interface Captured {
  method: 'POST' | 'PUT';
  conversationId: string;
  activityId: string;
  activity: Partial<Activity>;
}

export interface TeamsChannelServer {
  serviceUrl: string;
  captured: Captured[];
  posts(conversationId: string): Captured[];
  updates(conversationId: string): Captured[];
  close(): Promise<void>;
}

export async function startTeamsChannelServer(): Promise<TeamsChannelServer> {
  const captured: Captured[] = [];
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  let n = 0;
  app.post('/v3/conversations/:conversationId/activities{/:replyToId}', (req, res) => {
    const activityId = `msg-${++n}`;
    captured.push({ method: 'POST', conversationId: req.params.conversationId, activityId, activity: req.body });
    res.json({ id: activityId });
  });
  app.put('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    captured.push({ method: 'PUT', conversationId: req.params.conversationId, activityId: req.params.activityId, activity: req.body });
    res.json({ id: req.params.activityId });
  });
  const loopback = await listenOnLoopback(app);
  return {
    serviceUrl: loopback.url,
    captured,
    posts: (id) => captured.filter((c) => c.method === 'POST' && c.conversationId === id),
    updates: (id) => captured.filter((c) => c.method === 'PUT' && c.conversationId === id),
    close: loopback.close,
  };
}
