// RecoveringBlobsStorage against Azurite behind a fault proxy that counts every request and can
// answer as a misbehaving store would: what is stored, which failures are retried (only a missing
// container, once) and which reach the caller at once, how the SDK's retry options bound a hung or
// refusing store, and how conflicts read. Counts of requests, not durations: nothing here is timed.
import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecoveringBlobsStorage } from '../../src/state/recoveringBlobsStorage.ts';
import { CREATE_ONLY } from '../../src/state/safeConversationState.ts';
import { startAzurite, type Azurite } from '../support/azurite.ts';
import { startFaultProxy, type Answer, type FaultProxy, type SeenRequest } from '../support/faultProxy.ts';

let azurite: Azurite;
let proxy: FaultProxy;
beforeAll(async () => {
  azurite = await startAzurite();
  proxy = await startFaultProxy(azurite.connectionString);
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await azurite?.stop();
});
beforeEach(() => {
  proxy.mode = 'pass';
  proxy.answer = undefined;
  proxy.seen = [];
});

let containers = 0;
/** Each test its own container (already there, as in production), reached through the proxy. */
async function storageVia(tryTimeoutMs = 2000) {
  const container = `rbs-${++containers}`;
  await new ContainerClient(azurite.connectionString, container).create();
  return { storage: new RecoveringBlobsStorage(proxy.connectionString, container, tryTimeoutMs), container };
}

const isContainerCreate = (r: SeenRequest) => r.method === 'PUT' && r.url.includes('restype=container');
const isBlobPut = (r: SeenRequest) => r.method === 'PUT' && !r.url.includes('restype=container');
/** Whether a request is for the document `key` (matched on its last part, unique within a test). */
const isFor = (r: SeenRequest, key: string) => r.url.split('?')[0]!.endsWith(key.split('/').pop()!);
const blobPuts = (key?: string) => proxy.seen.filter((r) => isBlobPut(r) && (!key || isFor(r, key)));
const containerCreates = () => proxy.seen.filter(isContainerCreate);

