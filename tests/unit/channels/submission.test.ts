import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, readNumberedSelection, readSubmission } from '../../../src/channels/index.ts';

const message = (fields: Partial<Activity>): Partial<Activity> => ({ type: 'message', channelId: 'webchat', ...fields });
const card = (value: unknown, channelId = 'webchat'): Partial<Activity> => message({ channelId, value });

describe('readSubmission: typed text', () => {
  it('returns what the user typed, trimmed', () => {
    expect(readSubmission(message({ text: '  my back hurts ' }))).toEqual({ kind: 'text', text: 'my back hurts' });
  });

  it('treats blank messages and non-message activities as empty', () => {
    expect(readSubmission(message({ text: '   ' }))).toEqual({ kind: 'empty' });
    expect(readSubmission(message({}))).toEqual({ kind: 'empty' });
    expect(readSubmission({ type: 'conversationUpdate', channelId: 'webchat' })).toEqual({ kind: 'empty' });
  });

  it(`refuses text over ${MAX_TEXT_LENGTH} characters as too long, and accepts exactly that many`, () => {
    expect(readSubmission(message({ text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }))).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(readSubmission(message({ text: 'a'.repeat(MAX_TEXT_LENGTH) })).kind).toBe('text');
  });

  it('keeps text with braces that is not one of our payloads', () => {
    expect(readSubmission(message({ text: '{my hip} hurts' }))).toEqual({ kind: 'text', text: '{my hip} hurts' });
    expect(readSubmission(message({ text: '{"action": broken' }))).toEqual({ kind: 'text', text: '{"action": broken' });
  });
});

