import { describe, expect, it } from 'vitest';
import { channelCapabilities, choiceLayout } from '../../../src/channels/index.ts';

describe('channelCapabilities', () => {
  it.each([
    ['webchat', '1.6'],
    ['directline', '1.6'],
    ['emulator', '1.6'],
  ] as const)('%s: Adaptive Cards %s, suggested actions, Markdown', (channel, version) => {
    const caps = channelCapabilities(channel);
    expect(caps.adaptiveCards).toBe(version);
    expect(caps.suggestedActions).toBe(true);
    expect(caps.maxSuggestedActions).toBeGreaterThanOrEqual(13);
    expect(caps.maxCardButtons).toBeGreaterThanOrEqual(6);
    expect(caps.markdown).toBe(true);
  });

  it('msteams: Adaptive Cards 1.5, no suggested actions, 6 hero-card buttons', () => {
    expect(channelCapabilities('msteams')).toEqual({
      adaptiveCards: '1.5',
      suggestedActions: false,
      maxSuggestedActions: 0,
      maxCardButtons: 6,
      maxButtonTitle: 20,
      markdown: true,
    });
  });

  it('facebook: no Adaptive Cards, 13 quick replies of ≤ 20 characters, 3 card buttons, no Markdown', () => {
    expect(channelCapabilities('facebook')).toEqual({
      adaptiveCards: false,
      suggestedActions: true,
      maxSuggestedActions: 13,
      maxCardButtons: 3,
      maxButtonTitle: 20,
      markdown: false,
    });
  });

  it('an unknown channel gets plain text only', () => {
    const caps = channelCapabilities('some-unknown-channel');
    expect(caps).toMatchObject({ adaptiveCards: false, suggestedActions: false, maxCardButtons: 0, markdown: false });
  });
});

describe('choiceLayout', () => {
  it.each([
    ['webchat', 4, 12, 'suggested-actions'],
    ['webchat', 4, 35, 'adaptive-card'],
    ['msteams', 6, 12, 'hero-card'],
    ['msteams', 7, 12, 'adaptive-card'],
    ['msteams', 3, 35, 'adaptive-card'],
    ['facebook', 13, 20, 'suggested-actions'],
    ['facebook', 14, 10, 'numbered-list'],
    ['facebook', 3, 21, 'numbered-list'],
    ['some-unknown-channel', 2, 5, 'numbered-list'],
  ] as const)('%s with %i choices of up to %i characters → %s', (channel, count, longest, layout) => {
    expect(choiceLayout(channelCapabilities(channel), count, longest)).toBe(layout);
  });
});
