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
    await context.sendActivity({ type: 'message', text: 'Is that right?', attachments: [card], localTimestamp: at, value: { choice: null } });
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
    expect(sent[0]!.value).toEqual({ choice: null });
  });

  it('gives a held reply no id: the channel has not given it one yet', async () => {
    const { context, replies, sent } = turn();
    expect(await context.sendActivity('Is that right?')).toBeUndefined();
    await replies.flush();
    expect(sent.map((a) => a.text)).toEqual(['Is that right?']);
  });

  it('refuses a reply that contains itself when it is sent (it could never go out as JSON), and holds nothing of it', async () => {
    const { context, replies, sent } = turn();
    const value: Record<string, unknown> = { kind: 'offer' };
    value.options = [{ kind: 'option', offer: value }];
    await expect(context.sendActivity({ type: 'message', text: 'x', value })).rejects.toThrow();
    expect(context.responded).toBe(false);
    await context.sendActivity('after it');
    await replies.flush();
    expect(sent.map((a) => a.text)).toEqual(['after it']);
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

  it("an invoke's response goes straight out: it is the HTTP answer, never held", async () => {
    const { context, sent } = turn();
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } });
    expect(sent.map((a) => a.type)).toEqual(['invokeResponse']);
    // Sent together with a message, it still goes out at once.
    await context.sendActivities([{ type: 'message', text: 'x' }, { type: 'invokeResponse', value: { status: 200 } }]);
    expect(sent.map((a) => a.type)).toEqual(['invokeResponse', 'message', 'invokeResponse']);
  });

  it('a trace alone does not count as having answered; it is held and sent like any reply', async () => {
    const { context, replies, sent } = turn();
    await context.sendActivity({ type: 'trace', name: 'debug', value: 1 });
    expect(context.responded).toBe(false);
    expect(sent).toHaveLength(0);
    await replies.flush();
    expect(sent.map((a) => a.type)).toEqual(['trace']);
  });

  it('a message sent together with a trace counts as having answered', async () => {
    const { context } = turn();
    await context.sendActivities([{ type: 'trace', name: 'debug' }, { type: 'message', text: 'x' }]);
    expect(context.responded).toBe(true);
  });

  it('a second flush sends nothing again', async () => {
    const { context, replies, sent } = turn();
    await context.sendActivity('once');
    await replies.flush();
    await replies.flush();
    expect(sent.map((a) => a.text)).toEqual(['once']);
  });

  it('once flushed, discarding does not unsay what went out', async () => {
    const { context, replies } = turn();
    await context.sendActivity('sent');
    await replies.flush();
    replies.discard();
    expect(context.responded).toBe(true);
  });

  it('a reply holding what cannot be cloned (an object with a function in it) still goes out, with its data', async () => {
    class Offer {
      kind = 'offer';
      format = () => 'x';
    }
    const { context, replies, sent } = turn();
    const channelData = new Offer();
    await context.sendActivity({ type: 'message', text: 'x', channelData });
    channelData.kind = 'changed';
    await replies.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe('x');
    expect(sent[0]!.channelData).toEqual({ kind: 'offer' });
  });

  it('a class instance inside a reply is copied as it was when sent', async () => {
    class Place {
      constructor(public name: string) {}
    }
    const { context, replies, sent } = turn();
    const place = new Place('Leeds');
    await context.sendActivity({ type: 'message', text: 'x', value: { place } });
    place.name = 'changed';
    await replies.flush();
    expect((sent[0]!.value as { place: { name: string } }).place.name).toBe('Leeds');
  });
});

