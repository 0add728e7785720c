// POST /api/messages as a client sees it, with the SDK's authentication replaced by a stand-in whose
// timing the test decides: whatever fails before the turn starts is a bare 401 and one log line (the
// error's kind and codes, never its message); authentication slower than AUTH_TIMEOUT_MS is a 401
// and the turn never runs; a turn that has started is never cut off; a turn failing unhandled is a
// bare 500; an invoke's response is the HTTP answer; in open mode a reply address that is not this
// machine's (or listed) is refused with 403 before anything else. The real SDK behind the same
// route: tests/http/messages.test.ts and exposure.test.ts.
import express from 'express';
import { pino } from 'pino';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoundedCloudAdapter } from '../../../src/connector.ts';
import { messagesRoute, type MessagesRouteOptions } from '../../../src/http/messagesRoute.ts';
import { serviceUrlAllowed } from '../../../src/http/serviceUrlGuard.ts';
import { emulatorActivity } from '../../support/channelServer.ts';
import { listenOnLoopback, type Loopback } from '../../support/loopbackServer.ts';

type Logic = (context: TurnContext) => Promise<void>;
type Run = (header: string, activity: Activity, logic: Logic) => Promise<InvokeResponse | undefined>;
type Line = Record<string, unknown> & { level: number };

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** The route on a loopback port, as app.ts mounts it (after express.json()), logging through a real pino at debug. */
async function route(run: Run, options: Partial<Pick<MessagesRouteOptions, 'authTimeoutMs' | 'openModeAllowedOrigins' | 'runBot'>> = {}) {
  const lines: Line[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as Line) });
  const seen: { header: string; activity: Activity }[] = [];
  let turns = 0;
  const adapter = {
    run: (header: string, activity: Activity, logic: Logic) => {
      seen.push({ header, activity });
      return run(header, activity, logic);
    },
  } as unknown as BoundedCloudAdapter;
  const app = express();
  app.post(
    '/api/messages',
    express.json(),
    messagesRoute({
      adapter,
      log,
      authTimeoutMs: options.authTimeoutMs ?? 5000,
      runBot: async (context) => {
        turns++;
        await options.runBot?.(context);
      },
      ...(options.openModeAllowedOrigins ? { openModeAllowedOrigins: options.openModeAllowedOrigins } : {}),
    }),
  );
  const server = await listenOnLoopback(app);
  servers.push(server);
  return { url: server.url, lines, seen, turns: () => turns };
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

const warnings = (lines: Line[]) => lines.filter((l) => l.level >= 40);
const hello = (serviceUrl = 'http://127.0.0.1:1') => emulatorActivity(serviceUrl, 'conv-route', { text: 'my private symptoms' });
/** Authenticates at once and runs the turn, as the SDK does for a good token (or in open mode). */
const authenticated: Run = async (_header, _activity, logic) => {
  await logic({} as TurnContext);
  return undefined;
};

describe('POST /api/messages: authentication', () => {
  it.each([
    [
      'an invalid token',
      Object.assign(new Error('Unauthorized. Invalid signature on token eyJhbGciOi for my private symptoms'), { name: 'AuthenticationError', statusCode: 401 }),
      { reason: 'AuthenticationError', statusCode: 401 },
    ],
    [
      'the OpenID metadata unreachable',
      Object.assign(new Error('getaddrinfo ENOTFOUND login.botframework.com (my private symptoms)'), { code: 'ENOTFOUND' }),
      { reason: 'Error', code: 'ENOTFOUND' },
    ],
  ])('answers %s with a bare 401 and one log line with its kind and code, never its message', async (_name, error, logged) => {
    const { url, lines, turns } = await route(async () => {
      throw error;
    });
    const res = await post(url, hello(), { authorization: 'Bearer eyJhbGciOi' });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    expect(warnings(lines)).toEqual([{ level: 40, time: expect.any(Number), pid: expect.any(Number), hostname: expect.any(String), event: 'auth_failed', ...logged, msg: 'request not authenticated' }]);
    expect(JSON.stringify(lines)).not.toMatch(/private symptoms|ENOTFOUND login|Invalid signature|eyJhbGciOi/);
    expect(turns()).toBe(0);
  });

  it('gives up on authentication slower than AUTH_TIMEOUT_MS: a bare 401, one log line, and the turn never runs, even once authentication ends', async () => {
    const authDone = deferred();
    const ran = deferred();
    const { url, lines, turns } = await route(
      async (_header, _activity, logic) => {
        await authDone.promise;
        await logic({} as TurnContext);
        ran.resolve();
        return undefined;
      },
      { authTimeoutMs: 20 },
    );
    const res = await post(url, hello());
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    expect(warnings(lines)).toEqual([expect.objectContaining({ event: 'auth_failed', reason: 'AuthTimeout', msg: 'request not authenticated' })]);
    authDone.resolve();
    await ran.promise;
    expect(turns()).toBe(0);
  });

  it('never cuts off a turn that has started, however long it runs past the auth deadline', async () => {
    const started = deferred();
    const finish = deferred();
    const { url, lines, turns } = await route(authenticated, {
      authTimeoutMs: 20,
      runBot: async () => {
        started.resolve();
        await finish.promise;
      },
    });
    const answer = post(url, hello());
    await started.promise;
    // The route's 20 ms deadline was set before authentication began, so it passes during this wait.
    await new Promise((resolve) => setTimeout(resolve, 60));
    finish.resolve();
    const res = await answer;
    expect(res.status).toBe(200);
    expect(warnings(lines)).toEqual([]);
    expect(turns()).toBe(1);
  });

  it('answers a turn that fails unhandled after it started with a bare 500, and logs its kind, never its message', async () => {
    const { url, lines } = await route(async (_header, _activity, logic) => {
      await logic({} as TurnContext);
      throw new Error('could not handle "my private symptoms"');
    });
    const res = await post(url, hello());
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
    expect(warnings(lines)).toEqual([expect.objectContaining({ level: 50, event: 'turn_failed_unhandled', err: expect.objectContaining({ name: 'Error' }), msg: 'turn failed' })]);
    expect(JSON.stringify(lines)).not.toContain('private symptoms');
  });

  it('hands the SDK the Authorization header as sent, and an empty one when there is none (it cannot read a missing one)', async () => {
    const { url, seen } = await route(authenticated);
    await post(url, hello(), { authorization: 'Bearer abc.def.ghi' });
    await post(url, hello());
    expect(seen.map((s) => s.header)).toEqual(['Bearer abc.def.ghi', '']);
  });
});

