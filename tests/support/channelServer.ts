// Plays the channel's side of the Bot Framework protocol, as the Emulator does: the bot POSTs its
// replies to `serviceUrl`, which this server records.
import express from 'express';
import { listenOnLoopback } from './loopbackServer.ts';
import type { Activity } from 'botbuilder';

export interface ChannelServer {
  serviceUrl: string;
  received: Partial<Activity>[];
  /** Replies of one conversation. */
  repliesTo(conversationId: string): Partial<Activity>[];
  close(): Promise<void>;
}

export async function startChannelServer(): Promise<ChannelServer> {
  const received: (Partial<Activity> & { conversationIdFromUrl: string })[] = [];
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  let n = 0;
  app.post('/v3/conversations/:conversationId/activities{/:replyToId}', (req, res) => {
    received.push({ ...req.body, conversationIdFromUrl: req.params.conversationId });
    res.json({ id: `reply-${++n}` });
  });
  app.get('/v3/conversations/:conversationId/members', (_req, res) => {
    res.json([]);
  });
  const loopback = await listenOnLoopback(app);
  return {
    serviceUrl: loopback.url,
    received,
    repliesTo: (id) => received.filter((a) => a.conversationIdFromUrl === id),
    close: loopback.close,
  };
}

let counter = 0;

/** An activity as the Emulator sends it. */
export function emulatorActivity(serviceUrl: string, conversationId: string, extra: Partial<Activity>): Partial<Activity> {
  return {
    type: 'message',
    id: `act-${++counter}`,
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversationId } as Activity['conversation'],
    from: { id: 'user-1', name: 'Pat', role: 'user' },
    recipient: { id: 'bot', name: 'Clinic bot', role: 'bot' },
    locale: 'en-GB',
    timestamp: new Date(),
    ...extra,
  };
}

export function entitiesOf(activities: Partial<Activity>[], type: string): Record<string, unknown>[] {
  return activities.flatMap((a) => (a.entities ?? []).filter((e) => e.type === type) as Record<string, unknown>[]);
}
