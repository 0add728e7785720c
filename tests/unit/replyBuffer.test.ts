// Replies are held until the turn's state is saved: what the patient sees is the reply as it was
// when the dialog sent it, even if the dialog goes on to change the objects it built.
import { describe, expect, it } from 'vitest';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { ReplyBuffer } from '../../src/turn/replyBuffer.ts';

/** A turn whose ReplyBuffer is set up as the bot sets it up (first); `sent` is what gets past it. */
function turn(): { context: TurnContext; replies: ReplyBuffer; sent: Partial<Activity>[] } {
  const sent: Partial<Activity>[] = [];
  const adapter = new TestAdapter(async () => undefined);
  const context = new TurnContext(adapter, { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c' } as Activity['conversation'], from: { id: 'u', name: 'u' }, recipient: { id: 'b', name: 'b' } });
  const replies = new ReplyBuffer(context);
  context.onSendActivities(async (_ctx, activities, next) => {
    sent.push(...activities);
    return next();
  });
  return { context, replies, sent };
}

describe('ReplyBuffer', () => {
  it('holds replies until flushed, and sends them as they were when the dialog sent them', async () => {
    const { context, replies, sent } = turn();
    const card = { contentType: 'application/vnd.microsoft.card.hero', content: { buttons: [{ type: 'imBack', title: 'Yes', value: 'yes' }] } };
    const at = new Date('2026-12-02T10:00:00Z');
    await context.sendActivity({ type: 'message', text: 'Is that right?', attachments: [card], localTimestamp: at });
    expect(sent).toHaveLength(0);
    expect(context.responded).toBe(true);
    // The dialog changes what it built after sending it.
    card.content.buttons[0]!.title = 'Changed';
    card.content.buttons.push({ type: 'imBack', title: 'Added', value: 'x' });
    at.setFullYear(2000);
    await replies.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.attachments![0]!.content.buttons).toEqual([{ type: 'imBack', title: 'Yes', value: 'yes' }]);
    expect((sent[0]!.localTimestamp as Date).toISOString()).toBe('2026-12-02T10:00:00.000Z');
  });

  it('drops what it held when the turn is replayed, and sends straight out after a flush', async () => {
    const { context, replies, sent } = turn();
    await context.sendActivity('first try');
    replies.discard();
    expect(context.responded).toBe(false);
    await context.sendActivity('second try');
    await replies.flush();
    await context.sendActivity('after the flush');
    expect(sent.map((a) => a.text)).toEqual(['second try', 'after the flush']);
  });

  it('keeps a field named "__proto__" as a field', async () => {
    const { context, replies, sent } = turn();
    const value = JSON.parse('{"__proto__": {"polluted": true}, "kind": "offer"}') as Record<string, unknown>;
    await context.sendActivity({ type: 'message', text: 'x', value });
    await replies.flush();
    const copied = sent[0]!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
    expect(Object.keys(copied)).toEqual(['__proto__', 'kind']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
