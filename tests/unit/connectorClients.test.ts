// The connector and user-token clients (src/connector.ts): building one costs as much as a whole
// reply, so they are kept per caller, reply address and audience — not per token — at most 200, and
// one that failed to build is built again for the next turn. Each of the connector client's HTTP
// tries is bounded by CONNECTOR_TIMEOUT_MS and still stops when its caller gives up. The SDK's own
// factories are replaced by stand-ins that count what they build.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ClaimsIdentity, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoundedAuthentication } from '../../src/connector.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A caller as the channel's token names it; `extra` claims change with every token. */
function caller(appid: string, extra: Record<string, string> = {}): ClaimsIdentity {
  const claims = { aud: 'the-bot', appid, ver: '1.0', iss: 'https://api.botframework.com', ...extra };
  return new ClaimsIdentity(Object.entries(claims).map(([type, value]) => ({ type, value })), true);
}

interface Policy {
  name: string;
  sendRequest(request: { timeout: number; abortSignal?: AbortSignal }, next: (r: { timeout: number; abortSignal?: AbortSignal }) => Promise<unknown>): Promise<unknown>;
}

/** The SDK's connector factory replaced: `built` lists every client built; `failNext` makes the next build fail. */
function countConnectorClients() {
  const built: string[] = [];
  const policies: Policy[] = [];
  const control = { failNext: false };
  const factory = {
    create: async (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
      built.push(`${serviceUrl} ${audience ?? '-'}`);
      if (control.failNext) {
        control.failNext = false;
        throw new Error('the token endpoint did not answer');
      }
      return { serviceUrl, client: { pipeline: { addPolicy: (p: Policy) => policies.push(p) } } } as unknown as ConnectorClient;
    },
  };
  vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'createConnectorFactory').mockImplementation(() => factory as never);
  return { built, policies, control, factory };
}

describe('kept connector clients', () => {
  it('builds one client per caller, reply address and audience, whatever the token, and hands it to every later turn', async () => {
    const { built } = countConnectorClients();
    const auth = new BoundedAuthentication({}, 1000);
    const first = await auth.createConnectorFactory(caller('app-1', { exp: '100', nbf: '1' })).create('https://smba.example/amer/', 'aud-1');
    // The next turn: a new token (other expiry), the same caller, address and audience.
    const again = await auth.createConnectorFactory(caller('app-1', { exp: '200', nbf: '2' })).create('https://smba.example/amer/', 'aud-1');
    expect(again).toBe(first);
    const otherAddress = await auth.createConnectorFactory(caller('app-1')).create('https://smba.example/emea/', 'aud-1');
    const otherCaller = await auth.createConnectorFactory(caller('app-2')).create('https://smba.example/amer/', 'aud-1');
    const otherAudience = await auth.createConnectorFactory(caller('app-1')).create('https://smba.example/amer/', 'aud-2');
    const noAudience = await auth.createConnectorFactory(caller('app-1')).create('https://smba.example/amer/');
    expect(new Set([first, otherAddress, otherCaller, otherAudience, noAudience]).size).toBe(5);
    expect(built).toEqual([
      'https://smba.example/amer/ aud-1',
      'https://smba.example/emea/ aud-1',
      'https://smba.example/amer/ aud-1',
      'https://smba.example/amer/ aud-2',
      'https://smba.example/amer/ -',
    ]);
  });

  it('builds a client that failed to build again for the next turn', async () => {
    const { built, control } = countConnectorClients();
    const auth = new BoundedAuthentication({}, 1000);
    control.failNext = true;
    await expect(auth.createConnectorFactory(caller('app-1')).create('https://smba.example/amer/')).rejects.toThrow();
    const client = await auth.createConnectorFactory(caller('app-1')).create('https://smba.example/amer/');
    expect(client).toBeDefined();
    expect(built).toHaveLength(2);
  });

  it('keeps at most 200 clients, dropping the oldest first', async () => {
    const { built } = countConnectorClients();
    const auth = new BoundedAuthentication({}, 1000);
    const factory = auth.createConnectorFactory(caller('app-1'));
    for (let i = 1; i <= 201; i++) await factory.create(`https://channel-${i}.example/`);
    expect(built).toHaveLength(201);
    // The two newest are still kept; the oldest was dropped and is built again.
    await factory.create('https://channel-201.example/');
    await factory.create('https://channel-200.example/');
    expect(built).toHaveLength(201);
    await factory.create('https://channel-1.example/');
    expect(built).toHaveLength(202);
  });

  it("bounds each of the client's HTTP tries by the connector timeout, and still stops a try when its caller gives up", async () => {
    const { policies } = countConnectorClients();
    const auth = new BoundedAuthentication({}, 25);
    await auth.createConnectorFactory(caller('app-1')).create('https://smba.example/amer/');
    expect(policies).toHaveLength(1);
    const seen: { timeout: number; abortSignal?: AbortSignal }[] = [];
    const next = async (r: { timeout: number; abortSignal?: AbortSignal }) => {
      seen.push(r);
      return r;
    };
    await policies[0]!.sendRequest({ timeout: 0 }, next);
    expect(seen[0]!.timeout).toBe(25);
    // The overall deadline ends the try even when nothing else does.
    await new Promise((resolve) => seen[0]!.abortSignal!.addEventListener('abort', resolve));
    const givingUp = new AbortController();
    await policies[0]!.sendRequest({ timeout: 0, abortSignal: givingUp.signal }, next);
    expect(seen[1]!.abortSignal!.aborted).toBe(false);
    givingUp.abort();
    expect(seen[1]!.abortSignal!.aborted).toBe(true);
  });
});

