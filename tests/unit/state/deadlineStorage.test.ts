// Storage that hangs must not hold a patient's turn: every call gives up after its deadline (fake
// timers, no waiting), and what counts as "someone else wrote first" (replay the turn) as opposed to
// an outage (answer without state). Written for mutants that survived on src/state/deadlineStorage.ts.
import type { Storage, StoreItems } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineError } from '../../../src/state/deadline.ts';
import { DeadlineStorage, isETagConflict } from '../../../src/state/deadlineStorage.ts';

/** Storage whose calls never finish, and which notes what it was asked. */
function hanging(): Storage & { calls: string[] } {
  const calls: string[] = [];
  const never = <T>() => new Promise<T>(() => undefined);
  return {
    calls,
    read: (keys) => (calls.push(`read ${keys.join(',')}`), never<StoreItems>()),
    write: (changes) => (calls.push(`write ${Object.keys(changes).join(',')}`), never<void>()),
    delete: (keys) => (calls.push(`delete ${keys.join(',')}`), never<void>()),
  };
}

describe('storage calls with a deadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['read', (s: Storage) => s.read(['conv']), 'storage read took longer than 1500 ms', 'read conv'],
    ['write', (s: Storage) => s.write({ conv: { a: 1 } }), 'storage write took longer than 1500 ms', 'write conv'],
    ['delete', (s: Storage) => s.delete(['conv']), 'storage delete took longer than 1500 ms', 'delete conv'],
  ] as const)('a %s that hangs fails after the deadline, as a deadline (an outage, not a conflict)', async (_what, call, message, asked) => {
    const inner = hanging();
    const storage = new DeadlineStorage(inner, 1500);
    const result = call(storage).then(
      () => 'finished',
      (err: unknown) => err,
    );
    await vi.advanceTimersByTimeAsync(1499);
    expect(await Promise.race([result, Promise.resolve('still waiting')])).toBe('still waiting');
    await vi.advanceTimersByTimeAsync(1);
    const err = await result;
    expect(err).toBeInstanceOf(DeadlineError);
    expect((err as Error).message).toBe(message);
    expect(isETagConflict(err)).toBe(false);
    expect(inner.calls).toEqual([asked]);
  });

  it('a call that answers in time gives its answer', async () => {
    const inner: Storage = { read: async () => ({ conv: { step: 2 } }), write: async () => undefined, delete: async () => undefined };
    const storage = new DeadlineStorage(inner, 1500);
    await expect(storage.read(['conv'])).resolves.toEqual({ conv: { step: 2 } });
    await expect(storage.write({ conv: {} })).resolves.toBeUndefined();
    await expect(storage.delete(['conv'])).resolves.toBeUndefined();
  });
});

describe('what counts as someone else having written first (the turn is replayed)', () => {
  it.each([
    ['an HTTP 412 from Blob storage', Object.assign(new Error('The condition specified using HTTP conditional header(s) is not met.'), { statusCode: 412 })],
    ['memory storage\'s eTag conflict', new Error('Storage: error writing "webchat/conversations/c1/" due to eTag conflict.')],
    ['a precondition failure in other words', new Error('Precondition Failed')],
  ])('%s', (_what, err) => {
    expect(isETagConflict(err)).toBe(true);
  });

  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['a server error', Object.assign(new Error('Internal error'), { statusCode: 500 })],
    ['a missing container', Object.assign(new Error('The specified container does not exist.'), { statusCode: 404 })],
    ['something thrown that is not an Error', { statusCode: 412, message: 'eTag conflict' }],
    ['nothing', undefined],
  ])('not %s', (_what, err) => {
    expect(isETagConflict(err)).toBe(false);
  });
});