describe('readSubmission: Adaptive Card submissions', () => {
  it('reads a choice', () => {
    expect(readSubmission(card({ action: 'choice', value: 'Lower back' }))).toEqual({ kind: 'choice', value: 'Lower back' });
  });

  it('reads a checklist as its ticked values', () => {
    expect(readSubmission(card({ action: 'multi', selected: 'fever,weight-loss' }))).toEqual({
      kind: 'multi',
      values: ['fever', 'weight-loss'],
    });
  });

  it('says so when a checklist comes back with nothing ticked', () => {
    expect(readSubmission(card({ action: 'multi', selected: '' }))).toEqual({ kind: 'invalid', reason: 'nothing-selected' });
    expect(readSubmission(card({ action: 'multi' }))).toEqual({ kind: 'invalid', reason: 'nothing-selected' });
  });

  it('reads feedback with its article and section', () => {
    expect(readSubmission(card({ action: 'feedback', vote: 'down', article: 'sciatica', section: 'What helps' }))).toEqual({
      kind: 'feedback',
      vote: 'down',
      article: 'sciatica',
      section: 'What helps',
    });
  });

  it.each([
    ['an unknown action', { action: 'delete-everything' }],
    ['no action', { value: 'Hip' }],
    ['an empty object', {}],
    ['a vote that is not up or down', { action: 'feedback', vote: 'sideways', article: 'a', section: 'b' }],
    ['feedback without its article', { action: 'feedback', vote: 'up', section: 'b' }],
    ['a choice that is not text', { action: 'choice', value: { $ne: null } }],
    ['an empty choice', { action: 'choice', value: '   ' }],
    ['a checklist that is not text', { action: 'multi', selected: ['a', 'b'] }],
  ])('turns %s into invalid / unknown-shape', (_what, value) => {
    expect(readSubmission(card(value))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
  });

  it('turns an oversized choice into invalid / too-long', () => {
    expect(readSubmission(card({ action: 'choice', value: 'x'.repeat(MAX_TEXT_LENGTH + 1) }))).toEqual({
      kind: 'invalid',
      reason: 'too-long',
    });
  });

  it('rejects values that were not offered when the offered ones are given', () => {
    const offered = ['Hip', 'Lower back'];
    expect(readSubmission(card({ action: 'choice', value: 'Hip' }), offered)).toEqual({ kind: 'choice', value: 'Hip' });
    expect(readSubmission(card({ action: 'choice', value: 'Knee' }), offered)).toEqual({ kind: 'invalid', reason: 'unknown-value' });
    expect(readSubmission(card({ action: 'multi', selected: 'Hip,Elbow' }), offered)).toEqual({ kind: 'invalid', reason: 'unknown-value' });
  });

  it('prefers the card data to text sent beside it (a button label)', () => {
    const activity = message({ text: 'Hip', value: { action: 'choice', value: 'hip' } });
    expect(readSubmission(activity)).toEqual({ kind: 'choice', value: 'hip' });
  });

  it('reads the text when the value is not card data (other integrations)', () => {
    expect(readSubmission(message({ text: 'hello', value: { something: 'else' } }))).toEqual({ kind: 'text', text: 'hello' });
  });
});

describe('readSubmission: msteams', () => {
  it('removes the msteams wrapper from card data', () => {
    const value = { msteams: { type: 'messageBack', displayText: 'Hip' }, action: 'choice', value: 'Hip' };
    expect(readSubmission(card(value, 'msteams'))).toEqual({ kind: 'choice', value: 'Hip' });
  });

  it('reads a wrapped messageBack value', () => {
    const value = { msteams: { type: 'messageBack', value: { action: 'choice', value: 'Groin' } } };
    expect(readSubmission(card(value, 'msteams'))).toEqual({ kind: 'choice', value: 'Groin' });
  });

  it('reads a wrapped imBack as text', () => {
    expect(readSubmission(card({ msteams: { type: 'imBack', value: 'Buttock' } }, 'msteams'))).toEqual({ kind: 'text', text: 'Buttock' });
  });

  it('drops the @mention of the bot from group-chat text', () => {
    const activity = message({
      channelId: 'msteams',
      text: '<at>Clinic Bot</at> what helps sciatica?',
      recipient: { id: 'bot-1', name: 'Clinic Bot' },
      entities: [{ type: 'mention', mentioned: { id: 'bot-1', name: 'Clinic Bot' }, text: '<at>Clinic Bot</at>' }],
    });
    expect(readSubmission(activity)).toEqual({ kind: 'text', text: 'what helps sciatica?' });
  });
});

describe('readSubmission: facebook', () => {
  const payload = (data: object) => JSON.stringify(data);

  it('reads a postback payload as the text', () => {
    const activity = message({ channelId: 'facebook', text: 'Check my symptoms', channelData: { postback: { payload: 'Check my symptoms' } } });
    expect(readSubmission(activity)).toEqual({ kind: 'text', text: 'Check my symptoms' });
  });

  it('prefers a quick reply payload to its visible title', () => {
    const feedback = { action: 'feedback', vote: 'up', article: 'sciatica', section: 'What helps' };
    const activity = message({ channelId: 'facebook', text: '👍 Helpful', channelData: { message: { quick_reply: { payload: payload(feedback) } } } });
    expect(readSubmission(activity)).toEqual({ kind: 'feedback', vote: 'up', article: 'sciatica', section: 'What helps' });
  });

  it('reads a feedback payload that arrives as text', () => {
    const text = payload({ action: 'feedback', vote: 'down', article: 'hip-pain', section: 'Causes' });
    expect(readSubmission(message({ channelId: 'facebook', text }))).toEqual({ kind: 'feedback', vote: 'down', article: 'hip-pain', section: 'Causes' });
  });

  it('turns a tampered payload into invalid', () => {
    const text = payload({ action: 'feedback', vote: 'maybe', article: 'hip-pain', section: 'Causes' });
    expect(readSubmission(message({ channelId: 'facebook', text }))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
  });

  it('ignores channel data of an unexpected shape', () => {
    const activity = message({ channelId: 'facebook', text: 'hello', channelData: { postback: { payload: 42 } } });
    expect(readSubmission(activity)).toEqual({ kind: 'text', text: 'hello' });
  });
});

describe('readNumberedSelection', () => {
  const options = [
    { title: 'Fever or chills', value: 'fever' },
    { title: 'Weight loss', value: 'weight-loss' },
    { title: 'Pain at night', value: 'night-pain' },
    { title: 'None of these', value: 'none' },
  ];

  it.each([
    ['1, 3', ['fever', 'night-pain']],
    ['2 and 1', ['weight-loss', 'fever']],
    ['3;3', ['night-pain']],
    ['4', ['none']],
    ['none of these', ['none']],
    ['Weight loss', ['weight-loss']],
  ])('reads "%s"', (typed, values) => {
    expect(readNumberedSelection(typed, options)).toEqual(values);
  });

  it.each(['5', '0', '1, banana', 'my back hurts', ''])('does not guess from "%s"', (typed) => {
    expect(readNumberedSelection(typed, options)).toBeUndefined();
  });
});

// Cases written against mutation testing (README, "Eighth round"): card data and payloads the bot never
// sends, read the way the dialog then acts on them.
describe('readSubmission: tampered or unusual submissions', () => {
  it('an oversized checklist is too long; an oversized feedback article or section is a shape we never send', () => {
    expect(readSubmission(card({ action: 'multi', selected: 'a,'.repeat(MAX_TEXT_LENGTH) }))).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(readSubmission(card({ action: 'feedback', vote: 'up', article: 'a'.repeat(201), section: 'b' }))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
    expect(readSubmission(card({ action: 'feedback', vote: 'up', article: 'a', section: 's'.repeat(301) }))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
    // The longest article and section the bot's own cards can carry are still read.
    expect(readSubmission(card({ action: 'feedback', vote: 'up', article: 'a'.repeat(200), section: 's'.repeat(300) })).kind).toBe('feedback');
    expect(readSubmission(card({ action: 'feedback', vote: 'up', article: '  ', section: 'b' }))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
    expect(readSubmission(card({ action: 'feedback', vote: 'up', article: 'a', section: '  ' }))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
  });

  it('a checklist\'s values are trimmed, blanks dropped and repeats read once', () => {
    expect(readSubmission(card({ action: 'multi', selected: ' fever , ,fever,night-pain ' }))).toEqual({ kind: 'multi', values: ['fever', 'night-pain'] });
    expect(readSubmission(card({ action: 'multi', selected: ' , ' }))).toEqual({ kind: 'invalid', reason: 'nothing-selected' });
    expect(readSubmission(card({ action: 'multi', selected: 'Hip,Lower back' }), ['Hip', 'Lower back'])).toEqual({ kind: 'multi', values: ['Hip', 'Lower back'] });
  });

  it('a choice is trimmed; a card with no action and no text beside it is a shape we never send', () => {
    expect(readSubmission(card({ action: 'choice', value: '  Hip ' }))).toEqual({ kind: 'choice', value: 'Hip' });
    expect(readSubmission(card({ value: 'Hip' }))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
    expect(readSubmission(card(['choice', 'Hip']))).toEqual({ kind: 'empty' });
    expect(readSubmission(card(null))).toEqual({ kind: 'empty' });
  });

  it('a string value is read as text only when nothing was typed', () => {
    expect(readSubmission(card('  my hip hurts '))).toEqual({ kind: 'text', text: 'my hip hurts' });
    expect(readSubmission(message({ text: 'typed', value: 'sent' }))).toEqual({ kind: 'text', text: 'typed' });
  });

  it('an activity without a type is a message; text that is not a string is nothing typed', () => {
    expect(readSubmission({ channelId: 'webchat', text: 'hello' })).toEqual({ kind: 'text', text: 'hello' });
    expect(readSubmission(message({ text: 42 as unknown as string }))).toEqual({ kind: 'empty' });
  });

  it('the length limit given by the configuration is the one applied, to typed text and to a payload sent as text', () => {
    expect(readSubmission(message({ text: 'abcdef' }), undefined, 5)).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(readSubmission(message({ text: 'abcde' }), undefined, 5)).toEqual({ kind: 'text', text: 'abcde' });
  });

  it('a payload sent as text is held to the offered values too; text that only mentions "action" stays text', () => {
    const text = JSON.stringify({ action: 'choice', value: 'Knee' });
    expect(readSubmission(message({ text }), ['Hip'])).toEqual({ kind: 'invalid', reason: 'unknown-value' });
    expect(readSubmission(message({ text: JSON.stringify({ action: 'choice', value: 'Hip' }) }), ['Hip'])).toEqual({ kind: 'choice', value: 'Hip' });
    expect(readSubmission(message({ text: 'what "action" should I take?' }))).toEqual({ kind: 'text', text: 'what "action" should I take?' });
    expect(readSubmission(message({ text: '{"value": "Hip"}' }))).toEqual({ kind: 'text', text: '{"value": "Hip"}' });
    expect(readSubmission(message({ text: '{"action": "nothing-we-send"}' }))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
  });

  it('Messenger channel data is read only on Messenger; a postback comes before a quick reply', () => {
    const channelData = { postback: { payload: 'Check my symptoms' } };
    expect(readSubmission(message({ channelId: 'webchat', text: 'hello', channelData }))).toEqual({ kind: 'text', text: 'hello' });
    const both = { postback: { payload: 'from the postback' }, message: { quick_reply: { payload: 'from the quick reply' } } };
    expect(readSubmission(message({ channelId: 'facebook', text: 'title', channelData: both }))).toEqual({ kind: 'text', text: 'from the postback' });
    expect(readSubmission(message({ channelId: 'facebook', text: 'title', channelData: { message: { text: 'x' } } }))).toEqual({ kind: 'text', text: 'title' });
    expect(readSubmission(message({ channelId: 'facebook', text: 'title' }))).toEqual({ kind: 'text', text: 'title' });
  });

  it('Teams: the mention is removed only on Teams, only with a recipient, and the activity is left as it came', () => {
    const mention = { type: 'mention', mentioned: { id: 'bot-1', name: 'Clinic Bot' }, text: '<at>Clinic Bot</at>' };
    const teams = message({ channelId: 'msteams', text: '<at>Clinic Bot</at> hello', recipient: { id: 'bot-1', name: 'Clinic Bot' }, entities: [mention] });
    expect(readSubmission(teams)).toEqual({ kind: 'text', text: 'hello' });
    expect(teams.text).toBe('<at>Clinic Bot</at> hello');
    const noRecipient = message({ channelId: 'msteams', text: '<at>Clinic Bot</at> hello', entities: [mention] });
    expect(readSubmission(noRecipient)).toEqual({ kind: 'text', text: '<at>Clinic Bot</at> hello' });
    const webchat = message({ channelId: 'webchat', text: '<at>Clinic Bot</at> hello', recipient: { id: 'bot-1', name: 'Clinic Bot' }, entities: [mention] });
    expect(readSubmission(webchat)).toEqual({ kind: 'text', text: '<at>Clinic Bot</at> hello' });
  });

  it('Teams wrappers we never send: an imBack that is not text, a value that is a list or missing', () => {
    expect(readSubmission(card({ msteams: { type: 'imBack', value: { action: 'choice', value: 'Hip' } } }, 'msteams'))).toEqual({ kind: 'choice', value: 'Hip' });
    expect(readSubmission(card({ msteams: { type: 'messageBack', value: ['a'] }, action: 'choice', value: 'Hip' }, 'msteams'))).toEqual({ kind: 'choice', value: 'Hip' });
    expect(readSubmission(card({ msteams: { type: 'messageBack', value: null }, action: 'choice', value: 'Hip' }, 'msteams'))).toEqual({ kind: 'choice', value: 'Hip' });
    expect(readSubmission(card({ msteams: { type: 'messageBack', value: { action: 'choice', value: 'Groin' } }, action: 'choice', value: 'Hip' }, 'msteams'))).toEqual({ kind: 'choice', value: 'Groin' });
    // A wrapper of another shape is not unwrapped: the data is read as it came.
    expect(readSubmission(card({ msteams: 'imBack', action: 'choice', value: 'Hip' }, 'msteams'))).toEqual({ kind: 'choice', value: 'Hip' });
    expect(readSubmission(card({ msteams: { type: 'imBack', value: 'Buttock', text: 7 } }, 'msteams'))).toEqual({ kind: 'invalid', reason: 'unknown-shape' });
  });
});

describe('readSubmission: more shapes we never send (second pass of the eighth round)', () => {
  it('an activity that is not a message is empty even with text; a typing or event activity is not read as words', () => {
    expect(readSubmission({ type: 'conversationUpdate', channelId: 'webchat', text: 'I cannot feel my legs' })).toEqual({ kind: 'empty' });
    expect(readSubmission({ type: 'event', channelId: 'webchat', text: 'hello', value: { action: 'choice', value: 'Hip' } })).toEqual({ kind: 'empty' });
  });

  it('Messenger channel data with neither a postback nor a quick reply: the typed text', () => {
    expect(readSubmission(message({ channelId: 'facebook', text: 'hello', channelData: {} }))).toEqual({ kind: 'text', text: 'hello' });
  });

  it('Teams: a wrapped imBack is trimmed; a messageBack whose value is text is not read as typed text', () => {
    expect(readSubmission(card({ msteams: { type: 'imBack', value: '  Buttock ' } }, 'msteams'))).toEqual({ kind: 'text', text: 'Buttock' });
    expect(readSubmission(card({ msteams: { type: 'messageBack', value: 'Buttock' }, action: 'choice', value: 'Hip' }, 'msteams'))).toEqual({ kind: 'choice', value: 'Hip' });
  });
});
