// The buttons under an answer, per channel: follow-ups answer exactly the section they name,
// feedback is stored for staff figures, and a "did you mean" choice is answered and remembered.
import { describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/clinical/answer/types.ts';
import { buttonTitles, clickButton, entities, realServices, startConversation, visibleText } from '../support/testBot.ts';

const CHANNELS = ['webchat', 'msteams', 'facebook', 'some-unknown-channel'];
// The injected clock, just before midnight UTC: the day the figures are read for is the day they
// were recorded on, whenever the suite runs.
const NOW = new Date('2026-11-24T23:59:59.900Z');
const now = () => NOW;
const today = () => NOW.toISOString().slice(0, 10);
/** Feedback stored today, once the background writes are done. */
async function feedbackToday(chat: { services: { figures: { flush(): Promise<void>; read(from: string, to: string): Promise<{ kind: string }[]> } } }) {
  await chat.services.figures.flush();
  return (await chat.services.figures.read(today(), today())).filter((e) => e.kind === 'feedback');
}

describe.each(CHANNELS)('on %s', (channel) => {
  it('offers up to two follow-ups; a click answers the section it names', async () => {
    const chat = startConversation(channel);
    const first = await chat.say('how can I look after my back at home');
    const [answer] = entities(first, 'clinic.answer');
    expect(answer).toBeDefined();
    const sections = chat.services.content.articles.flatMap((a) => a.sections);
    const shown = channel === 'some-unknown-channel' ? visibleText(first).split('\n') : buttonTitles(first);
    // Titles may be shortened on channels with short buttons ("Posture and ergon…").
    const names = (title: string, heading: string) => {
      const t = title.replace(/^(\d+\.|•)\s*/, '').replace(/…$/, '').trim();
      return t.length >= 8 && heading.startsWith(t);
    };
    const offered = sections.filter((s) => s.heading !== answer!.section && shown.some((b) => names(b, s.heading)));
    expect(offered.length).toBeGreaterThanOrEqual(1);
    expect(offered.length).toBeLessThanOrEqual(2);
    const target = offered[0]!;
    // The button as shown, which a short channel may have cut ("Posture and…").
    const title = shown.find((b) => names(b, target.heading))!;
    const reply = await chat.say(press(channel, first, new RegExp(escape(title), 'i'), target.heading));
    expect(entities(reply, 'clinic.answer')[0]).toMatchObject({ article: target.articleId, section: target.heading });
  });

  it('stores a 👎 with the question and offers the clinic', async () => {
    const chat = startConversation(channel, { now });
    const before = (await feedbackToday(chat)).length;
    const first = await chat.say('does swimming help hip pain?');
    const [answer] = entities(first, 'clinic.answer');
    const reply = await chat.say(press(channel, first, /not helpful|👎/i, chat.services.content.messages.feedback.down));
    expect(visibleText(reply)).toContain(chat.services.content.clinic.phone.replace(/\s/g, '').slice(-4));
    const events = await feedbackToday(chat);
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({ kind: 'feedback', vote: 'down', article: answer!.article, section: answer!.section, channel });
  });
});

/** A click where the channel shows buttons; typing the option where it shows a numbered list. */
function press(channel: string, replies: Parameters<typeof clickButton>[0], title: RegExp, typed: string) {
  return channel === 'some-unknown-channel' ? { text: typed } : clickButton(replies, title);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('did you mean', () => {
  const sections = realServices().content.articles.flatMap((a) => a.sections);
  const [a, b] = [sections.find((s) => s.heading === 'Heat or ice')!, sections.find((s) => s.heading === 'Stretching')!];
  // An engine that is unsure between two sections, to drive the dialog's side of "did you mean".
  const unsure: AnswerEngine = {
    answer: (q) => (q.includes('the thing for my back') ? { kind: 'clarify', options: [a, b] } : realServices().answers.answer(q)),
    classifyIntent: (t) => realServices().answers.classifyIntent(t),
    clinicTopic: (t) => realServices().answers.clinicTopic(t),
  };

  it.each(['webchat', 'facebook'])('asks with both as buttons on %s; the choice is answered and its feedback remembers how', async (channel) => {
    const chat = startConversation(channel, { answers: unsure, now });
    const ask = await chat.say('the thing for my back');
    expect(buttonTitles(ask)).toEqual(expect.arrayContaining([a.heading, b.heading]));
    expect(entities(ask, 'clinic.answer')).toHaveLength(0);
    const chosen = await chat.say(clickButton(ask, new RegExp(`^${b.heading}$`)));
    expect(entities(chosen, 'clinic.answer')[0]).toMatchObject({ article: b.articleId, section: b.heading });
    await chat.say(clickButton(chosen, /^(helpful|👍)/i));
    const events = await feedbackToday(chat);
    expect(events.at(-1)).toMatchObject({ vote: 'up', section: b.heading, via: 'did-you-mean', question: 'the thing for my back' });
  });

  it('"Something else" at the top level invites another question', async () => {
    const chat = startConversation('webchat', { answers: unsure });
    const ask = await chat.say('the thing for my back');
    const reply = await chat.say(clickButton(ask, /something else/i));
    expect(visibleText(reply)).toMatch(/type your question/i);
    expect(entities(reply, 'clinic.answer')).toHaveLength(0);
  });

  it('"Something else" in the middle of the red-flag questions answers nothing and asks the same question again', async () => {
    const chat = startConversation('webchat', { answers: unsure });
    await chat.say('Check my symptoms');
    let replies = await chat.say('Lower back');
    for (const answer of [/^18 to 49$/i, /^left$/i, /^no/i, /4 days to 3 weeks/i]) replies = await chat.say(clickButton(replies, answer));
    const groupQuestion = visibleText(replies);
    expect(groupQuestion).toMatch(/numbness/i);
    const ask = await chat.say('what is the thing for my back?');
    const reply = await chat.say(clickButton(ask, /something else/i));
    expect(entities(reply, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(reply)).toMatch(/numbness/i);
  });
});

describe('the question kept with the buttons under an answer', () => {
  it('is stored in conversation state without the personal details typed in it, and a 👎 passes on only that', async () => {
    const chat = startConversation('webchat', { now });
    const first = await chat.say('my name is Jane Doe, born 02/03/1961, phone 07700 900456 - does swimming help hip pain?');
    expect(entities(first, 'clinic.answer')).toHaveLength(1);
    const stored = JSON.stringify((chat.storage as unknown as { memory: Record<string, unknown> }).memory);
    expect(stored).toContain('swimming help hip pain');
    expect(stored).not.toMatch(/Jane|Doe|1961|07700/);
    await chat.say(clickButton(first, /not helpful|👎/i));
    const [down] = (await feedbackToday(chat)).slice(-1) as { question?: string }[];
    expect(down?.question).toContain('swimming help hip pain');
    expect(down?.question).not.toMatch(/Jane|Doe|1961|07700/);
  });
});