describe('POST /api/messages: what an authenticated turn answers', () => {
  it("answers an invoke with the invoke response's status and body", async () => {
    const { url } = await route(async (_header, _activity, logic) => {
      await logic({} as TurnContext);
      return { status: 202, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Done' } };
    });
    const res = await post(url, hello());
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Done' });
  });

  it('answers a message 200 with an empty body, and logs one debug line with its type and channel, never its text', async () => {
    const { url, lines, turns } = await route(authenticated);
    const res = await post(url, hello());
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(turns()).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ level: 20, event: 'activity', type: 'message', channel: 'emulator', msg: 'activity received' })]);
    expect(JSON.stringify(lines)).not.toContain('private symptoms');
  });

  it('answers an invoke response without a body with its status and nothing else', async () => {
    const { url } = await route(async (_header, _activity, logic) => {
      await logic({} as TurnContext);
      return { status: 200 };
    });
    const res = await post(url, hello());
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it("gives the turn its dates as Date objects, the raw strings kept, as the SDK's own handler does", async () => {
    const { url, seen } = await route(authenticated);
    await post(url, { ...hello(), timestamp: '2026-12-02T10:00:00.000Z', localTimestamp: '2026-12-02T11:00:00.000+01:00' });
    const activity = seen[0]!.activity as Activity & Record<string, unknown>;
    expect(activity.timestamp).toBeInstanceOf(Date);
    expect(activity.timestamp!.toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(activity.localTimestamp).toBeInstanceOf(Date);
    expect(activity.localTimestamp!.toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(activity.rawTimestamp).toBe('2026-12-02T10:00:00.000Z');
    expect(activity.rawLocalTimestamp).toBe('2026-12-02T11:00:00.000+01:00');
    // A date the channel did not send is not made up.
    expect('expiration' in activity || 'rawExpiration' in activity).toBe(false);
  });

  it('refuses a malformed activity with 400 and says what is wrong, before authentication', async () => {
    const { url, seen } = await route(authenticated);
    const res = await post(url, { text: 'hello' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'malformed activity', detail: expect.stringMatching(/^type: /) });
    expect(seen).toHaveLength(0);
  });
});

describe('POST /api/messages in open mode (no app id): where replies may go', () => {
  const listed = ['https://channel.example:8443'];

  it.each([
    'http://localhost:3978',
    'http://LOCALHOST:3978/',
    'http://127.0.0.1:1/',
    'http://127.200.3.4/',
    'http://[::1]:3978/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7fff:ffff]/',
    'https://channel.example:8443/amer/',
  ])('takes %s', async (serviceUrl) => {
    const { url, lines, turns } = await route(authenticated, { openModeAllowedOrigins: listed });
    const res = await post(url, hello(serviceUrl));
    expect(res.status).toBe(200);
    expect(turns()).toBe(1);
    expect(warnings(lines)).toEqual([]);
  });

  it.each([
    'http://169.254.169.254/latest',
    'http://10.0.0.5/',
    'http://128.0.0.1/',
    'http://127.evil.example/',
    'http://localhost.evil.example/',
    'http://[::2]/',
    'http://[1::ffff:7f00:1]/',
    'http://[::ffff:10.0.0.5]/',
    // IPv4-mapped addresses that only start like 127.x once the parser has dropped leading zeros.
    'http://[::ffff:7fa:1]/',
    'http://[::ffff:7f:1]/',
    'https://channel.example/',
    'http://channel.example:8443/',
  ])('refuses %s with 403 and one log line, before authentication', async (serviceUrl) => {
    const { url, lines, seen } = await route(authenticated, { openModeAllowedOrigins: listed });
    const res = await post(url, hello(serviceUrl));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'serviceUrl not allowed' });
    expect(seen).toHaveLength(0);
    expect(warnings(lines)).toEqual([expect.objectContaining({ event: 'service_url_refused', channel: 'emulator', msg: 'open mode: reply address not allowed' })]);
    expect(JSON.stringify(lines)).not.toContain('private symptoms');
  });

  it("with an app id, a channel's public reply address goes to authentication, not to open mode's list", async () => {
    const { url, turns } = await route(authenticated);
    const res = await post(url, hello('https://smba.trafficmanager.net/amer/'));
    expect(res.status).toBe(200);
    expect(turns()).toBe(1);
  });

  it('refuses a serviceUrl the URL parser cannot read (the activity schema refuses it with 400 first)', () => {
    expect(serviceUrlAllowed('not a url', ['not a url'])).toBe(false);
  });
});
