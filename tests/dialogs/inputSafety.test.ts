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
