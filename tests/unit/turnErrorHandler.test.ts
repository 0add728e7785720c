// A turn that throws: the user is told plainly (with the emergency number), no stack trace or error
// text reaches them or the log, and the next message is served normally.
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createTurnErrorHandler } from '../../src/turnErrorHandler.ts';
import { realServices } from '../support/testBot.ts';

describe('the turn error handler', () => {
  it('apologises without details, logs no message text, and the next turn works', async () => {
    // A real pino logger (its default serializers print an error's message if given one).
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const apology = realServices().content.messages.error;
    let fail = true;
    const adapter = new TestAdapter(async (context) => {
      if (fail) throw new Error(`could not handle "${context.activity.text}"`);
      await context.sendActivity('fine');
    });
    adapter.onTurnError = createTurnErrorHandler(logger, apology, new ConversationState(new MemoryStorage()));

    await adapter.receiveActivity('my private symptoms');
    const [reply] = adapter.activeQueue.splice(0);
    expect(reply?.text).toBe(apology);
    expect(reply?.text).toContain(realServices().content.clinic.emergencyNumber);
    expect(reply?.text).not.toMatch(/at |Error|could not handle/);
    // Logged once, as a turn error with the error's kind, and without the message text.
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toEqual([expect.objectContaining({ event: 'turn_error', err: expect.objectContaining({ name: 'Error' }) })]);
    expect(lines.join('\n')).not.toContain('my private symptoms');
    expect(lines.join('\n')).not.toContain('could not handle');

    fail = false;
    await adapter.receiveActivity('hello again');
    expect(adapter.activeQueue.splice(0).map((a) => a.text)).toEqual(['fine']);
  });
});
