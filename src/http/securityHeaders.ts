// Security headers on every response (helmet). The widget page sets its own, stricter CSP with no
// inline script at all (src/web/page.ts) and gets the same frame-ancestors; every other response gets
// a CSP that allows nothing but being framed by the clinic's own site (FRAME_ANCESTORS).
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(frameAncestors: readonly string[]): RequestHandler {
  const middleware = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: [...frameAncestors] } },
    // X-Frame-Options cannot name another site; CSP frame-ancestors (above) replaces it.
    xFrameOptions: false,
    // The one-line embed loads /embed.js from the clinic's other pages: a public script must be
    // readable cross-origin (helmet's default, same-origin, would block it).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  // With this configuration (no nonces) helmet sets the same headers on every response: they are
  // worked out once by running it at start, and set in one step per request instead of a chain of
  // twelve middlewares on every message.
  const headers = headersOf(middleware);
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

function headersOf(middleware: RequestHandler): [string, string | string[]][] {
  const set = new Map<string, string | string[]>();
  let called = false;
  const res = {
    setHeader: (name: string, value: string | string[]) => void set.set(name, value),
    removeHeader: (name: string) => void set.delete(name),
  };
  middleware({} as never, res as never, () => void (called = true));
  if (!called) throw new Error('helmet did not finish synchronously: its headers cannot be computed once');
  return [...set];
}
