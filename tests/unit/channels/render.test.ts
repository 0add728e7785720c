// What a user sees on each channel, and what a click sends back. Adaptive Cards are checked with
// the Adaptive Cards parser Web Chat itself uses, against the schema version of the channel.
import { createRequire } from 'node:module';
import type { Activity, Attachment, CardAction } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clinic } from '../../../src/clinical/types.ts';
import {
  readNumberedSelection,
  readSubmission,
  renderAnswer,
  renderChoiceCard,
  renderChoices,
  renderContactCard,
  renderDisposition,
} from '../../../src/channels/index.ts';
import type { AnswerToRender, DispositionToRender } from '../../../src/channels/index.ts';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const HERO = 'application/vnd.microsoft.card.hero';
const CARD_CHANNELS = [
  ['webchat', '1.6'],
  ['directline', '1.6'],
  ['emulator', '1.6'],
  ['msteams', '1.5'],
] as const;
const UNKNOWN = 'some-unknown-channel';

// ---- the Adaptive Cards parser (a dependency of botframework-webchat) ----

interface ParseContext { eventCount: number; getEventAt(i: number): { message: string } }
interface AdaptiveCardsLib {
  AdaptiveCard: new () => { parse(json: unknown, ctx: ParseContext): void; validateProperties(): { validationEvents: { message: string }[] } };
  SerializationContext: new (version: unknown) => ParseContext;
  Version: { parse(v: string): unknown };
}
let lib: AdaptiveCardsLib;
beforeAll(async () => {
  const fromWebChat = createRequire(createRequire(import.meta.url).resolve('botframework-webchat'));
  lib = (await import(fromWebChat.resolve('adaptivecards'))) as AdaptiveCardsLib;
});

