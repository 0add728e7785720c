// Buttons under a message on channels without Adaptive Cards (src/channels/buttons.ts), with the
// channel's capabilities given by hand so that each limit is tested at its edge. Written against
// mutation testing (README, "Eighth round"); render.test.ts checks the real channels.
import type { CardAction } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { keepMostImportant, textWithButtons, type OfferedButton } from '../../../src/channels/buttons.ts';
import type { ChannelCapabilities } from '../../../src/channels/capabilities.ts';

const caps = (over: Partial<ChannelCapabilities>): ChannelCapabilities => ({
  adaptiveCards: false,
  suggestedActions: false,
  maxSuggestedActions: 0,
  maxCardButtons: 0,
  maxButtonTitle: 20,
  markdown: false,
  ...over,
});
const button = (title: string, priority: number, type = 'imBack', value = title): OfferedButton => ({
  action: { type, title, value } as CardAction,
  typed: type === 'imBack' ? title : `${title}: ${value}`,
  priority,
});
const A = button('Contact the clinic', 2);
const B = button('Heat or ice', 0);
const C = button('Exercises', 1);
const CALL = button('Call 999', 0, 'call', 'tel:999');
const LINK = button('Book', 1, 'openUrl', 'https://clinic.example/book');

describe('keepMostImportant', () => {
  it('keeps the lowest priority numbers, in the order they were offered', () => {
    expect(keepMostImportant([A, B, C], 2)).toEqual([B, C]);
    expect(keepMostImportant([A, B, C], 1)).toEqual([B]);
    expect(keepMostImportant([A, B, C], 3)).toEqual([A, B, C]);
    expect(keepMostImportant([A, B, C], 10)).toEqual([A, B, C]);
  });

  it('keeps none for a limit of 0 or below, and leaves what it was given alone', () => {
    const offered = [A, B, C];
    expect(keepMostImportant(offered, 0)).toEqual([]);
    expect(keepMostImportant(offered, -1)).toEqual([]);
    expect(offered).toEqual([A, B, C]);
  });
});

describe('textWithButtons', () => {
  it('quick replies when every button is clickable: the most important ones, titles shortened, Markdown where rendered', () => {
    const long = button('Is it safe to exercise with sciatica?', 3);
    const activity = textWithButtons(caps({ suggestedActions: true, maxSuggestedActions: 2, markdown: true }), 'Hello', [A, B, C, long], 'Title');
    expect(activity.text).toBe('Hello');
    expect(activity.textFormat).toBe('markdown');
    expect(activity.suggestedActions!.actions.map((a) => a.title)).toEqual(['Heat or ice', 'Exercises']);
    const all = textWithButtons(caps({ suggestedActions: true, maxSuggestedActions: 5 }), 'Hello', [long], 'Title');
    expect(all.textFormat).toBe('plain');
    expect(all.suggestedActions!.actions[0]!.title.length).toBeLessThanOrEqual(20);
    expect(all.suggestedActions!.actions[0]!.value).toBe(long.action.value);
    expect(all.attachments ?? []).toEqual([]);
  });

  it('a call or a link cannot be a quick reply: all the buttons go on a card, with its title, up to its limit', () => {
    for (const link of [CALL, LINK]) {
      const activity = textWithButtons(caps({ suggestedActions: true, maxSuggestedActions: 10, maxCardButtons: 2 }), 'Hello', [A, link, C], 'The card');
      expect(activity.suggestedActions).toBeUndefined();
      expect(activity.text).toBe('Hello');
      expect(activity.textFormat).toBe('plain');
      const card = activity.attachments![0]!.content as { title: string; buttons: CardAction[] };
      expect(card.title).toBe('The card');
      expect(card.buttons.map((b) => b.title)).toEqual([link.action.title, 'Exercises']);
    }
  });

  it('a card when the channel has no quick replies; the card\'s titles shortened', () => {
    const long = button('Is it safe to exercise with sciatica?', 0);
    const activity = textWithButtons(caps({ maxCardButtons: 3, markdown: true }), 'Hello', [long, A], 'The card');
    expect(activity.textFormat).toBe('markdown');
    const card = activity.attachments![0]!.content as { buttons: CardAction[] };
    expect(card.buttons).toHaveLength(2);
    expect(card.buttons[0]!.title.length).toBeLessThanOrEqual(20);
    expect(card.buttons[0]!.title).toMatch(/…$/);
    expect(card.buttons[0]!.value).toBe(long.action.value);
  });

  it('no buttons at all: the text alone, with no card and no list', () => {
    for (const c of [caps({ maxCardButtons: 3 }), caps({}), caps({ suggestedActions: true, maxSuggestedActions: 3 })]) {
      const activity = textWithButtons(c, 'Hello', [], 'The card');
      expect(activity.text).toBe('Hello');
      expect(activity.attachments ?? []).toEqual([]);
      expect(activity.suggestedActions?.actions ?? []).toEqual([]);
    }
  });

  it('a channel with neither: the phrases to type as a list under the text, every one of them', () => {
    const plain = textWithButtons(caps({}), 'Hello', [A, CALL, B], 'The card');
    expect(plain.text).toBe('Hello\n\n• Contact the clinic\n• Call 999: tel:999\n• Heat or ice');
    expect(plain.textFormat).toBe('plain');
    expect(plain.attachments ?? []).toEqual([]);
    expect(textWithButtons(caps({ markdown: true }), 'Hello', [A], 'The card').text).toBe('Hello\n\n- Contact the clinic');
  });
});
