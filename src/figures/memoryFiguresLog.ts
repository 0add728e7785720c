// The figures log in memory, for local runs and tests (lost on restart, like memory state). It keeps
// the newest maxRecords only, so a long-running local bot does not grow without end.
// Each record is held as its JSON text: one flat string per event instead of an object and its
// strings, which the garbage collector would otherwise trace on every full collection (a busy local
// bot holds thousands) — and a copy, so a caller changing what it passed in or got back changes nothing here.
import { dayOf, type FigureRecord, type FiguresLog } from './events.ts';

export class MemoryFiguresLog implements FiguresLog {
  private records: string[] = [];

  constructor(private readonly maxRecords = 20_000) {}

  async append(record: FigureRecord): Promise<void> {
    this.records.push(JSON.stringify(record));
    // Dropped in batches: one splice per thousand appends, not one shift per append.
    if (this.records.length >= this.maxRecords + 1000) this.records.splice(0, this.records.length - this.maxRecords);
  }

  async list(fromDay: string, toDay: string): Promise<FigureRecord[]> {
    return this.parsed().filter((r) => dayOf(r.at) >= fromDay && dayOf(r.at) <= toDay);
  }

  async forget(keys: string[], fromDay: string, toDay: string): Promise<number> {
    return this.keep((r) => dayOf(r.at) < fromDay || dayOf(r.at) > toDay || !(keys.includes(r.user) || keys.includes(r.conversation)));
  }

  async expire(beforeDay: string): Promise<number> {
    return this.keep((r) => dayOf(r.at) >= beforeDay);
  }

  private parsed(): FigureRecord[] {
    return this.records.map((json) => JSON.parse(json) as FigureRecord);
  }

  /** Keeps the records `wanted` says yes to; returns how many went. */
  private keep(wanted: (r: FigureRecord) => boolean): number {
    const before = this.records.length;
    this.records = this.records.filter((json) => wanted(JSON.parse(json) as FigureRecord));
    return before - this.records.length;
  }
}