describe('authenticated requests and user-token clients', () => {
  it('gives an authenticated request the kept clients, and the rest of its result as the SDK gave it', async () => {
    const { built, factory } = countConnectorClients();
    const sdkResult = { audience: 'aud-1', callerId: 'urn:botframework:azure', claimsIdentity: caller('app-1') };
    // The SDK's result for each request comes with a factory that builds a new client every time.
    vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest').mockImplementation(async () => ({ ...sdkResult, connectorFactory: factory as never }));
    const auth = new BoundedAuthentication({}, 1000);
    const activity = { type: 'message', serviceUrl: 'https://smba.example/amer/' } as Activity;
    const one = await auth.authenticateRequest(activity, 'Bearer a');
    const two = await auth.authenticateRequest(activity, 'Bearer b');
    expect(one).toMatchObject(sdkResult);
    expect(await one.connectorFactory!.create('https://smba.example/amer/', 'aud-1')).toBe(await two.connectorFactory!.create('https://smba.example/amer/', 'aud-1'));
    expect(built).toHaveLength(1);
  });

  it('passes on a result without a connector factory as it is', async () => {
    const sdkResult = { audience: 'aud-1', callerId: 'x', claimsIdentity: caller('app-1') };
    vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest').mockResolvedValue(sdkResult as never);
    const auth = new BoundedAuthentication({}, 1000);
    const result = await auth.authenticateRequest({ type: 'message' } as Activity, 'Bearer a');
    expect(result.connectorFactory).toBeUndefined();
    expect(result).toMatchObject(sdkResult);
  });

  it('builds one user-token client per caller, and again after a failed build', async () => {
    let builds = 0;
    let failNext = true;
    vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'createUserTokenClient').mockImplementation(async () => {
      builds++;
      if (failNext) {
        failNext = false;
        throw new Error('no answer');
      }
      return { n: builds } as unknown as UserTokenClient;
    });
    const auth = new BoundedAuthentication({}, 1000);
    await expect(auth.createUserTokenClient(caller('app-1'))).rejects.toThrow();
    const first = await auth.createUserTokenClient(caller('app-1', { exp: '1' }));
    expect(await auth.createUserTokenClient(caller('app-1', { exp: '2' }))).toBe(first);
    expect(await auth.createUserTokenClient(caller('app-2'))).not.toBe(first);
    expect(builds).toBe(3);
  });
});
