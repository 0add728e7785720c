// Posts a turn's replies to the channel's connector (Bot Connector REST API v3: POST
// v3/conversations/{id}/activities[/{replyToId}]) over kept-alive sockets. The SDK's connector client
// walked each activity through its model mappers, a serializer and a ten-policy HTTP pipeline: a
// tenth of the bot's CPU under load, more than our red-flag detector and answer engine together.
// Same wire behaviour: JSON body, the caller's bearer token, retries of refused or failed tries with
// back-off, all tries inside one deadline (a black-holed serviceUrl must not hold a conversation).
import http from 'node:http';
import https from 'node:https';

/** What signs a request: the SDK's app credentials (they add `Authorization: Bearer …` when the bot has an app id). */
export interface RequestSigner {
  signRequest(request: { headers: { set(name: string, value: string): void } }): Promise<unknown>;
}

export class ReplyError extends Error {
  override name = 'ReplyError';
  constructor(
    message: string,
    /** The channel's HTTP status, or undefined when no answer came (network error, deadline). */
    readonly statusCode: number | undefined,
  ) {
    super(message);
  }
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const MAX_TRIES = 4;
const FIRST_BACKOFF_MS = 250;
const MAX_RESPONSE_BYTES = 64 * 1024;

export class ReplyPoster {
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
  };

  constructor(
    /** All tries of one reply together end at this deadline. */
    private readonly deadlineMs: number,
  ) {}

  /** Posts one activity; resolves to the channel's resource id, throws ReplyError when every try failed. */
  async post(serviceUrl: string, conversationId: string, replyToId: string | undefined, activity: object, signer?: RequestSigner): Promise<{ id?: string }> {
    const base = serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
    const url = new URL(
      `v3/conversations/${encodeURIComponent(conversationId)}/activities${replyToId ? `/${encodeURIComponent(replyToId)}` : ''}`,
      base,
    );
    const body = JSON.stringify(activity);
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'x-ms-conversation-id': conversationId,
    };
    const deadline = Date.now() + this.deadlineMs;
    let last: ReplyError | undefined;
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      // Signed on every try: a token that expired meanwhile is renewed by the credentials.
      if (signer) await signer.signRequest({ headers: { set: (name, value) => void (headers[name.toLowerCase()] = value) } });
      const outcome = await this.once(url, headers, body, left);
      if (outcome.ok) return { id: outcome.id };
      last = outcome.error;
      if (!outcome.retry) break;
      const wait = outcome.retryAfterMs ?? FIRST_BACKOFF_MS * 2 ** attempt;
      if (Date.now() + wait >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    throw last ?? new ReplyError('no time left to send the reply', undefined);
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }

  private once(
    url: URL,
    headers: Record<string, string>,
    body: string,
    timeoutMs: number,
  ): Promise<{ ok: true; id?: string } | { ok: false; error: ReplyError; retry: boolean; retryAfterMs?: number }> {
    const transport = url.protocol === 'https:' ? https : http;
    const agent = this.agents[url.protocol as 'http:' | 'https:'];
    return new Promise((resolve) => {
      let settled = false;
      const done = (v: Parameters<typeof resolve>[0]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(v);
      };
      const req = transport.request(url, { method: 'POST', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= MAX_RESPONSE_BYTES) chunks.push(c);
        });
        res.on('error', (e) => done({ ok: false, error: new ReplyError(`reply failed: ${e.message}`, undefined), retry: true }));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return done({ ok: true, id: idOf(Buffer.concat(chunks).toString('utf8')) });
          const retryAfter = Number(res.headers['retry-after']);
          done({
            ok: false,
            error: new ReplyError(`the channel answered ${status}`, status),
            retry: RETRY_STATUS.has(status),
            retryAfterMs: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined,
          });
        });
      });
      // A try that hangs is abandoned at the deadline; its socket is not reused.
      const timer = setTimeout(() => {
        req.destroy();
        done({ ok: false, error: new ReplyError(`no answer from the channel within ${timeoutMs} ms`, undefined), retry: false });
      }, timeoutMs);
      req.on('error', (e) => done({ ok: false, error: new ReplyError(`reply failed: ${e.message}`, undefined), retry: true }));
      req.end(body);
    });
  }
}

function idOf(text: string): string | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    return typeof parsed?.id === 'string' ? parsed.id : undefined;
  } catch {
    return undefined;
  }
}