/** Parser and validation messages for a card read at `version` (none for a valid card). */
function schemaProblems(card: unknown, version: string): string[] {
  const parsed = new lib.AdaptiveCard();
  const ctx = new lib.SerializationContext(lib.Version.parse(version));
  parsed.parse(card, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  return [...problems, ...parsed.validateProperties().validationEvents.map((e) => e.message)];
}

// ---- what the user sees ----

interface AdaptiveNode { type?: string; [key: string]: unknown }
interface Seen {
  adaptive: AdaptiveNode[];
  heroes: { title?: string; text?: string; buttons: CardAction[] }[];
  suggested: CardAction[];
  text: string;
}

function see(activity: Partial<Activity>): Seen {
  const attachments: Attachment[] = activity.attachments ?? [];
  return {
    adaptive: attachments.filter((a) => a.contentType === ADAPTIVE).map((a) => a.content as AdaptiveNode),
    heroes: attachments.filter((a) => a.contentType === HERO).map((a) => a.content as Seen['heroes'][number]),
    suggested: activity.suggestedActions?.actions ?? [],
    text: activity.text ?? '',
  };
}

/** Every node of a card with the given type, in document order. */
function nodes(node: unknown, type: string, out: AdaptiveNode[] = []): AdaptiveNode[] {
  if (Array.isArray(node)) node.forEach((n) => nodes(n, type, out));
  else if (node && typeof node === 'object') {
    const n = node as AdaptiveNode;
    if (n.type === type) out.push(n);
    for (const [key, child] of Object.entries(n)) if (key !== 'data') nodes(child, type, out);
  }
  return out;
}

/** All strings a user reads on a card (TextBlocks, facts, button titles). */
function cardText(card: AdaptiveNode): string {
  const texts = nodes(card, 'TextBlock').map((t) => String(t.text));
  const facts = nodes(card, 'FactSet').flatMap((f) => (f.facts as { title: string; value: string }[]).map((x) => `${x.title} ${x.value}`));
  const titles = [...nodes(card, 'Action.Submit'), ...nodes(card, 'Action.OpenUrl')].map((a) => String(a.title));
  return [...texts, ...facts, ...titles].join('\n');
}

function onlyCard(activity: Partial<Activity>, version: string): AdaptiveNode {
  const seen = see(activity);
  expect(seen.adaptive).toHaveLength(1);
  const card = seen.adaptive[0]!;
  expect(card.version).toBe(version);
  expect(schemaProblems(card, version)).toEqual([]);
  return card;
}

/** The message the channel sends back when the user clicks the card button titled `title`. */
function clickSubmit(card: AdaptiveNode, title: string, channelId: string, inputs: Record<string, string> = {}): Partial<Activity> {
  const button = nodes(card, 'Action.Submit').find((a) => a.title === title);
  if (!button) throw new Error(`no button "${title}"`);
  return { type: 'message', channelId, value: { ...(button.data as object), ...inputs } };
}

/** The message sent back for an imBack / postBack button: its value as text. */
function clickText(action: CardAction, channelId: string): Partial<Activity> {
  return { type: 'message', channelId, text: String(action.value) };
}

const options = (...titles: string[]) => titles.map((title) => ({ title, value: title }));

// ---- choices ----

describe('renderChoices', () => {
  const areas = options('Lower back', 'Hip', 'Groin', 'Buttock', 'Several places');

  it.each(['webchat', 'directline', 'emulator'])('%s: suggested actions that send their value as text', (channel) => {
    const seen = see(renderChoices(channel, 'Where does it hurt?', areas));
    expect(seen.text).toBe('Where does it hurt?');
    expect(seen.suggested.map((a) => a.title)).toEqual(areas.map((a) => a.title));
    expect(seen.suggested.every((a) => a.type === 'imBack')).toBe(true);
    expect(readSubmission(clickText(seen.suggested[1]!, channel))).toEqual({ kind: 'text', text: 'Hip' });
  });

  it('msteams: a hero card with the buttons (no suggested actions there)', () => {
    const seen = see(renderChoices('msteams', 'Where does it hurt?', areas));
    expect(seen.suggested).toEqual([]);
    expect(seen.heroes).toHaveLength(1);
    expect(seen.heroes[0]!.text).toBe('Where does it hurt?');
    expect(seen.heroes[0]!.buttons.map((b) => b.title)).toEqual(areas.map((a) => a.title));
    expect(readSubmission(clickText(seen.heroes[0]!.buttons[4]!, 'msteams'))).toEqual({ kind: 'text', text: 'Several places' });
  });

  it('msteams: more than 6 choices become an Adaptive Card 1.5 whose buttons submit the choice', () => {
    const scores = options(...Array.from({ length: 11 }, (_, i) => String(i)));
    const card = onlyCard(renderChoices('msteams', 'How bad is the pain, from 0 to 10?', scores), '1.5');
    const rows = nodes(card, 'ActionSet');
    expect(rows.map((r) => (r.actions as unknown[]).length)).toEqual([5, 5, 1]);
    expect(cardText(card)).toContain('How bad is the pain');
    expect(readSubmission(clickSubmit(card, '7', 'msteams'))).toEqual({ kind: 'choice', value: '7' });
  });

  it('webchat: titles too long for buttons go on an Adaptive Card 1.6, one a row', () => {
    const long = options('Numbness between my legs or around my bottom', 'None of these');
    const card = onlyCard(renderChoices('webchat', 'Do you have any of these?', long), '1.6');
    expect(nodes(card, 'ActionSet').map((r) => (r.actions as unknown[]).length)).toEqual([1, 1]);
    expect(readSubmission(clickSubmit(card, long[0]!.title, 'webchat'))).toEqual({ kind: 'choice', value: long[0]!.value });
  });

  it('facebook: quick replies, no Adaptive Card', () => {
    const seen = see(renderChoices('facebook', 'Where does it hurt?', areas));
    expect(seen.adaptive).toEqual([]);
    expect(seen.suggested.map((a) => a.title)).toEqual(areas.map((a) => a.title));
    expect(seen.suggested.length).toBeLessThanOrEqual(13);
  });

  it('facebook: too many or too long for quick replies becomes a numbered list to type', () => {
    const many = options(...Array.from({ length: 14 }, (_, i) => `Option ${i + 1}`));
    const seen = see(renderChoices('facebook', 'Pick **one**', many));
    expect(seen.suggested).toEqual([]);
    expect(seen.adaptive).toEqual([]);
    expect(seen.heroes).toEqual([]);
    expect(seen.text).toMatch(/^Pick one\n/);
    expect(seen.text).toContain('14. Option 14');
    expect(readNumberedSelection('14', many)).toEqual(['Option 14']);
  });

  it('an unknown channel gets a plain numbered list', () => {
    const activity = renderChoices(UNKNOWN, 'Where does it hurt?', areas);
    const seen = see(activity);
    expect(seen.suggested).toEqual([]);
    expect(activity.attachments ?? []).toEqual([]);
    expect(seen.text.split('\n').map((l) => l.trim()).slice(2)).toEqual(areas.map((a, i) => `${i + 1}. ${a.title}`));
    expect(activity.textFormat).toBe('plain');
  });
});

describe('renderChoiceCard (checklist)', () => {
  const flags = [
    { title: 'Fever or chills', value: 'fever' },
    { title: 'Weight loss you cannot explain', value: 'weight-loss' },
  ];
  const none = { title: 'None of these', value: 'none' };
  const copy = { submit: 'Send', required: 'Please tick at least one, or "None of these".', typeNumbers: 'Type the numbers that apply, like 1, 2.' };
  const checklist = (channel: string) => renderChoiceCard(channel, 'Do you have any of these?', flags, { multiSelect: true, none, copy });

  it.each(CARD_CHANNELS)('%s: an Adaptive Card %s with checkboxes, "none" last, and one submit', (channel, version) => {
    const card = onlyCard(checklist(channel), version);
    const [input] = nodes(card, 'Input.ChoiceSet');
    expect(input).toMatchObject({ isMultiSelect: true, isRequired: true });
    expect((input!.choices as { title: string }[]).map((c) => c.title)).toEqual(['Fever or chills', 'Weight loss you cannot explain', 'None of these']);
    expect(nodes(card, 'Action.Submit').map((a) => a.title)).toEqual(['Send']);
    const sent = clickSubmit(card, 'Send', channel, { [String(input!.id)]: 'fever,weight-loss' });
    expect(readSubmission(sent, ['fever', 'weight-loss', 'none'])).toEqual({ kind: 'multi', values: ['fever', 'weight-loss'] });
  });

  it('a single-choice card submits one choice', () => {
    const card = onlyCard(renderChoiceCard('webchat', 'Which side?', options('Left', 'Right', 'Both'), { multiSelect: false, copy }), '1.6');
    const [input] = nodes(card, 'Input.ChoiceSet');
    expect(input).toMatchObject({ isMultiSelect: false });
    expect(readSubmission(clickSubmit(card, 'Send', 'webchat', { [String(input!.id)]: 'Right' }))).toEqual({ kind: 'choice', value: 'Right' });
  });

  it('facebook: a numbered list to type, with "None of these" one tap away', () => {
    const seen = see(checklist('facebook'));
    expect(seen.adaptive).toEqual([]);
    expect(seen.text).toContain(copy.typeNumbers);
    expect(seen.text).toContain('3. None of these');
    expect(seen.suggested.map((a) => [a.title, a.value])).toEqual([['None of these', 'none']]);
    expect(readNumberedSelection('1 and 2', [...flags, none])).toEqual(['fever', 'weight-loss']);
  });

  it('an unknown channel: the numbered list only', () => {
    const activity = checklist(UNKNOWN);
    expect(activity.attachments ?? []).toEqual([]);
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.text).toContain('1. Fever or chills');
    expect(activity.text).toContain('3. None of these');
  });

  it('refuses checklist values with commas (the client joins ticked values with commas)', () => {
    expect(() => renderChoiceCard('webchat', 'Any?', [{ title: 'A, B', value: 'a,b' }], { multiSelect: true, none, copy })).toThrow(/comma/);
  });
});

