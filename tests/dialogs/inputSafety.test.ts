// Red flags are screened in everything the patient sends, whatever shape it arrives in: long text,
// text over the limit, or card data the bot cannot otherwise use.
import { describe, expect, it } from 'vitest';
import { entities, startConversation, visibleText } from '../support/testBot.ts';

const FLAG = 'and now I cannot control my bladder at all';
const filler = 'My back has been sore for a while and I have been trying to keep going. ';

describe('red flags in any input', () => {
  it('are caught in a long message within a raised limit', async () => {
    const chat = startConversation('webchat', { maxMessageChars: 5000 });
    const replies = await chat.say(filler.repeat(40) + FLAG);
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
  });

  it.each(['webchat', 'facebook', 'some-unknown-channel'])('are caught in a message over the limit on %s, which is also said to be too long', async (channel) => {
    const chat = startConversation(channel);
    const replies = await chat.say(filler.repeat(40) + FLAG);
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
  });

  it('are caught inside card data the bot does not recognise', async () => {
    const chat = startConversation('msteams');
    const replies = await chat.say({ value: { action: 'something-else', note: `my legs went weak ${FLAG}` } });
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
  });

  it('a long message with no red flag is refused politely, naming the limit', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say(filler.repeat(40));
    expect(visibleText(replies)).toMatch(/too long.*2000/i);
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
  });
});

describe('an emergency outcome when storage fails', () => {
  it('is still given whole, with no "something went wrong" after it', async () => {
    const { FiguresRecorder } = await import('../../src/figures/recorder.ts');
    const { MemoryFiguresLog } = await import('../../src/figures/memoryFiguresLog.ts');
    const broken = new MemoryFiguresLog();
    broken.append = async () => {
      throw new Error('storage is down');
    };
    const errors: unknown[] = [];
    const figures = new FiguresRecorder(broken, { retentionDays: 30, onError: (e) => errors.push(e) });
    const chat = startConversation('webchat', { figures });
    const replies = await chat.say("I can't feel anything around my bottom and I've wet myself");
    await figures.flush();
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    expect(visibleText(replies)).not.toMatch(/something went wrong/i);
    // Whole: down to its last part, the call to the emergency number.
    expect(JSON.stringify(replies.at(-1))).toContain(`tel:${chat.services.content.clinic.emergencyNumber}`);
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('card data the bot cannot use, read for red flags', () => {
  const unknown = (data: Record<string, unknown>) => ({ value: { action: 'something-else', ...data } });

  it('reads the first field too, and past an empty one', async () => {
    const first = startConversation('msteams');
    const replies = await first.say({ value: { note: FLAG, action: 'something-else' } });
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    const withNull = startConversation('msteams');
    const after = await withNull.say(unknown({ extra: null, note: FLAG }));
    expect(entities(after, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    expect(visibleText(after)).not.toMatch(/went wrong/i);
  });

  it('reads each field as a sentence of its own: a denial in one does not cover a sign in the next', async () => {
    const chat = startConversation('msteams');
    const replies = await chat.say({ value: { a: 'no fever', b: "I can't control my bladder", action: 'something-else' } });
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency', reasons: ['bladder-dysfunction'] });
  });

  it('reads nested data down to 32 levels, and no deeper', async () => {
    const nested = (levels: number): unknown => {
      let node: unknown = FLAG;
      for (let i = 0; i < levels; i++) node = { a: node };
      return node;
    };
    const within = startConversation('msteams');
    expect(entities(await within.say(unknown({ deep: nested(20) })), 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    const beyond = startConversation('msteams');
    const replies = await beyond.say(unknown({ deep: nested(40) }));
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(replies)).toContain(beyond.services.content.messages.invalidSubmission);
  });

  it('reads the first 5,000 values, and no more', async () => {
    // Numbers: values that add no text, so only the count of values stops the reading.
    const values = (at: number) => Array.from({ length: at + 1 }, (_, i) => (i === at ? FLAG : i));
    const within = startConversation('msteams');
    expect(entities(await within.say(unknown({ list: values(3000) })), 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    const beyond = startConversation('msteams');
    const replies = await beyond.say(unknown({ list: values(6000) }));
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(replies)).toContain(beyond.services.content.messages.invalidSubmission);
  });
});

describe('a clicked answer is read like a typed one', () => {
  it('a card choice carrying a red flag is acted on at once', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say({ value: { action: 'choice', value: "I've wet myself without noticing" } });
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency', reasons: expect.arrayContaining(['bladder-dysfunction']) });
  });
});

describe('messages with nothing to read', () => {
  it('a message of invisible characters only is an empty message, not a question', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    const replies = await chat.say('\u200b\u200b');
    expect(visibleText(replies)).toContain(messages.emptyMessage);
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(0);
    const picture = await chat.say({ text: '\u200b', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/p.png' }] });
    expect(visibleText(picture)).toContain(messages.unsupportedAttachment);
  });

  it('an empty message without an attachment asks for words, not about a picture', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    const replies = await chat.say({ text: '' });
    expect(visibleText(replies)).toContain(messages.emptyMessage);
    expect(visibleText(replies)).not.toContain(messages.unsupportedAttachment);
  });
});

describe('a faint is never brushed off', () => {
  it('"I passed out in the shower" gets the emergency question, not "I can only help with hip and back pain"', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('I passed out in the shower');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(0);
    expect(entities(replies, 'clinic.screen')).toHaveLength(1);
  });
});
