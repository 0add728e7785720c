// Is the clinic open now? Read from the opening hours as content/clinic.yaml writes them for
// people ("Monday to Friday, 8am to 7pm", "Saturday, 9am to 1pm"), in the clinic's time zone.
// Anything it cannot read gives undefined, and the caller then says nothing about the clinic
// being open: a same-day patient must never be sent to a closed clinic.
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

interface Opening {
  days: Set<number>;
  /** Minutes after midnight. */
  from: number;
  to: number;
}

function dayIndex(word: string): number {
  const w = word.trim().toLowerCase();
  return DAYS.findIndex((d) => d === w || d.slice(0, 3) === w.slice(0, 3));
}

function daysOf(text: string): Set<number> | undefined {
  const days = new Set<number>();
  for (const part of text.split(/\s*(?:,|&|\band\b)\s*/)) {
    if (!part) continue;
    const range = /^(\w+)\s*(?:to|-|–)\s*(\w+)$/.exec(part.trim());
    if (range) {
      const a = dayIndex(range[1]!);
      const b = dayIndex(range[2]!);
      if (a < 0 || b < 0) return undefined;
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
    } else {
      const d = dayIndex(part);
      if (d < 0) return undefined;
      days.add(d);
    }
  }
  return days.size ? days : undefined;
}

function minutesOf(text: string): number | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 24 || minute > 59) return undefined;
  return hour * 60 + minute;
}

/** One line of opening hours: "Monday to Friday, 8am to 7pm". */
export function parseOpening(line: string): Opening | undefined {
  const m = /^(.*?)[,:]?\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s*(?:to|-|–)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s*$/i.exec(line.trim());
  if (!m) return undefined;
  const days = daysOf(m[1]!.replace(/,\s*$/, ''));
  const from = minutesOf(m[2]!);
  const to = minutesOf(m[3]!);
  if (!days || from === undefined || to === undefined || to <= from) return undefined;
  return { days, from, to };
}

/** The weekday and minutes after midnight at `now` in `timeZone`. */
function localTime(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: dayIndex(get('weekday')), minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** True while open, false while closed, undefined when a line of the hours cannot be read. */
export function clinicOpenAt(hours: readonly string[], now: Date, timeZone = 'Europe/London'): boolean | undefined {
  const openings = hours.map(parseOpening);
  if (openings.length === 0 || openings.some((o) => o === undefined)) return undefined;
  const { day, minutes } = localTime(now, timeZone);
  return openings.some((o) => o!.days.has(day) && minutes >= o!.from && minutes < o!.to);
}
