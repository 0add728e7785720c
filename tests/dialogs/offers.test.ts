// The buttons just offered, as kept in conversation state (dialogs/offers.ts): a click finds exactly
// what was offered, from the compact form written now and from the plain map earlier versions wrote.
import { ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Offers, offerKey, packOffers, unpackOffers, type Offer, type OfferMap } from '../../dialogs/offers.ts';

const question = 'should I use a hot water bottle or an ice pack on my back';
function answerOffers(): OfferMap {
  const readMore: Offer = { kind: 'section', article: 'self-care', section: 'Heat or ice', full: true, via: 'read-more', question };
  const followUp: Offer = { kind: 'section', article: 'self-care', section: 'Gentle exercise', full: false, via: 'follow-up', question: 'Gentle exercise' };
  return {
    [offerKey('Read more: Heat or ice')]: readMore,
    [offerKey('Read more')]: readMore,
    [offerKey('Gentle exercise')]: followUp,
    [offerKey('Keep moving')]: followUp,
    helpful: { kind: 'feedback', vote: 'up', article: 'self-care', section: 'Heat or ice', question, via: 'direct' },
    'not helpful': { kind: 'feedback', vote: 'down', article: 'self-care', section: 'Heat or ice', question, via: 'direct' },
    'something else': { kind: 'dismiss' },
  };
}

async function inState(write: (offers: Offers, state: ConversationState, context: TurnContext) => Promise<void>) {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const offers = new Offers(state.createProperty('offers'));
  const adapter = new TestAdapter();
  const context = () => new TurnContext(adapter, { type: 'message', channelId: 'test', conversation: { id: 'c1' } as never, text: 'x' });
  const first = context();
  await state.load(first);
  await write(offers, state, first);
  await state.saveChanges(first);
  // A later turn reads what was saved.
  const later = context();
  await state.load(later);
  return { offers, later, stored: JSON.stringify(await storage.read(['test/conversations/c1/'])) };
}

describe('offers kept between turns', () => {
  it('every button text finds what it offered, with its question, after a save and a reload', async () => {
    const { offers, later } = await inState((o, _s, c) => o.set(c, answerOffers()));
    for (const [key, offer] of Object.entries(answerOffers())) expect(await offers.find(later, key)).toEqual(offer);
    expect(await offers.find(later, '  READ   more ')).toEqual(answerOffers()['read more']);
    expect(await offers.findFeedback(later, 'down', 'self-care', 'Heat or ice')).toEqual(answerOffers()['not helpful']);
    expect(await offers.find(later, 'constructor')).toBeUndefined();
    expect(await offers.find(later, 'gentle')).toBeUndefined();
  });

  it('is stored with each offer once and the shared question once', async () => {
    const { stored } = await inState((o, _s, c) => o.set(c, answerOffers()));
    expect(stored.split(question).length - 1).toBe(1);
    expect(stored.split('"Heat or ice"').length - 1).toBe(3);
    expect(stored.length).toBeLessThan(JSON.stringify(answerOffers()).length * 0.7);
  });

  it('a plain map written by an earlier version is still read', async () => {
    const { offers, later } = await inState(async (_o, state, c) => {
      (state.get(c) as Record<string, unknown>).offers = answerOffers();
    });
    expect(await offers.find(later, 'Read more')).toEqual(answerOffers()['read more']);
    expect(await offers.findFeedback(later, 'up', 'self-care', 'Heat or ice')).toEqual(answerOffers().helpful);
  });

  it('a tampered or broken stored form offers nothing instead of failing the turn', () => {
    const packed = packOffers(answerOffers());
    expect(unpackOffers({ ...packed, keys: { 'read more': 99, helpful: '0' as never, other: -1 } })).toEqual({});
    expect(unpackOffers(undefined)).toEqual({});
    expect(unpackOffers('nonsense' as never)).toEqual({});
    expect(unpackOffers(packOffers({}))).toEqual({});
  });

  it('after clear, nothing is found', async () => {
    const { offers, later } = await inState(async (o, _s, c) => {
      await o.set(c, answerOffers());
      await o.clear(c);
    });
    expect(await offers.find(later, 'read more')).toBeUndefined();
  });
});
