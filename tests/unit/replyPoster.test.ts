// Replies go to the channel's connector as the Bot Connector REST API expects them: the reply
// address under the serviceUrl's own path, the JSON activity with every field, the bot's bearer
// token when it has an app id; refused tries are retried, and nothing waits past the deadline.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_RESPONSE_KEY, TurnContext, type Activity } from 'botbuilder';
import { ReplyError, ReplyPoster } from '../../src/replyPoster.ts';
import { BoundedAuthentication, BoundedCloudAdapter } from '../../src/connector.ts';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** The client's port: the same port twice is one kept-alive socket. */
  port: number | undefined;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];
/**
 * What the channel answers to each request, in turn; the last one repeats. 'reset' drops the connection
 * before answering; 'partial' starts a 200 answer and drops it halfway.
 */
let script: ({ status: number; body?: string; headers?: Record<string, string> } | 'hang' | 'reset' | 'partial')[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw ? JSON.parse(raw) : {}, port: req.socket.remotePort });
      const step = script.length > 1 ? script.shift()! : script[0]!;
      if (step === 'hang') return;
      if (step === 'reset') return void req.socket.destroy();
      if (step === 'partial') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        return void res.write('{"id":', () => res.socket?.destroy());
      }
      res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      res.end(step.body ?? '');
    });
  });
  // Idle sockets stay open until a client closes them (Node's default closes them after 5 s).
  server.keepAliveTimeout = 0;
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
    await expect(poster.post(base, 'conv', 'x', activity)).rejects.toThrow(/^no answer from the channel within \d+ ms$/);
    expect(Date.now() - started).toBeLessThan(3000);

    script = [{ status: 500 }];
    await expect(poster.post(base, 'conv', 'x', activity)).rejects.toMatchObject({ statusCode: 500 });
    // Back-off 250 ms then 500 ms: the third try would start after the 400 ms deadline.
    expect(seen.filter((s) => s.url.endsWith('/x')).length).toBeLessThanOrEqual(3);
    poster.close();
  });

  it('tries a refused reply at most 4 times, and says what the channel answered', async () => {
    script = [{ status: 503, headers: { 'retry-after': '0' } }];
    const poster = new ReplyPoster(10_000);
    const error = (await poster.post(base, 'conv', 'x', activity).catch((e: unknown) => e)) as ReplyError;
    expect(seen).toHaveLength(4);
    // The name and status are what the turn's error log shows.
    expect(error.name).toBe('ReplyError');
    expect(error.message).toBe('the channel answered 503');
    expect(error.statusCode).toBe(503);
    poster.close();
  });

  it('does not wait for a Retry-After that ends past the deadline: one try, and the refusal', async () => {
    // An hour, in seconds: waiting it out would hold the conversation far past its deadline.
    script = [{ status: 503, headers: { 'retry-after': '3600' } }, { status: 200, body: '{"id":"late"}' }];
    const poster = new ReplyPoster(10_000);
    await expect(poster.post(base, 'conv', 'x', activity)).rejects.toMatchObject({ statusCode: 503 });
    expect(seen).toHaveLength(1);
    poster.close();
  });

  it('falls back to its own back-off when Retry-After is no number of seconds', async () => {
    script = [{ status: 503, headers: { 'retry-after': 'Infinity' } }, { status: 200, body: '{"id":"r4"}' }];
    const poster = new ReplyPoster(10_000);
    expect(await poster.post(base, 'conv', 'x', activity)).toEqual({ id: 'r4' });
    expect(seen).toHaveLength(2);
    poster.close();
  });

  it('tries again when the connection drops before or during the answer', async () => {
    script = ['reset', 'partial', { status: 200, body: '{"id":"r5"}' }];
    const poster = new ReplyPoster(10_000);
    expect(await poster.post(base, 'conv', 'x', activity)).toEqual({ id: 'r5' });
    expect(seen).toHaveLength(3);
    poster.close();
  });

  it('names the network failure when the channel cannot be reached at all', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const poster = new ReplyPoster(1000);
    const error = (await poster.post(`http://127.0.0.1:${port}`, 'conv', 'x', activity).catch((e: unknown) => e)) as ReplyError;
    expect(error).toBeInstanceOf(ReplyError);
    expect(error.message).toMatch(/^reply failed: .*ECONNREFUSED/);
    expect(error.statusCode).toBeUndefined();
    poster.close();
  });

  it('sends nothing when no time is left', async () => {
    const poster = new ReplyPoster(0);
    await expect(poster.post(base, 'conv', 'x', activity)).rejects.toThrow('no time left to send the reply');
    expect(seen).toHaveLength(0);
    poster.close();
  });

  it('takes only a 2xx answer as sent: a 300 is an error, not retried', async () => {
    script = [{ status: 300, body: '{"id":"moved"}' }];
    const poster = new ReplyPoster(5000);
    await expect(poster.post(base, 'conv', 'x', activity)).rejects.toMatchObject({ statusCode: 300 });
    expect(seen).toHaveLength(1);
    poster.close();
  });

  it('returns the id only when the channel gives one as a string', async () => {
    const poster = new ReplyPoster(5000);
    script = [{ status: 200, body: '{"id":5}' }];
    expect(await poster.post(base, 'conv', 'x', activity)).toEqual({ id: undefined });
    script = [{ status: 200, body: 'not json' }];
    expect(await poster.post(base, 'conv', 'x', activity)).toEqual({ id: undefined });
    poster.close();
  });

  it('reads at most 64 KiB of an answer: exactly 64 KiB is read, a longer one is not', async () => {
    const answer = (bytes: number) => {
      const head = '{"id":"big","pad":"';
      return `${head}${'x'.repeat(bytes - head.length - 2)}"}`;
    };
    const poster = new ReplyPoster(5000);
    script = [{ status: 200, body: answer(64 * 1024) }];
    expect(await poster.post(base, 'conv', 'x', activity)).toEqual({ id: 'big' });
    script = [{ status: 200, body: answer(64 * 1024 + 1) }];
    expect(await poster.post(base, 'conv', 'x', activity)).toEqual({ id: undefined });
    poster.close();
  });

  it('keeps its sockets alive between replies, and closes them on close()', async () => {
    const poster = new ReplyPoster(5000);
    await poster.post(base, 'conv', 'x', activity);
    await poster.post(base, 'conv', 'y', activity);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.port).toBe(seen[0]!.port);
    const socketClosed = new Promise<void>((resolve) => {
      const check = () => server.getConnections((_e, count) => (count === 0 ? resolve() : setImmediate(check)));
      check();
    });
    poster.close();
    await socketClosed;
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

  it("runs an open-mode channel's turn (no app id) and returns what the turn answers to an invoke", async () => {
    const adapter = new BoundedCloudAdapter(new BoundedAuthentication({}, 2000), 2000);
    const activity = { type: 'invoke', name: 'adaptiveCard/action', id: 'in-2', channelId: 'emulator', serviceUrl: base, conversation: { id: 'conv' }, from: { id: 'u' }, recipient: { id: 'bot' } } as Activity;
    let seenName: string | undefined;
    const invoke = await adapter.run('', activity, async (context) => {
      seenName = context.activity.name;
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200 } } });
    });
    expect(seenName).toBe('adaptiveCard/action');
    expect(invoke).toEqual({ status: 200, body: { statusCode: 200 } });
    adapter.closeReplySockets();
  });

  it('counts a reply the channel took without giving an id as sent', async () => {
    script = [{ status: 200, body: '' }];
    const adapter = new BoundedCloudAdapter(new BoundedAuthentication({}, 2000), 2000);
    const context = new TurnContext(adapter, { type: 'message', id: 'in-3', channelId: 'webchat', serviceUrl: base, conversation: { id: 'conv' }, from: { id: 'u' }, recipient: { id: 'bot' } } as Activity);
    context.turnState.set(adapter.ConnectorClientKey, { baseUri: base });
    expect(await context.sendActivities([{ type: 'message', text: 'hello' }])).toEqual([{ id: '' }]);
    expect(seen).toHaveLength(1);
    adapter.closeReplySockets();
  });

  it('posts a trace only to the Emulator, and never posts a delay or an invoke response (that one is the HTTP answer)', async () => {
    const adapter = new BoundedCloudAdapter(new BoundedAuthentication({}, 2000), 2000);
    const turnOn = (channelId: string) => {
      const context = new TurnContext(adapter, { type: 'message', id: 'in-1', channelId, serviceUrl: base, conversation: { id: 'conv' }, from: { id: 'u' }, recipient: { id: 'bot' } } as Activity);
      context.turnState.set(adapter.ConnectorClientKey, { baseUri: base });
      return context;
    };
    const teams = turnOn('msteams');
    await teams.sendActivities([
      { type: 'trace', name: 'debug' },
      { type: 'delay', value: 1 },
      { type: 'invokeResponse', value: { status: 200, body: { ok: true } } },
      { type: 'message', text: 'hello' },
    ]);
    expect(seen.map((s) => s.body.type)).toEqual(['message']);
    expect(teams.turnState.get(INVOKE_RESPONSE_KEY)).toMatchObject({ value: { status: 200, body: { ok: true } } });
    await turnOn('emulator').sendActivities([{ type: 'trace', name: 'debug' }]);
    expect(seen.map((s) => s.body.type)).toEqual(['message', 'trace']);
    // At shutdown the adapter closes its kept-alive socket to the channel.
    const open = await new Promise<number>((resolve) => server.getConnections((_e, count) => resolve(count)));
    expect(open).toBeGreaterThan(0);
    const closed = new Promise<void>((resolve) => {
      const check = () => server.getConnections((_e, count) => (count < open ? resolve() : setImmediate(check)));
      check();
    });
    adapter.closeReplySockets();
    await closed;
  });
});
