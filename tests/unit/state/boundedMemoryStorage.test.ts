// Local (memory) state must behave like botbuilder's MemoryStorage for the turn logic (copies,
// eTags, conflicts) and stay within its size however many conversations come and go.
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/state/boundedMemoryStorage.ts';

describe('BoundedMemoryStorage', () => {
  it('returns copies with an eTag, and refuses a write with a stale one', async () => {
    const storage = new BoundedMemoryStorage(1024 * 1024);
    await storage.write({ conv: { step: 1 } });
    const first = (await storage.read(['conv'])).conv as { step: number; eTag: string };
    expect(first.step).toBe(1);
    first.step = 99; // changing what was read changes nothing stored
    expect(((await storage.read(['conv'])).conv as { step: number }).step).toBe(1);

    await storage.write({ conv: { step: 2, eTag: first.eTag } });
    await expect(storage.write({ conv: { step: 3, eTag: first.eTag } })).rejects.toThrow(/eTag conflict/);
    // "*" and no eTag overwrite, as MemoryStorage does.
    await storage.write({ conv: { step: 4, eTag: '*' } });
    await storage.write({ conv: { step: 5 } });
    expect(((await storage.read(['conv'])).conv as { step: number }).step).toBe(5);
    await storage.delete(['conv']);
    expect(await storage.read(['conv'])).toEqual({});
  });

  it('keeps within its size by dropping the conversations used longest ago', async () => {
    const storage = new BoundedMemoryStorage(10_000);
    const doc = { text: 'x'.repeat(900) };
    for (let i = 0; i < 5; i++) await storage.write({ [`conv-${i}`]: doc });
    await storage.read(['conv-0']); // used again: kept
    for (let i = 5; i < 40; i++) await storage.write({ [`conv-${i}`]: doc });
    expect(storage.size).toBeLessThanOrEqual(10_000);
    const kept = Object.keys(await storage.read(Array.from({ length: 40 }, (_, i) => `conv-${i}`)));
    expect(kept).toContain('conv-39');
    expect(kept).not.toContain('conv-1');
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(12);
  });
});
