// Replies to the channel within a deadline. The Bot Framework connector retries a failed POST four
// times with back-off and no overall limit, so a dead or black-holed serviceUrl held a conversation
// for minutes. A turn's replies are posted by ReplyPoster (src/replyPoster.ts: tries with back-off,
// all inside CONNECTOR_TIMEOUT_MS); the connector client still serves every other call (Teams
// rosters, proactive conversations), with each HTTP try timed out and all tries under one deadline.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';
import { withDeadline } from './state/deadline.ts';
import { ReplyPoster, type RequestSigner } from './replyPoster.ts';

interface PipelineRequest {
  timeout: number;
  abortSignal?: AbortSignal;
}
interface Pipeline {
  addPolicy(policy: { name: string; sendRequest(request: PipelineRequest, next: (r: PipelineRequest) => Promise<unknown>): Promise<unknown> }): void;
}

/** Adds the deadline to a connector client's HTTP pipeline (an @azure/core-client pipeline inside). */
function bound(client: ConnectorClient, ms: number): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  pipeline?.addPolicy({
    name: 'clinicReplyDeadline',
    sendRequest(request, next) {
      request.timeout = ms;
      const overall = AbortSignal.timeout(ms);
      request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, overall]) : overall;
      return next(request);
    },
  });
  return client;
}

const CLIENTS_KEPT = 200;
const CALLER_CLAIMS = new Set(['aud', 'appid', 'azp', 'ver', 'iss']);

export class BoundedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly timeoutMs: number,
  ) {
    super(options);
  }

  // A connector client costs as much to build as a whole reply (its HTTP pipeline, serializers and
  // credentials), and the SDK built one, and a user-token client, for every turn. They hold no
  // per-turn state, so they are kept per caller, reply address and audience (at most CLIENTS_KEPT).
  private readonly clients = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.keptClients(result.claimsIdentity, result.connectorFactory) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.keptClients(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return kept(this.tokenClients, callerOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private keptClients(claimsIdentity: ClaimsIdentity, inner: ConnectorFactory): ConnectorFactory {
    const ms = this.timeoutMs;
    const caller = callerOf(claimsIdentity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        kept(this.clients, `${caller}|${serviceUrl}|${audience ?? ''}`, () => inner.create(serviceUrl, audience).then((c) => bound(c, ms))),
    } as ConnectorFactory;
  }
}

/** The claims that choose the credentials (audience, calling app, token version, issuer), not the ones that change with every token. */
function callerOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.claims
    .filter((c) => CALLER_CLAIMS.has(c.type))
    .map((c) => `${c.type}=${c.value}`)
    .join('&');
}

function kept<T>(cache: Map<string, Promise<T>>, key: string, build: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = build();
    // A failed build is not kept: the next turn tries again.
    value.catch(() => cache.delete(key));
    if (cache.size >= CLIENTS_KEPT) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
  }
  return value;
}

export class BoundedCloudAdapter extends CloudAdapter {
  private readonly replies: ReplyPoster;

  constructor(
    auth: BoundedAuthentication,
    private readonly sendTimeoutMs: number,
  ) {
    super(auth);
    this.replies = new ReplyPoster(sendTimeoutMs);
  }

  /** Authenticates and runs one turn (the SDK's protected processActivity), for our own /api/messages handler. */
  run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }

  override sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return withDeadline(this.post(context, activities), this.sendTimeoutMs, 'reply to the channel');
  }

  /** Closes the kept-alive sockets to the channels (shutdown). */
  closeReplySockets(): void {
    this.replies.close();
  }

  // The SDK's own loop (cloudAdapterBase.sendActivities), with messages and other channel-bound
  // activities posted by ReplyPoster instead of the connector client's serializer and pipeline.
  private async post(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay' || activity.type === 'invokeResponse' || (activity.type === 'trace' && activity.channelId !== 'emulator')) {
        responses.push(...(await super.sendActivities(context, [activity])));
        continue;
      }
      delete activity.id;
      const client = context.turnState.get(this.ConnectorClientKey) as (ConnectorClient & { baseUri?: string; credentials?: RequestSigner }) | undefined;
      if (!client) throw new Error('Unable to extract ConnectorClient from turn context.');
      const serviceUrl = client.baseUri ?? activity.serviceUrl;
      if (!serviceUrl || !activity.conversation?.id) throw new Error('A reply needs a serviceUrl and a conversation id.');
      const response = await this.replies.post(serviceUrl, activity.conversation.id, activity.replyToId, activity, client.credentials);
      responses.push({ id: response.id ?? '' });
    }
    return responses;
  }
}
