// When the clinic team will next be able to call a patient back, from the opening times in
// content/clinic.yaml and the clinic's time zone. Pure: the clock is passed in.
import { z } from 'zod';
import type { OpeningTime, Weekday } from './types.ts';

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as 08:00 or 19:30');

export const openingTimesSchema = z
  .array(
    z
      .object({ days: z.array(z.enum(WEEKDAYS as [Weekday, ...Weekday[]])).min(1), open: time, close: time })
      .strict()
      .refine((t) => t.open < t.close, 'open must be before close'),
  )
  .min(1);

export const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/London');

export type NextCallback =
  | { when: 'open-now'; close: string }
  | { when: 'later-today'; open: string }
  | { when: 'tomorrow'; open: string }
  | { when: 'on-day'; dayIndex: number; open: string }
  | { when: 'unknown' };

/** Minutes before closing under which a request is left for the next opening. */
const LAST_CALL_MINUTES = 30;

function localParts(now: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = WEEKDAYS.indexOf(get('weekday').slice(0, 3).toLowerCase() as Weekday);
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function nextCallback(now: Date, openingTimes: OpeningTime[] | undefined, timeZone = 'Europe/London'): NextCallback {
  if (!openingTimes?.length) return { when: 'unknown' };
  const { day, minutes } = localParts(now, timeZone);
  const periodsOn = (d: number) =>
    openingTimes.filter((t) => t.days.includes(WEEKDAYS[d]!)).sort((a, b) => a.open.localeCompare(b.open));
  for (const p of periodsOn(day)) {
    if (minutes < toMinutes(p.open)) return { when: 'later-today', open: p.open };
    if (minutes <= toMinutes(p.close) - LAST_CALL_MINUTES) return { when: 'open-now', close: p.close };
  }
  for (let ahead = 1; ahead <= 7; ahead++) {
    const d = (day + ahead) % 7;
    const first = periodsOn(d)[0];
    if (first) return ahead === 1 ? { when: 'tomorrow', open: first.open } : { when: 'on-day', dayIndex: d, open: first.open };
  }
  return { when: 'unknown' };
}

/** "7pm", "8:30am": how a person says a time. */
export function spokenTime(hhmm: string): string {
  const h = Number(hhmm.slice(0, 2));
  const m = hhmm.slice(3, 5);
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === '00' ? `${h12}${suffix}` : `${h12}:${m}${suffix}`;
}
