// The figures log in memory, for local runs and tests (lost on restart, like memory state). It keeps
// the newest maxRecords only, so a long-running local bot does not grow without end.
import { dayOf, type FigureRecord, type FiguresLog } from './events.ts';

export class MemoryFiguresLog implements FiguresLog {
  private records: FigureRecord[] = [];

  constructor(private readonly maxRecords = 20_000) {}

  async append(record: FigureRecord): Promise<void> {
    this.records.push(structuredClone(record));
    // Dropped in batches: one splice per thousand appends, not one shift per append.
    if (this.records.length >= this.maxRecords + 1000) this.records.splice(0, this.records.length - this.maxRecords);
  }

  async list(fromDay: string, toDay: string): Promise<FigureRecord[]> {
    return this.records.filter((r) => dayOf(r.at) >= fromDay && dayOf(r.at) <= toDay).map((r) => structuredClone(r));
  }

  async forget(keys: string[], fromDay: string, toDay: string): Promise<number> {
    const before = this.records.length;
    this.records = this.records.filter((r) => dayOf(r.at) < fromDay || dayOf(r.at) > toDay || !(keys.includes(r.user) || keys.includes(r.conversation)));
    return before - this.records.length;
  }

  async expire(beforeDay: string): Promise<number> {
    const before = this.records.length;
    this.records = this.records.filter((r) => dayOf(r.at) >= beforeDay);
    return before - this.records.length;
  }
}
