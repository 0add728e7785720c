// The summary a patient can show a clinician: each fact on its own line in the protocol's words,
// lists kept readable, and only what is known (or honestly "not sure") — never an invented value.
import { describe, expect, it } from 'vitest';
import { summarizeFacts } from '../../../src/clinical/triage/summary.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { fillTemplate } from '../../../src/clinical/messages.ts';
import type { Protocol } from '../../../src/clinical/triage/protocolSchema.ts';
import type { TriageFacts } from '../../../src/clinical/triage/types.ts';

const protocol = loadProtocol('content/triage.yaml');
const s = protocol.summary;
const line = (template: string, value: string | number) => fillTemplate(template, { value });
const title = (id: string) => protocol.questions.location.options.find((o) => o.id === id)!.title;
const label = (id: string) => protocol.flags.find((f) => f.id === id)!.label;
const withSummary = (extra: Partial<Protocol['summary']>): Protocol => ({ ...protocol, summary: { ...s, ...extra } });
// The text of a template before its value: how a line of that kind starts.
const start = (template: string) => template.slice(0, template.indexOf('{value}'));
const howLong = (lines: string[]) => lines.filter((l) => l.startsWith(start(s.duration)) || l.startsWith(start(s.durationRange!)));

describe('the clinician summary, line by line', () => {
  it('lists every place the patient named, separated so a clinician can read them', () => {
    const lines = summarizeFacts({ flags: {}, location: ['lower-back', 'hip'] }, protocol);
    expect(lines).toContain(line(s.location, `${title('lower-back')}, ${title('hip')}`));
  });

  it('a typed number of days is "about N days", not the first button range', () => {
    const lines = summarizeFacts({ flags: {}, durationDays: 10 }, protocol);
    expect(lines).toContain(line(s.duration, 10));
    expect(howLong(lines)).toHaveLength(1);
  });

  it('a typed "4 days" is about 4 days, not the button range that starts at 4', () => {
    const start = protocol.questions.duration.options.find((o) => o.days !== undefined && o.days > 0 && o.maxDays !== undefined)!;
    const lines = summarizeFacts({ flags: {}, durationDays: start.days }, protocol);
    expect(lines).toContain(line(s.duration, start.days!));
    expect(lines).not.toContain(line(s.durationRange!, start.title));
  });

  it('an answer the protocol no longer lists is shown as it was given, not dropped', () => {
    const lines = summarizeFacts({ flags: {}, location: ['lower-back', 'left-elbow'] }, protocol);
    expect(lines).toContain(line(s.location, `${title('lower-back')}, left-elbow`));
  });

  it('says nothing about how long when the patient was not asked or did not say', () => {
    const lines = summarizeFacts({ flags: {}, severity: 5 }, protocol);
    expect(howLong(lines)).toEqual([]);
    expect(lines.some((l) => l.startsWith(start(s.spread)))).toBe(false);
  });

  it('uses the clinic\'s own word for "not sure", and a plain default when it has none', () => {
    const own = summarizeFacts({ flags: {}, unsure: ['duration', 'spread'] }, withSummary({ unsureWord: "don't know" }));
    expect(own).toContain(line(s.durationRange!, "don't know"));
    expect(own).toContain(line(s.spread, "don't know"));
    const plain = summarizeFacts({ flags: {}, unsure: ['duration', 'spread'] }, withSummary({ unsureWord: undefined }));
    expect(plain).toContain(line(s.durationRange!, 'not sure'));
    expect(plain).toContain(line(s.spread, 'not sure'));
  });

  it('names each warning sign reported, and each the patient was not sure about, one list per line', () => {
    const facts: TriageFacts = { flags: { 'saddle-numbness': 'yes', 'bladder-dysfunction': 'yes', 'bowel-dysfunction': 'unsure', 'sexual-dysfunction': 'unsure', 'bilateral-sciatica': 'no' } };
    const lines = summarizeFacts(facts, protocol);
    expect(lines).toContain(line(s.flagsYes, `${label('saddle-numbness')}; ${label('bladder-dysfunction')}`));
    expect(lines).toContain(line(s.flagsUnsure, `${label('bowel-dysfunction')}; ${label('sexual-dysfunction')}`));
    expect(lines.join('\n')).not.toContain(label('bilateral-sciatica'));
  });
});
