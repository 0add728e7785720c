// Storage with a deadline on every call. A storage account that hangs (or a proxy in front of it
// that does) would otherwise hold a patient's turn, and every later turn of that conversation, for
// as long as the socket stays open.
import type { Storage, StoreItems } from 'botbuilder';
import { withDeadline } from './deadline.ts';

export class DeadlineStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly timeoutMs: number,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return withDeadline(this.inner.read(keys), this.timeoutMs, 'storage read');
  }

  write(changes: StoreItems): Promise<void> {
    return withDeadline(this.inner.write(changes), this.timeoutMs, 'storage write');
  }

  delete(keys: string[]): Promise<void> {
    return withDeadline(this.inner.delete(keys), this.timeoutMs, 'storage delete');
  }
}

/** True for an optimistic-concurrency failure: someone else wrote since we read (HTTP 412). */
export function isETagConflict(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const e = err as Error & { statusCode?: number };
  return e.statusCode === 412 || /eTag conflict|precondition/i.test(e.message);
}