// ---- contact card ----

const clinic: Clinic = {
  name: 'Riverside Spine & Physio',
  phone: '+44 20 7946 0000',
  emergencyNumber: '999',
  bookingUrl: 'https://clinic.example/book',
  email: 'hello@clinic.example',
  hours: ['Mon–Fri 08:00–19:00', 'Sat 09:00–13:00'],
  address: '1 River Street, London',
};
const contactCopy = {
  title: 'Contact Riverside Spine & Physio',
  intro: 'You can reach the clinic team here:',
  call: 'Call the clinic',
  book: 'Book an appointment',
  email: 'Email us',
  hoursLabel: 'Opening hours',
  addressLabel: 'Address',
  emergency: 'In an emergency, call 999.',
  sameDayTitle: 'How to be seen today',
  sameDayIntro: 'Call us now.',
};
const everyDetail = ['+44 20 7946 0000', 'hello@clinic.example', 'Mon–Fri 08:00–19:00', 'Sat 09:00–13:00', '1 River Street, London', 'In an emergency, call 999.'];

describe('renderContactCard', () => {
  it.each(CARD_CHANNELS)('%s: Adaptive Card %s with call, book and email links', (channel, version) => {
    const card = onlyCard(renderContactCard(channel, clinic, contactCopy), version);
    const links = nodes(card, 'Action.OpenUrl').map((a) => [a.title, a.url]);
    expect(links).toEqual([
      ['Call the clinic', 'tel:+442079460000'],
      ['Book an appointment', 'https://clinic.example/book'],
      ['Email us', 'mailto:hello@clinic.example'],
    ]);
    for (const detail of everyDetail) expect(cardText(card)).toContain(detail);
  });

  it('facebook: details in plain text and a hero card with at most 3 buttons, Call first', () => {
    const activity = renderContactCard('facebook', clinic, contactCopy);
    const seen = see(activity);
    expect(seen.adaptive).toEqual([]);
    expect(seen.heroes).toHaveLength(1);
    const buttons = seen.heroes[0]!.buttons;
    expect(buttons.length).toBeLessThanOrEqual(3);
    expect(buttons[0]).toMatchObject({ type: 'call', value: 'tel:+442079460000' });
    expect(buttons.map((b) => b.value)).toContain('https://clinic.example/book');
    for (const detail of everyDetail) expect(seen.text).toContain(detail);
    expect(activity.textFormat).toBe('plain');
  });

  it('an unknown channel: everything, the booking link included, as plain text', () => {
    const activity = renderContactCard(UNKNOWN, clinic, contactCopy);
    expect(activity.attachments ?? []).toEqual([]);
    for (const detail of [...everyDetail, 'https://clinic.example/book']) expect(activity.text).toContain(detail);
  });
});

