// The headers every response gets (helmet, worked out once at start): a CSP that allows nothing but
// being framed by the clinic's own site, no X-Frame-Options (it cannot name another site), and
// resources readable cross-origin (the one-line embed loads /embed.js from the clinic's pages).
// The whole app: tests/http/exposure.test.ts.
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { securityHeaders } from '../../../src/http/securityHeaders.ts';
import { listenOnLoopback, type Loopback } from '../../support/loopbackServer.ts';

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function app(frameAncestors: string[]) {
  const a = express();
  a.disable('x-powered-by');
  a.use(securityHeaders(frameAncestors));
  a.get('/ok', (_req, res) => void res.json({ ok: true }));
  const server = await listenOnLoopback(a);
  servers.push(server);
  return server.url;
}

describe('securityHeaders', () => {
  it('lets only the named sites frame a response, and allows nothing else', async () => {
    const url = await app(['https://www.clinic.example', 'https://shop.clinic.example']);
    const res = await fetch(`${url}/ok`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors https://www.clinic.example https://shop.clinic.example");
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  // Express's own 404 page replaces the CSP with its own "default-src 'none'" (no frame-ancestors):
  // the other headers stay.
  it('keeps helmet\'s other headers, on every response (a 404 too), the same each time', async () => {
    const url = await app(["'self'"]);
    const responses = [await fetch(`${url}/ok`), await fetch(`${url}/ok`), await fetch(`${url}/missing`)];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404]);
    for (const res of responses.slice(0, 2)) expect(res.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'self'");
    for (const res of responses) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  // The headers are worked out once, by running helmet at start: a helmet that finished later would
  // leave every response without them, so the start fails instead.
  it('refuses to start if helmet does not finish at once', async () => {
    vi.resetModules();
    vi.doMock('helmet', () => ({ default: () => (_req: unknown, _res: unknown, next: () => void) => void setTimeout(next, 0) }));
    try {
      const { securityHeaders: withLateHelmet } = await import('../../../src/http/securityHeaders.ts');
      expect(() => withLateHelmet(["'self'"])).toThrow(/helmet did not finish synchronously/);
    } finally {
      vi.doUnmock('helmet');
      vi.resetModules();
    }
  });
});
