// A turn that throws: the user is told plainly (with the emergency number), no stack trace or error
// text reaches them or the log, and the next message is served normally.
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTurnErrorHandler } from '../../src/turnErrorHandler.ts';
import { realServices } from '../support/testBot.ts';

describe('the turn error handler', () => {
  it('apologises without details, logs no message text, and the next turn works', async () => {
    const logged: unknown[] = [];
    const logger = { error: (o: object) => logged.push(o), warn: (o: object) => logged.push(o) };
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
    expect(JSON.stringify(logged)).not.toContain('my private symptoms');

    fail = false;
    await adapter.receiveActivity('hello again');
    expect(adapter.activeQueue.splice(0).map((a) => a.text)).toEqual(['fine']);
  });
});