// ---- answers ----

const answerCopy = { sourceLabel: 'Source', readMoreLabel: 'Read more', feedback: { up: 'Helpful', down: 'Not helpful' } };
const answer: AnswerToRender = {
  title: 'Sciatica',
  heading: 'What helps',
  text: 'Keep **gently active**. Short walks help more than bed rest.',
  articleId: 'sciatica',
  followUps: [
    { label: 'When to worry', question: 'When should I worry about sciatica?' },
    { label: 'Heat or ice?', question: 'Should I use heat or ice?' },
    { label: 'Sleeping', question: 'How should I sleep with sciatica?' },
  ],
  readMoreValue: 'Read more: What helps',
  feedback: true,
};
const source = 'Source: Sciatica — What helps';

describe('renderAnswer', () => {
  it.each(CARD_CHANNELS)('%s: one Adaptive Card %s with the answer, its source and the next steps', (channel, version) => {
    const card = onlyCard(renderAnswer(channel, answer, answerCopy), version);
    expect(cardText(card)).toContain('Short walks help more than bed rest.');
    expect(cardText(card)).toContain(source);
    expect(nodes(card, 'Action.Submit').map((a) => a.title)).toEqual(['Read more', 'When to worry', 'Heat or ice?', '👍 Helpful', '👎 Not helpful']);
    expect(readSubmission(clickSubmit(card, 'Read more', channel))).toEqual({ kind: 'choice', value: 'Read more: What helps' });
    expect(readSubmission(clickSubmit(card, 'Heat or ice?', channel))).toEqual({ kind: 'choice', value: 'Should I use heat or ice?' });
    expect(readSubmission(clickSubmit(card, '👎 Not helpful', channel))).toEqual({
      kind: 'feedback',
      vote: 'down',
      article: 'sciatica',
      section: 'What helps',
    });
  });

  it('leaves out "Read more" when the full section is shown, and feedback when not asked for', () => {
    const card = onlyCard(renderAnswer('webchat', { ...answer, readMoreValue: undefined, feedback: false, followUps: [] }, answerCopy), '1.6');
    expect(nodes(card, 'Action.Submit')).toEqual([]);
  });

  it('facebook: plain text without Markdown, the buttons as quick replies, 👍 sends feedback', () => {
    const activity = renderAnswer('facebook', answer, answerCopy);
    const seen = see(activity);
    expect(seen.adaptive).toEqual([]);
    // Every button fits as a quick reply, so there is no card (whose buttons Messenger caps at 3).
    expect(seen.heroes).toEqual([]);
    expect(seen.text).toBe(`Keep gently active. Short walks help more than bed rest.\n\n${source}`);
    expect(activity.textFormat).toBe('plain');
    expect(seen.suggested.map((a) => a.title)).toEqual(['Read more', 'When to worry', 'Heat or ice?', '👍 Helpful', '👎 Not helpful']);
    expect(seen.suggested.every((a) => a.title.length <= 20)).toBe(true);
    expect(readSubmission(clickText(seen.suggested[3]!, 'facebook'))).toEqual({ kind: 'feedback', vote: 'up', article: 'sciatica', section: 'What helps' });
    expect(readSubmission(clickText(seen.suggested[2]!, 'facebook'))).toEqual({ kind: 'text', text: 'Should I use heat or ice?' });
  });

  it('facebook: links in the answer keep their address, without Markdown', () => {
    const seen = see(renderAnswer('facebook', { ...answer, text: 'See the [NHS guide](https://nhs.example/sciatica) or _ask us_.' }, answerCopy));
    expect(seen.text).toMatch(/^See the NHS guide \(https:\/\/nhs\.example\/sciatica\) or ask us\./);
  });

  it('facebook: a long follow-up label is shortened on its button, the question is sent whole', () => {
    const longLabel = { label: 'Is it safe to exercise with sciatica?', question: 'Is it safe to exercise with sciatica?' };
    const seen = see(renderAnswer('facebook', { ...answer, followUps: [longLabel] }, answerCopy));
    const button = seen.suggested.find((a) => a.value === longLabel.question)!;
    expect(button.title.length).toBeLessThanOrEqual(20);
    expect(button.title).toMatch(/^Is it safe to.*…$/);
  });

  it('an unknown channel: the answer, the source, and the phrases to type', () => {
    const activity = renderAnswer(UNKNOWN, answer, answerCopy);
    expect(activity.attachments ?? []).toEqual([]);
    expect(activity.suggestedActions).toBeUndefined();
    const text = activity.text ?? '';
    expect(text).not.toContain('**');
    for (const phrase of [source, 'Read more: What helps', 'Should I use heat or ice?', 'Helpful', 'Not helpful']) expect(text).toContain(phrase);
    expect(text).not.toContain('How should I sleep with sciatica?');
  });
});

