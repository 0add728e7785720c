// Replies go to the channel's connector as the Bot Connector REST API expects them: the reply
// address under the serviceUrl's own path, the JSON activity with every field, the bot's bearer
// token when it has an app id; refused tries are retried, and nothing waits past the deadline.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TurnContext, type Activity } from 'botbuilder';
import { ReplyError, ReplyPoster } from '../../src/replyPoster.ts';
import { BoundedAuthentication, BoundedCloudAdapter } from '../../src/connector.ts';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];
/** What the channel answers to each request, in turn; the last one repeats. */
let script: ({ status: number; body?: string; headers?: Record<string, string> } | 'hang')[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw ? JSON.parse(raw) : {} });
      const step = script.length > 1 ? script.shift()! : script[0]!;
      if (step === 'hang') return;
      res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      res.end(step.body ?? '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  seen.length = 0;
  script = [{ status: 200, body: '{"id":"r1"}' }];
});

const activity = {
  type: 'message',
  text: 'Heat or ice: either can help.',
  entities: [{ type: 'clinic.answer', article: 'self-care', section: 'Heat or ice' }],
  conversation: { id: 'a:1/b c' },
};

describe('ReplyPoster', () => {
  it('posts the activity as JSON to the reply address under the serviceUrl path, and returns the channel id', async () => {
    const poster = new ReplyPoster(2000);
    const result = await poster.post(`${base}/emea`, 'a:1/b c', 'act|1', activity);
    expect(result).toEqual({ id: 'r1' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url).toBe('/emea/v3/conversations/a%3A1%2Fb%20c/activities/act%7C1');
    expect(seen[0]!.headers['content-type']).toMatch(/application\/json/);
    expect(seen[0]!.headers['x-ms-conversation-id']).toBe('a:1/b c');
    expect(seen[0]!.headers.authorization).toBeUndefined();
    // Every field, the clinic's entity fields too (the SDK's serializer used to drop them).
    expect(seen[0]!.body).toEqual(activity);
    poster.close();
  });

  it('sends to the conversation when the reply answers no activity', async () => {
    const poster = new ReplyPoster(2000);
    await poster.post(`${base}/`, 'conv', undefined, activity);
    expect(seen[0]!.url).toBe('/v3/conversations/conv/activities');
    poster.close();
  });

  it("carries the bot's bearer token from its credentials, on every try", async () => {
    script = [{ status: 503 }, { status: 200, body: '{"id":"r2"}' }];
    let signed = 0;
    const signer = {
      signRequest: async (req: { headers: { set(n: string, v: string): void } }) => {
        signed++;
        req.headers.set('Authorization', `Bearer token-${signed}`);
        return req;
      },
    };
    const poster = new ReplyPoster(5000);
    expect(await poster.post(base, 'conv', 'x', activity, signer)).toEqual({ id: 'r2' });
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    poster.close();
  });

  it('tries again after a refusal the channel says is passing (429 with Retry-After, 5xx)', async () => {
    script = [{ status: 429, headers: { 'retry-after': '0' } }, { status: 502 }, { status: 201, body: '{"id":"r3"}' }];
    const poster = new ReplyPoster(5000);
    expect(await poster.post(base, 'conv', 'x', activity)).toEqual({ id: 'r3' });
    expect(seen).toHaveLength(3);
    poster.close();
  });

  it('does not repeat a reply the channel rejects (400, 403): one try, and the status in the error', async () => {
    script = [{ status: 403, body: '{"error":{"code":"BotNotInConversationRoster"}}' }];
    const poster = new ReplyPoster(5000);
    const error = await poster.post(base, 'conv', 'x', activity).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplyError);
    expect((error as ReplyError).statusCode).toBe(403);
    expect(seen).toHaveLength(1);
    poster.close();
  });

  it('gives up at the deadline when the channel never answers, and after it when it keeps failing', async () => {
    script = ['hang'];
    const poster = new ReplyPoster(400);
    const started = Date.now();
    await expect(poster.post(base, 'conv', 'x', activity)).rejects.toThrow(/within 400 ms/);
    expect(Date.now() - started).toBeLessThan(3000);

    script = [{ status: 500 }];
    await expect(poster.post(base, 'conv', 'x', activity)).rejects.toMatchObject({ statusCode: 500 });
    // Back-off 250 ms then 500 ms: the third try would start after the 400 ms deadline.
    expect(seen.filter((s) => s.url.endsWith('/x')).length).toBeLessThanOrEqual(3);
    poster.close();
  });
});

describe('BoundedCloudAdapter', () => {
  it("posts a turn's replies through the turn's connector client: its serviceUrl and its credentials", async () => {
    const adapter = new BoundedCloudAdapter(new BoundedAuthentication({}, 2000), 2000);
    const incoming = {
      type: 'message',
      id: 'in-1',
      channelId: 'msteams',
      serviceUrl: 'https://ignored.example',
      conversation: { id: 'team-conv' },
      from: { id: 'u' },
      recipient: { id: 'bot' },
    } as Activity;
    const context = new TurnContext(adapter, incoming);
    const credentials = {
      signRequest: async (req: { headers: { set(n: string, v: string): void } }) => {
        req.headers.set('authorization', 'Bearer from-app-credentials');
        return req;
      },
    };
    context.turnState.set(adapter.ConnectorClientKey, { baseUri: `${base}/amer/`, credentials });
    const responses = await context.sendActivities([{ type: 'message', text: 'hello' }, { type: 'typing' }]);
    expect(responses.map((r) => r.id)).toEqual(['r1', 'r1']);
    expect(seen.map((s) => s.url)).toEqual(['/amer/v3/conversations/team-conv/activities/in-1', '/amer/v3/conversations/team-conv/activities/in-1']);
    expect(seen.every((s) => s.headers.authorization === 'Bearer from-app-credentials')).toBe(true);
    expect(seen[0]!.body).toMatchObject({ type: 'message', text: 'hello', replyToId: 'in-1', conversation: { id: 'team-conv' } });
    adapter.closeReplySockets();
  });
});
