// The figures log on Azure Blob Storage: one small blob per event, created with If-None-Match: *
// so no record is ever rewritten, and any number of instances can append at once without locks.
// Layout (in the state container, beside botbuilder's own blobs, whose names are URL-encoded and
// so never contain "/"):
//   figures/events/<day>/<at>_<id>.json            the record
//   figures/index/<day>/<key>/<at>_<id>            empty marker, one per user key and conversation key
// "Forget me" lists a key's markers day by day (within the retention window) and deletes what they
// point to; expiry deletes whole days.
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { dayOf, daysBetween, type FigureRecord, type FiguresLog } from './events.ts';

const EVENTS = 'figures/events/';
const INDEX = 'figures/index/';
/** Downloads in flight at once when reading a period back. */
const CONCURRENCY = 16;

export class BlobFiguresLog implements FiguresLog {
  private readonly container: ContainerClient;
  private ready: Promise<unknown> | undefined;

  constructor(connectionString: string, containerName: string) {
    this.container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
  }

  async append(record: FigureRecord): Promise<void> {
    const day = dayOf(record.at);
    const name = `${record.at}_${record.id}`;
    const body = JSON.stringify(record);
    await this.withContainer(async () => {
      // Markers first: a marker whose record is missing is harmless; a record without its marker
      // could not be found by "forget me".
      await Promise.all(
        [...new Set([record.user, record.conversation])].map((key) =>
          this.container.getBlockBlobClient(`${INDEX}${day}/${key}/${name}`).upload('', 0, { conditions: { ifNoneMatch: '*' } }),
        ),
      );
      await this.container
        .getBlockBlobClient(`${EVENTS}${day}/${name}.json`)
        .upload(body, Buffer.byteLength(body), { conditions: { ifNoneMatch: '*' }, blobHTTPHeaders: { blobContentType: 'application/json' } });
    });
  }

  async list(fromDay: string, toDay: string): Promise<FigureRecord[]> {
    const names: string[] = [];
    await this.withContainer(async () => {
      for (const day of daysBetween(fromDay, toDay)) {
        for await (const blob of this.container.listBlobsFlat({ prefix: `${EVENTS}${day}/` })) names.push(blob.name);
      }
    });
    const records: FigureRecord[] = [];
    for (let i = 0; i < names.length; i += CONCURRENCY) {
      const batch = await Promise.all(
        names.slice(i, i + CONCURRENCY).map(async (n) => {
          try {
            return JSON.parse((await this.container.getBlobClient(n).downloadToBuffer()).toString('utf8')) as FigureRecord;
          } catch {
            return undefined; // deleted meanwhile (forget me, expiry)
          }
        }),
      );
      records.push(...batch.filter((r): r is FigureRecord => r !== undefined));
    }
    return records.sort((a, b) => a.at.localeCompare(b.at));
  }

  async forget(keys: string[], fromDay: string, toDay: string): Promise<number> {
    const deleted = new Set<string>();
    await this.withContainer(async () => {
      for (const day of daysBetween(fromDay, toDay)) {
        for (const key of new Set(keys)) {
          for await (const marker of this.container.listBlobsFlat({ prefix: `${INDEX}${day}/${key}/` })) {
            const name = marker.name.slice(marker.name.lastIndexOf('/') + 1);
            const event = `${EVENTS}${day}/${name}.json`;
            if ((await this.container.getBlobClient(event).deleteIfExists()).succeeded) deleted.add(event);
            await this.container.getBlobClient(marker.name).deleteIfExists();
          }
        }
      }
    });
    return deleted.size;
  }

  async expire(beforeDay: string): Promise<number> {
    let count = 0;
    await this.withContainer(async () => {
      for (const prefix of [EVENTS, INDEX]) {
        for await (const blob of this.container.listBlobsFlat({ prefix })) {
          const day = blob.name.slice(prefix.length, prefix.length + 10);
          if (day >= beforeDay) continue;
          await this.container.getBlobClient(blob.name).deleteIfExists();
          if (prefix === EVENTS) count++;
        }
      }
    });
    return count;
  }

  /** Runs `work`, creating the container first (and again if it was deleted since). */
  private async withContainer<T>(work: () => Promise<T>): Promise<T> {
    this.ready ??= this.container.createIfNotExists().catch((err: unknown) => {
      this.ready = undefined; // storage was down: try again next time
      throw err;
    });
    await this.ready;
    try {
      return await work();
    } catch (err) {
      if ((err as { code?: string }).code !== 'ContainerNotFound') throw err;
      this.ready = this.container.createIfNotExists();
      await this.ready;
      return work();
    }
  }
}