// ---- dispositions ----

const disposition = (level: DispositionToRender['level']): DispositionToRender => ({
  headline: level === 'emergency' ? 'Call 999 now' : 'Please see a clinician',
  level,
  whatToDo: 'Do not drive yourself.',
  reasons: ['you have new numbness around your bottom'],
  safetyNet: ['if your legs get weaker'],
  summary: ['Lower back pain, 3 days', 'Numbness: yes'],
  links: [
    { label: 'Contact the clinic', value: 'Contact the clinic' },
    { label: 'Call 999', value: 'tel:999' },
  ],
});
const dispositionCopy = { reasonsHeading: 'Because you told me:', safetyNetHeading: 'Get urgent help if:', summaryHeading: 'Summary for a clinician:' };

describe('renderDisposition', () => {
  it.each(CARD_CHANNELS)('%s: Adaptive Card %s with the reasons, safety-netting, summary and links', (channel, version) => {
    const card = onlyCard(renderDisposition(channel, disposition('emergency'), dispositionCopy), version);
    const text = cardText(card);
    for (const part of ['Call 999 now', 'Do not drive yourself.', 'Because you told me:', 'new numbness', 'Get urgent help if:', 'Numbness: yes']) {
      expect(text).toContain(part);
    }
    expect(nodes(card, 'Action.OpenUrl').map((a) => a.url)).toEqual(['tel:999']);
    expect(readSubmission(clickSubmit(card, 'Contact the clinic', channel))).toEqual({ kind: 'choice', value: 'Contact the clinic' });
  });

  it.each([
    ['emergency', 'attention'],
    ['urgent', 'warning'],
    ['soon', undefined],
    ['self-care', undefined],
  ] as const)('webchat: a %s headline is coloured %s', (level, colour) => {
    const card = onlyCard(renderDisposition('webchat', disposition(level), dispositionCopy), '1.6');
    const headline = nodes(card, 'TextBlock')[0]!;
    expect(headline.text).toBe(disposition(level).headline);
    expect(headline.color === 'default' ? undefined : headline.color).toBe(colour);
  });

  it('facebook: plain text with line breaks and no Markdown; links on a card of at most 3 buttons', () => {
    const activity = renderDisposition('facebook', disposition('emergency'), dispositionCopy);
    const seen = see(activity);
    expect(seen.adaptive).toEqual([]);
    expect(activity.textFormat).toBe('plain');
    expect(seen.text).not.toMatch(/\*\*|__/);
    expect(seen.text.split('\n')).toEqual(expect.arrayContaining(['Call 999 now', 'Because you told me:', '• you have new numbness around your bottom']));
    expect(seen.heroes).toHaveLength(1);
    expect(seen.heroes[0]!.buttons.length).toBeLessThanOrEqual(3);
    expect(seen.heroes[0]!.buttons).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'call', value: 'tel:999' })]));
  });

  it('facebook: more than 3 links, one a call: the card keeps the first 3, as Messenger allows no more', () => {
    const links = [
      { label: 'Call 999', value: 'tel:999' },
      { label: 'Contact the clinic', value: 'Contact the clinic' },
      { label: 'NHS 111 online', value: 'https://111.nhs.uk/' },
      { label: 'Book a visit', value: 'https://clinic.example/book' },
      { label: 'Heat or ice', value: 'Heat or ice' },
    ];
    const seen = see(renderDisposition('facebook', { ...disposition('emergency'), links }, dispositionCopy));
    expect(seen.heroes).toHaveLength(1);
    expect(seen.heroes[0]!.buttons.map((b) => b.title)).toEqual(['Call 999', 'Contact the clinic', 'NHS 111 online']);
    expect(seen.suggested).toEqual([]);
  });

  it('facebook: text-only links become quick replies', () => {
    const seen = see(renderDisposition('facebook', { ...disposition('soon'), links: [{ label: 'Contact the clinic', value: 'Contact the clinic' }] }, dispositionCopy));
    expect(seen.heroes).toEqual([]);
    expect(seen.suggested.map((a) => a.title)).toEqual(['Contact the clinic']);
  });

  it('an unknown channel: everything in plain text, links as phrases to type', () => {
    const activity = renderDisposition(UNKNOWN, disposition('urgent'), dispositionCopy);
    expect(activity.attachments ?? []).toEqual([]);
    const lines = (activity.text ?? '').split('\n');
    expect(lines[0]).toBe('Please see a clinician');
    expect(lines).toEqual(expect.arrayContaining(['Summary for a clinician:', '• Lower back pain, 3 days', '• Contact the clinic', '• Call 999: 999']));
  });
});
