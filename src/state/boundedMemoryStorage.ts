// Memory storage for local runs that stays within a size: botbuilder's MemoryStorage keeps every
// conversation and user for the life of the process, so a long-running local bot (or a soak test)
// grows without end. The least recently used items go first once the stored JSON passes maxBytes.
// Same eTag rules as MemoryStorage: a write with a stale eTag is refused, "*" or none overwrites.
import type { Storage, StoreItems } from 'botbuilder';

interface Stored {
  json: string;
  eTag: string;
}

export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, Stored>();
  private bytes = 0;
  private nextETag = 1;

  constructor(private readonly maxBytes: number) {}

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (!item) continue;
      this.touch(key, item);
      const value = JSON.parse(item.json) as Record<string, unknown>;
      value.eTag = item.eTag;
      found[key] = value;
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const old = this.items.get(key);
      const eTag = (change as { eTag?: unknown } | undefined)?.eTag;
      if (old && typeof eTag === 'string' && eTag !== '*' && eTag !== '' && eTag !== old.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      const { eTag: _ignored, ...value } = (change ?? {}) as Record<string, unknown>;
      const json = JSON.stringify(value);
      if (old) this.remove(key, old);
      const item = { json, eTag: String(this.nextETag++) };
      this.items.set(key, item);
      this.bytes += key.length + json.length;
    }
    this.evict();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) this.remove(key, item);
    }
  }

  /** Bytes of JSON held (keys included), for the figures and the tests. */
  get size(): number {
    return this.bytes;
  }

  private touch(key: string, item: Stored): void {
    this.items.delete(key);
    this.items.set(key, item);
  }

  private remove(key: string, item: Stored): void {
    this.items.delete(key);
    this.bytes -= key.length + item.json.length;
  }

  private evict(): void {
    for (const [key, item] of this.items) {
      if (this.bytes <= this.maxBytes) return;
      this.remove(key, item);
    }
  }
}
