// Per-client request limits of the widget's routes (express-rate-limit, in memory: the local Direct
// Line lives in one process anyway). A client is its bearer token (one conversation) and, more
// loosely, its address, so one page cannot slow down everyone else's chat by polling in a loop.
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import type { Request } from 'express';
import { sendError } from './httpErrors.ts';

/** Requests per minute. */
export interface WebRateLimits {
  /** POST /api/webchat/token per address: each page load asks once. */
  tokensPerAddress: number;
  /** Polls per conversation (Web Chat polls once a second when it has no WebSocket). */
  pollsPerConversation: number;
  /** Polls per address, over all its conversations. */
  pollsPerAddress: number;
  /** Posted activities per conversation (typing and clicking). */
  postsPerConversation: number;
  /** Posted activities per address. */
  postsPerAddress: number;
}

export const defaultRateLimits: WebRateLimits = {
  tokensPerAddress: 30,
  pollsPerConversation: 120,
  pollsPerAddress: 600,
  postsPerConversation: 60,
  postsPerAddress: 300,
};

function bearerKey(req: Request): string {
  const match = /^Bearer\s+(\S{1,512})$/i.exec(req.get('authorization') ?? '');
  return match ? `t:${match[1]}` : `a:${ipKeyGenerator(req.ip ?? '')}`;
}

function limiter(perMinute: number, key: 'address' | 'conversation'): RateLimitRequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(key === 'conversation' ? { keyGenerator: bearerKey } : {}),
    handler: (_req, res) => sendError(res, 429, 'TooManyRequests', 'too many requests; please slow down'),
  });
}

export function tokenLimiter(limits: WebRateLimits): RateLimitRequestHandler {
  return limiter(limits.tokensPerAddress, 'address');
}

export function pollLimiters(limits: WebRateLimits): RateLimitRequestHandler[] {
  return [limiter(limits.pollsPerAddress, 'address'), limiter(limits.pollsPerConversation, 'conversation')];
}

export function postLimiters(limits: WebRateLimits): RateLimitRequestHandler[] {
  return [limiter(limits.postsPerAddress, 'address'), limiter(limits.postsPerConversation, 'conversation')];
}
