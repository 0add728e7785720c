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

  it('overwrites with eTag "" as MemoryStorage does, and deleting what is not there is no error', async () => {
    const storage = new BoundedMemoryStorage(1024 * 1024);
    await storage.write({ conv: { step: 1 } });
    await storage.write({ conv: { step: 2, eTag: '' } });
    expect(((await storage.read(['conv'])).conv as { step: number }).step).toBe(2);
    // "Forget me" of a conversation that was never stored, or twice.
    await storage.delete(['never-stored']);
    await storage.delete(['conv']);
    await storage.delete(['conv']);
    expect(await storage.read(['conv'])).toEqual({});
    expect(storage.size).toBe(0);
  });

  it('a conversation written again and again takes its size once, and pushes nobody out', async () => {
    const storage = new BoundedMemoryStorage(10_000);
    await storage.write({ other: { text: 'o'.repeat(900) } });
    for (let i = 0; i < 50; i++) await storage.write({ busy: { text: 'b'.repeat(900), turn: i % 10 } });
    expect(Object.keys(await storage.read(['other', 'busy']))).toEqual(['other', 'busy']);
    expect(storage.size).toBe('other'.length + JSON.stringify({ text: 'o'.repeat(900) }).length + 'busy'.length + JSON.stringify({ text: 'b'.repeat(900), turn: 9 }).length);
  });

  it('a conversation read lately is kept; the one used longest ago goes first', async () => {
    const doc = { text: 'x'.repeat(900) };
    const one = 'conv-0'.length + JSON.stringify(doc).length;
    const storage = new BoundedMemoryStorage(one * 10);
    for (let i = 0; i < 10; i++) await storage.write({ [`conv-${i}`]: doc });
    await storage.read(['conv-0']);
    await storage.write({ 'conv-a': doc });
    const kept = Object.keys(await storage.read(['conv-0', 'conv-1', 'conv-2', 'conv-a']));
    expect(kept).toEqual(['conv-0', 'conv-2', 'conv-a']);
  });

  it('fills exactly to its size without dropping anything', async () => {
    const json = JSON.stringify({ t: 'x' });
    const storage = new BoundedMemoryStorage(2 * ('k'.length + json.length));
    await storage.write({ k: { t: 'x' } });
    await storage.write({ j: { t: 'x' } });
    expect(Object.keys(await storage.read(['k', 'j']))).toEqual(['k', 'j']);
  });
});

