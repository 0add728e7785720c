// Azure Blob state that survives a lost container and a failed start. BlobsStorage creates its
// container once per instance and caches that promise, rejected or not: after the container is
// deleted, or when storage was down at the first call, it would fail (or read empty) forever.
// This wrapper makes a fresh BlobsStorage (which creates the container again) after any failure,
// and retries a write once when the container has gone.
import { createRequire } from 'node:module';
import { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { isETagConflict } from './deadlineStorage.ts';
import { CREATE_ONLY } from './safeConversationState.ts';

// The blob names BlobsStorage gives keys, so that documents created here read back there.
const { sanitizeBlobKey } = createRequire(import.meta.url)('botbuilder-azure-blobs/lib/sanitizeBlobKey.js') as {
  sanitizeBlobKey: (key: string) => string;
};

export class RecoveringBlobsStorage implements Storage {
  private current: BlobsStorage | undefined;
  private containerClient: ContainerClient | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly container: string,
    /**
     * Sent with each try as the service's own timeout (whole seconds): Azure ends an operation that
     * takes longer. The client itself does not end a try that gets no answer (this SDK's retry policy
     * only sets the `timeout` parameter); DeadlineStorage bounds the caller's wait. The SDK's own
     * retries are cut to one more try.
     */
    private readonly tryTimeoutMs: number,
  ) {}

  private storage(): BlobsStorage {
    this.current ??= new BlobsStorage(this.connectionString, this.container, {
      storagePipelineOptions: { retryOptions: { maxTries: 2, tryTimeoutInMs: this.tryTimeoutMs, retryDelayInMs: 100, maxRetryDelayInMs: 200 } },
    });
    return this.current;
  }

  private async call<T>(op: (s: BlobsStorage) => Promise<T>): Promise<T> {
    const used = this.storage();
    try {
      return await op(used);
    } catch (err) {
      if (!isETagConflict(err) && this.current === used) this.current = undefined;
      throw err;
    }
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call((s) => s.read(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    const isCreate = ([, change]: [string, unknown]) => (change as { eTag?: unknown } | undefined)?.eTag === CREATE_ONLY;
    const created = Object.entries(changes).filter(isCreate);
    const others = Object.fromEntries(Object.entries(changes).filter((entry) => !isCreate(entry)));
    let pending: (() => Promise<unknown>)[] = created.map(([key, change]) => () => this.create(key, change));
    if (Object.keys(others).length) pending.push(() => this.call((s) => s.write(others)));
    // Every part is let finish before anything is tried again, and only what failed is: a document
    // created in the first try must not be created twice (that would read as another instance's).
    for (let tries = 1; ; tries++) {
      const results = await Promise.allSettled(pending.map((op) => op()));
      const failed = pending.filter((_, i) => results[i]!.status === 'rejected');
      if (!failed.length) return;
      const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      const other = errors.find((err) => !containerMissing(err));
      if (other !== undefined) throw other;
      // The container is gone: the next BlobsStorage creates it before writing. Once.
      if (tries > 1) throw errors[0];
      pending = failed;
    }
  }

  /** Writes a document only if it does not exist yet (If-None-Match: *); another instance's is a conflict. */
  private async create(key: string, change: unknown): Promise<void> {
    const { eTag: _ignored, ...value } = (change ?? {}) as Record<string, unknown>;
    const serialized = JSON.stringify(value);
    this.containerClient ??= new ContainerClient(this.connectionString, this.container, {
      retryOptions: { maxTries: 2, tryTimeoutInMs: this.tryTimeoutMs, retryDelayInMs: 100, maxRetryDelayInMs: 200 },
    });
    const client = this.containerClient;
    const upload = () =>
      client.getBlockBlobClient(sanitizeBlobKey(key)).upload(serialized, Buffer.byteLength(serialized), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    try {
      try {
        await upload();
      } catch (err) {
        if (!containerMissing(err)) throw err;
        await client.createIfNotExists();
        await upload();
      }
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      throw err;
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.call((s) => s.delete(keys));
  }
}

function containerMissing(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string; details?: { errorCode?: string } } | undefined;
  return e?.statusCode === 404 && (e.code === 'ContainerNotFound' || e.details?.errorCode === 'ContainerNotFound');
}
