// Azure Blob state that survives a lost container and a failed start. BlobsStorage creates its
// container once per instance and caches that promise, rejected or not: after the container is
// deleted, or when storage was down at the first call, it would fail (or read empty) forever.
// This wrapper makes a fresh BlobsStorage (which creates the container again) after any failure,
// and retries a write once when the container has gone.
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { isETagConflict } from './deadlineStorage.ts';

export class RecoveringBlobsStorage implements Storage {
  private current: BlobsStorage | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly container: string,
    /** Each HTTP try's own timeout; the SDK's own retries are cut to one more try. */
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
    try {
      await this.call((s) => s.write(changes));
    } catch (err) {
      if (!containerMissing(err)) throw err;
      // The next instance creates the container before writing.
      await this.call((s) => s.write(changes));
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
