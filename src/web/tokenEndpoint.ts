// POST /api/webchat/token: what the page needs to open Direct Line. Locally it reserves a conversation
// of the local Direct Line; with Azure it exchanges the Direct Line secret for a token server-side,
// so the secret never reaches the browser.
import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { ConversationStore } from './conversationStore.ts';
import { sendError } from './httpErrors.ts';
import type { WebLogger } from './webLogger.ts';

export const localDirectLinePath = '/v3/directline';
export const defaultAzureDomain = 'https://directline.botframework.com/v3/directline';

/** The whole answer: nothing else (in particular no secret) is sent to the page. */
export interface TokenResponse {
  token: string;
  conversationId?: string;
  userId: string;
  /** Direct Line base URL; a path (same origin) for the local Direct Line. */
  domain: string;
  /** Seconds the token lives unless refreshed: how long the page may resume it after a reload. */
  expiresIn?: number;
}

export function localTokenHandler(store: ConversationStore): RequestHandler {
  return (_req, res) => {
    const conversation = store.reserve();
    if (!conversation) {
      // Full of live conversations: they keep going; this page says so and can try again later.
      res.set('Retry-After', '60');
      sendError(res, 503, 'ServiceUnavailable', 'the chat is busy right now; please try again in a few minutes');
      return;
    }
    const body: TokenResponse = {
      token: conversation.token,
      userId: `u_${randomBytes(9).toString('base64url')}`,
      domain: localDirectLinePath,
      expiresIn: store.secondsLeft(conversation),
    };
    res.set('Cache-Control', 'no-store').json(body);
  };
}

const azureTokenSchema = z.object({ token: z.string().min(1), conversationId: z.string().optional(), expires_in: z.number().optional() });

export interface AzureTokenOptions {
  secret: string;
  domain: string;
  log: WebLogger;
  timeoutMs?: number;
}

export function azureTokenHandler({ secret, domain, log, timeoutMs = 10_000 }: AzureTokenOptions): RequestHandler {
  const base = domain.replace(/\/+$/, '');
  return async (_req, res) => {
    // "dl_" ids are embedded in the token by Azure, so users cannot impersonate each other.
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    try {
      const answer = await fetch(`${base}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!answer.ok) throw new Error(`Direct Line answered ${answer.status}`);
      const parsed = azureTokenSchema.parse(await answer.json());
      const body: TokenResponse = {
        token: parsed.token,
        ...(parsed.conversationId ? { conversationId: parsed.conversationId } : {}),
        userId,
        domain: base,
        ...(parsed.expires_in ? { expiresIn: parsed.expires_in } : {}),
      };
      res.set('Cache-Control', 'no-store').json(body);
    } catch (err) {
      log.error({ event: 'webchat.token_failed', reason: (err as Error).message }, 'Direct Line token exchange failed');
      sendError(res, 502, 'TokenUnavailable', 'the chat is unavailable right now; please try again later');
    }
  };
}
