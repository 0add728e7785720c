// GET /readyz as a load balancer sees it: 200 only when storage answers a write and a read, the
// content is loaded and the instance is not shutting down; otherwise a 503 that says which part is
// missing. Never cached. The real app and a lost Blob container: tests/storage/storageFaults.test.ts.
import express from 'express';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { readinessHandler, type ReadinessOptions } from '../../../src/http/readiness.ts';
import { listenOnLoopback, type Loopback } from '../../support/loopbackServer.ts';

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Services = ReadinessOptions['services'];
const loaded = { content: { articles: [{ id: 'a' }] }, triage: { protocol: { flags: [{ id: 'f' }] } } } as unknown as Services;

async function readyz(options: Partial<ReadinessOptions> = {}) {
  const app = express();
  app.get('/readyz', readinessHandler({ storage: new MemoryStorage(), services: loaded, isDraining: () => false, ...options }));
  const server = await listenOnLoopback(app);
  servers.push(server);
  const res = await fetch(`${server.url}/readyz`);
  return { status: res.status, cache: res.headers.get('cache-control'), body: (await res.json()) as unknown };
}

/**
 * A storage whose writes or reads fail, as a Blob store does when it cannot be reached. Like the Blob
 * store, reading no key asks the service nothing, so it cannot fail: only reading the probe shows it.
 */
function failing(part: 'write' | 'read'): Storage {
  const memory = new MemoryStorage();
  return {
    read: (keys: string[]) => (part === 'read' && keys.length ? Promise.reject(new Error('read timed out')) : memory.read(keys)),
    write: (changes: StoreItems) => (part === 'write' ? Promise.reject(new Error('write timed out')) : memory.write(changes)),
    delete: (keys: string[]) => memory.delete(keys),
  };
}

describe('GET /readyz', () => {
  it('is 200 and "ready" when storage answers and the content is loaded, never cached', async () => {
    expect(await readyz()).toEqual({ status: 200, cache: 'no-store', body: { status: 'ready', storage: 'ok', content: 'ok' } });
  });

  it('writes its probe to the storage, and stays ready probe after probe', async () => {
    const storage = new MemoryStorage();
    expect((await readyz({ storage })).status).toBe(200);
    expect((await readyz({ storage })).status).toBe(200);
    const probe = (await storage.read(['readiness-probe']))['readiness-probe'] as { at: string } | undefined;
    expect(Date.parse(probe?.at ?? '')).not.toBeNaN();
  });

  it.each(['write', 'read'] as const)('is 503 with storage "unavailable" when the %s fails', async (part) => {
    expect(await readyz({ storage: failing(part) })).toEqual({
      status: 503,
      cache: 'no-store',
      body: { status: 'not ready', storage: 'unavailable', content: 'ok' },
    });
  });

  it('is 503 with content "missing" without articles, or without red flags', async () => {
    const noArticles = { ...loaded, content: { articles: [] } } as unknown as Services;
    const noFlags = { ...loaded, triage: { protocol: { flags: [] } } } as unknown as Services;
    for (const services of [noArticles, noFlags]) {
      expect(await readyz({ services })).toEqual({
        status: 503,
        cache: 'no-store',
        body: { status: 'not ready', storage: 'ok', content: 'missing' },
      });
    }
  });

  it('is 503 "shutting down" while draining, even with everything else fine', async () => {
    expect(await readyz({ isDraining: () => true })).toEqual({
      status: 503,
      cache: 'no-store',
      body: { status: 'shutting down', storage: 'ok', content: 'ok' },
    });
  });
});
