// The short summary of a symptom check that a patient can show a clinician (texts in the protocol).
import { fillTemplate } from '../messages.ts';
import type { Protocol } from './protocolSchema.ts';
import type { Disposition, TriageFacts } from './types.ts';

/** One line per known fact, then the warning signs and the result; unknown facts are left out. */
export function summarizeFacts(facts: TriageFacts, protocol: Protocol, disposition?: Disposition): string[] {
  const s = protocol.summary;
  const q = protocol.questions;
  const title = (options: { id: string; title: string }[], id: string) => options.find((o) => o.id === id)?.title ?? id;
  const yesNo = (v: boolean) => (v ? s.yesWord : s.noWord);
  const line = (template: string, value: string | number) => fillTemplate(template, { value });
  const lines = [s.title];
  if (facts.location?.length) lines.push(line(s.location, facts.location.map((l) => title(q.location.options, l)).join(', ')));
  if (facts.side) lines.push(line(s.side, title(q.side.options, facts.side)));
  if (facts.spreadsBelowKnee !== undefined) lines.push(line(s.spread, yesNo(facts.spreadsBelowKnee)));
  // A duration chosen as a button is a range, and stays one ("4 days to 3 weeks", not "about 10 days").
  const range = q.duration.options.find((o) => o.days !== undefined && o.days === facts.durationDays && o.maxDays === facts.durationMaxDays);
  if (range && s.durationRange) lines.push(line(s.durationRange, range.title));
  else if (facts.durationDays !== undefined) lines.push(line(s.duration, facts.durationDays));
  else if (facts.unsure?.includes('duration') && s.durationRange) lines.push(line(s.durationRange, s.unsureWord ?? 'not sure'));
  if (facts.spreadsBelowKnee === undefined && facts.unsure?.includes('spread')) lines.push(line(s.spread, s.unsureWord ?? 'not sure'));
  if (facts.severity !== undefined) lines.push(line(s.severity, facts.severity));
  if (facts.stopsSleepOrMovement !== undefined) lines.push(line(s.stopsSleepOrMovement, yesNo(facts.stopsSleepOrMovement)));
  if (facts.improving) lines.push(line(s.improving, title(q.improving.options, facts.improving)));
  if (facts.age !== undefined) lines.push(line(s.age, facts.age));
  else if (facts.ageBand) lines.push(line(s.age, title(q.age.bands, facts.ageBand)));
  const labels = (answer: string) =>
    protocol.flags.filter((f) => facts.flags[f.id] === answer).map((f) => f.label);
  if (labels('yes').length) lines.push(line(s.flagsYes, labels('yes').join('; ')));
  if (labels('unsure').length) lines.push(line(s.flagsUnsure, labels('unsure').join('; ')));
  if (disposition) lines.push(line(s.level, disposition.headline));
  return lines;
}
