// Reading a staff command: `notify here`, `handoffs`, `stats [today|7d|30d]`,
// `unanswered [today|7d|30d]`, `help`. Anything else is not a command (staff can ask the patient
// questions too). Pure.

export type Period = 'today' | '7d' | '30d';
export type StaffCommand =
  | { name: 'notify-here' }
  | { name: 'handoffs' }
  | { name: 'stats'; period: Period }
  | { name: 'unanswered'; period: Period }
  | { name: 'help' };

export function parseStaffCommand(text: string): StaffCommand | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ');
  if (t === 'notify here') return { name: 'notify-here' };
  if (t === 'handoffs' || t === 'handoff' || t === 'call backs' || t === 'callbacks') return { name: 'handoffs' };
  if (t === 'help' || t === 'staff help') return { name: 'help' };
  const m = t.match(/^(stats|unanswered)(?: (today|7d|30d|7 days|30 days))?$/);
  if (!m) return undefined;
  const period = (m[2]?.replace(' days', 'd') ?? (m[1] === 'stats' ? 'today' : '7d')) as Period;
  return m[1] === 'stats' ? { name: 'stats', period } : { name: 'unanswered', period };
}

/** The UTC days a period covers, ending on `now`'s day. */
export function periodDays(period: Period, now: Date): { fromDay: string; toDay: string } {
  const span = period === 'today' ? 1 : period === '7d' ? 7 : 30;
  const toDay = now.toISOString().slice(0, 10);
  const fromDay = new Date(now.getTime() - (span - 1) * 86_400_000).toISOString().slice(0, 10);
  return { fromDay, toDay };
}