/** An error as Azure Storage sends it: the code in the x-ms-error-code header and/or in the XML body. */
function storeError(status: number, code: string, where: { header?: boolean; body?: boolean } = { header: true, body: true }): Answer {
  const headers: Record<string, string> = { 'x-ms-request-id': 'made-up' };
  if (where.header) headers['x-ms-error-code'] = code;
  if (!where.body) return { status, headers };
  headers['content-type'] = 'application/xml';
  return { status, headers, body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>made up</Message></Error>` };
}

/** Answers the first `times` blob writes (matching `key` if given) with `answer`; the rest go through. */
function failBlobPuts(answer: Answer, times = Infinity, key?: string) {
  let left = times;
  proxy.answer = (r) => {
    if (!isBlobPut(r) || (key && !isFor(r, key)) || left <= 0) return undefined;
    left--;
    return answer;
  };
}

/** A document's blob, read straight from Azurite (BlobsStorage names a blob by its URI-encoded key). */
const blobOf = (container: string, key: string) =>
  new ContainerClient(azurite.connectionString, container).getBlobClient(encodeURIComponent(key));

describe('what is stored', () => {
  it('a created document is stored as JSON (content type too), without its eTag, and reads back', async () => {
    const { storage, container } = await storageVia();
    await storage.write({ 'a/conversations/c1': { said: 'café ✓', turns: 2, eTag: CREATE_ONLY } });
    // Read past the wrapper: what another reader of the container (or an operator) sees.
    const blob = blobOf(container, 'a/conversations/c1');
    expect((await blob.getProperties()).contentType).toBe('application/json');
    expect(JSON.parse((await blob.downloadToBuffer()).toString('utf8'))).toEqual({ said: 'café ✓', turns: 2 });
    expect((await storage.read(['a/conversations/c1']))['a/conversations/c1']).toMatchObject({ said: 'café ✓', turns: 2 });
  });

  it('a new conversation costs one request: the conditional write, no container check first', async () => {
    const { storage } = await storageVia();
    await storage.write({ 'a/conversations/c2': { said: 'hi', eTag: CREATE_ONLY } });
    expect(proxy.seen.map((r) => r.method)).toEqual(['PUT']);
    expect(blobPuts('a/conversations/c2')[0]?.headers['if-none-match']).toBe('*');
  });

  it('delete removes only the documents named', async () => {
    const { storage } = await storageVia();
    await storage.write({ 'a/users/gone': { n: 1 }, 'a/users/kept': { n: 2 } });
    await storage.delete(['a/users/gone']);
    const back = await storage.read(['a/users/gone', 'a/users/kept']);
    expect(Object.keys(back)).toEqual(['a/users/kept']);
  });
});

describe('a failure of another kind reaches the caller at once, not retried', () => {
  it('a refused creation (403) is thrown as it is: one try, no container created, not called a conflict', async () => {
    const { storage } = await storageVia();
    failBlobPuts(storeError(403, 'AuthorizationPermissionMismatch'));
    const failure = storage.write({ 'a/conversations/c3': { said: 'x', eTag: CREATE_ONLY } });
    await expect(failure).rejects.toMatchObject({ statusCode: 403 });
    await expect(failure).rejects.not.toThrow(/eTag conflict/);
    expect(blobPuts()).toHaveLength(1);
    expect(containerCreates()).toHaveLength(0);
  });

  it('a refused update (403) is thrown after one try', async () => {
    const { storage } = await storageVia();
    failBlobPuts(storeError(403, 'AuthorizationPermissionMismatch'));
    await expect(storage.write({ 'a/users/u3': { n: 1 } })).rejects.toMatchObject({ statusCode: 403 });
    expect(blobPuts()).toHaveLength(1);
  });

  it('a 404 that is not a missing container is thrown after one try', async () => {
    const { storage } = await storageVia();
    failBlobPuts(storeError(404, 'ResourceNotFound'));
    await expect(storage.write({ 'a/users/u4': { n: 1 } })).rejects.toMatchObject({ statusCode: 404 });
    await expect(storage.write({ 'a/conversations/c4': { n: 1, eTag: CREATE_ONLY } })).rejects.toMatchObject({ statusCode: 404 });
    expect(blobPuts('a/users/u4')).toHaveLength(1);
    expect(blobPuts('a/conversations/c4')).toHaveLength(1);
  });

  it('when the other part of the write succeeded, the failed part is still not retried', async () => {
    const { storage } = await storageVia();
    failBlobPuts(storeError(403, 'AuthorizationPermissionMismatch'), Infinity, 'a/users/u5');
    const write = storage.write({ 'a/conversations/c5': { said: 'x', eTag: CREATE_ONLY }, 'a/users/u5': { n: 1 } });
    await expect(write).rejects.toMatchObject({ statusCode: 403 });
    expect(blobPuts('a/users/u5')).toHaveLength(1);
    expect(blobPuts('a/conversations/c5')).toHaveLength(1);
  });
});

describe('a missing container', () => {
  // Azure puts the code both in the x-ms-error-code header and in the body; the SDK reads them into
  // different fields (details.errorCode, code). Either alone is enough to know the container is gone.
  it.each([
    ['the header', { header: true }],
    ['the body', { body: true }],
  ])('is recognised from %s alone: the container is created and the write kept', async (_where, where) => {
    for (const change of [{ n: 1 }, { n: 1, eTag: CREATE_ONLY }]) {
      const { storage, container } = await storageVia();
      proxy.seen = [];
      failBlobPuts(storeError(404, 'ContainerNotFound', where), 1);
      await storage.write({ 'a/users/u6': change });
      expect(blobPuts()).toHaveLength(2);
      expect(await blobOf(container, 'a/users/u6').exists()).toBe(true);
    }
  });

  it('that stays missing: tried again once, then the store\'s own error reaches the caller', async () => {
    const { storage } = await storageVia();
    failBlobPuts(storeError(404, 'ContainerNotFound'));
    await expect(storage.write({ 'a/users/u7': { n: 1 } })).rejects.toMatchObject({ statusCode: 404, code: 'ContainerNotFound' });
    expect(blobPuts()).toHaveLength(2);
    proxy.seen = [];
    // A creation tries its own upload, creates the container and uploads again: twice that.
    await expect(storage.write({ 'a/conversations/c7': { n: 1, eTag: CREATE_ONLY } })).rejects.toMatchObject({ statusCode: 404 });
    expect(blobPuts()).toHaveLength(4);
  });

  it('only the part that failed is tried again, and its error is the one thrown', async () => {
    const { storage } = await storageVia();
    failBlobPuts(storeError(404, 'ContainerNotFound'), Infinity, 'a/users/u8');
    const write = storage.write({ 'a/conversations/c8': { said: 'x', eTag: CREATE_ONLY }, 'a/users/u8': { n: 1 } });
    await expect(write).rejects.toMatchObject({ statusCode: 404, code: 'ContainerNotFound' });
    expect(blobPuts('a/conversations/c8')).toHaveLength(1);
    expect(blobPuts('a/users/u8')).toHaveLength(2);
  });
});

describe('the SDK retry options', () => {
  // Each write gets two tries, 100-200 ms apart; without these options the SDK tries four times,
  // 4 s and then 12 s apart, and the test would end at its own timeout instead.
  it('a store refusing connections: a creation and an update each fail after two tries', async () => {
    const { storage } = await storageVia();
    proxy.mode = 'refuse';
    await expect(storage.write({ 'a/conversations/c9': { n: 1, eTag: CREATE_ONLY } })).rejects.toThrow();
    expect(proxy.seen).toHaveLength(2);
    proxy.seen = [];
    await expect(storage.write({ 'a/users/u9': { n: 1 } })).rejects.toThrow();
    expect(proxy.seen).toHaveLength(2);
  }, 15_000);

  // What the per-try timeout really does in this SDK (storage-common's retry policy): it is sent as
  // the service's own `timeout` (whole seconds), after which Azure ends the operation. Nothing in the
  // client ends a try that never gets an answer (README: a hung store is bounded by DeadlineStorage).
  it('every request carries the per-try deadline as the service\'s timeout', async () => {
    const { storage } = await storageVia(3000);
    await storage.write({ 'a/conversations/c10': { n: 1, eTag: CREATE_ONLY } });
    await storage.write({ 'a/users/u10': { n: 1 } });
    await storage.read(['a/users/u10']);
    expect(proxy.seen.length).toBeGreaterThanOrEqual(4);
    for (const r of proxy.seen) expect(new URL(r.url, 'http://x').searchParams.get('timeout')).toBe('3');
  });
});

describe('conflicts', () => {
  it('a creation answered 412 is an eTag conflict (as 409 is), so the turn is replayed', async () => {
    const { storage } = await storageVia();
    failBlobPuts(storeError(412, 'ConditionNotMet'));
    await expect(storage.write({ 'a/conversations/c11': { n: 1, eTag: CREATE_ONLY } })).rejects.toThrow(/eTag conflict/);
  });

  it('a conflict is another instance\'s write, not a failure of storage: nothing is set up again after it', async () => {
    const { storage } = await storageVia();
    await storage.write({ 'a/conversations/c12': { n: 1 } });
    const { eTag } = (await storage.read(['a/conversations/c12']))['a/conversations/c12'] as { eTag: string };
    await storage.write({ 'a/conversations/c12': { n: 2, eTag } });
    await expect(storage.write({ 'a/conversations/c12': { n: 3, eTag } })).rejects.toThrow(/eTag conflict/);
    proxy.seen = [];
    expect(await storage.read(['a/conversations/c12'])).toMatchObject({ 'a/conversations/c12': { n: 2 } });
    expect(containerCreates()).toHaveLength(0);
  });
});

describe('a new storage after a failure', () => {
  it('a late failure of a call on the old storage does not throw away the one set up since', async () => {
    const { storage } = await storageVia();
    await storage.write({ 'a/users/u13': { n: 1 } });
    let finishSlow: ((answer: Answer) => void) | undefined;
    proxy.answer = (r) => {
      if (isBlobPut(r) && isFor(r, 'a/users/slow')) return new Promise<Answer>((resolve) => (finishSlow = resolve));
      if (r.method === 'GET' && isFor(r, 'a/users/refused')) return storeError(403, 'AuthorizationPermissionMismatch');
      return undefined;
    };
    // A write left waiting for its answer, while a failed read makes the wrapper set up a new storage…
    const slow = storage.write({ 'a/users/slow': { n: 1 } });
    await vi.waitFor(() => expect(finishSlow).toBeDefined());
    await expect(storage.read(['a/users/refused'])).rejects.toMatchObject({ statusCode: 403 });
    await storage.read(['a/users/u13']);
    // …then the waiting write fails. The new storage is kept: no second container check after it.
    proxy.seen = [];
    finishSlow!(storeError(403, 'AuthorizationPermissionMismatch'));
    await expect(slow).rejects.toMatchObject({ statusCode: 403 });
    await storage.read(['a/users/u13']);
    expect(containerCreates()).toHaveLength(0);
  });
});
