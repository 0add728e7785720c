// Security headers on every response (helmet). The widget page sets its own, stricter CSP with no
// inline script at all (src/web/page.ts) and gets the same frame-ancestors; every other response gets
// a CSP that allows nothing but being framed by the clinic's own site (FRAME_ANCESTORS).
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(frameAncestors: readonly string[]): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: [...frameAncestors] } },
    // X-Frame-Options cannot name another site; CSP frame-ancestors (above) replaces it.
    xFrameOptions: false,
    // The one-line embed loads /embed.js from the clinic's other pages: a public script must be
    // readable cross-origin (helmet's default, same-origin, would block it).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}
