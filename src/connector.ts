// Replies to the channel within a deadline. The Bot Framework connector retries a failed POST four
// times with back-off and no overall limit, so a dead or black-holed serviceUrl held a conversation
// for minutes. Here each HTTP try has a timeout and all tries together one deadline
// (CONNECTOR_TIMEOUT_MS), and the adapter's send gives up at that deadline whatever happens below.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';
import { withDeadline } from './state/deadline.ts';

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

export class BoundedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly timeoutMs: number,
  ) {
    super(options);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    const ms = this.timeoutMs;
    return { create: async (serviceUrl: string, audience?: string) => bound(await inner.create(serviceUrl, audience), ms) } as ConnectorFactory;
  }
}

export class BoundedCloudAdapter extends CloudAdapter {
  constructor(
    auth: BoundedAuthentication,
    private readonly sendTimeoutMs: number,
  ) {
    super(auth);
  }

  /** Authenticates and runs one turn (the SDK's protected processActivity), for our own /api/messages handler. */
  run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }

  override sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return withDeadline(super.sendActivities(context, activities), this.sendTimeoutMs, 'reply to the channel');
  }
}
