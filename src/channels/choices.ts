// Questions with buttons. A click arrives as text (imBack: the choice's value) or, from an
// Adaptive Card, as `{ action: 'choice' | 'multi', … }` data; readSubmission reads both.
import { ActionTypes, CardFactory, InputHints, MessageFactory } from 'botbuilder';
import type { Activity, CardAction } from 'botbuilder';
import { ChoiceFactory } from '../../dialogs/sdk.ts';
import type { Choice } from 'botbuilder-dialogs';
import { actionRows, adaptiveCardAttachment, submit, text as textBlock } from './adaptiveCard.ts';
import type { ChoiceSetInput } from './adaptiveCard.ts';
import { channelCapabilities, choiceLayout } from './capabilities.ts';
import type { AdaptiveCardVersion, ChannelCapabilities } from './capabilities.ts';
import { CHOICE_INPUT_ID, SELECTION_INPUT_ID } from './submission.ts';
import { forChannel, paragraphs } from './text.ts';

/** One option: `title` is shown, `value` is the text the bot understands (sent back on click). */
export interface ChoiceOption {
  title: string;
  value: string;
}

export interface RenderChoicesOptions {
  /** SSML or plain text for speech clients. */
  speak?: string;
}

/** Words on a choice card; they come from content/messages.yaml. */
export interface ChoiceCardCopy {
  /** Submit button of an Adaptive Card ("Send"). */
  submit: string;
  /** Shown by the card when submitted with nothing chosen ("Please choose one."). */
  required: string;
  /** Under a typed checklist: how to answer ("Type the numbers that apply, like 1, 3."). */
  typeNumbers: string;
}

export interface RenderChoiceCardOptions {
  /** Tick several (checklist) or pick one. */
  multiSelect: boolean;
  /** The "none of these" option, listed last; a checklist needs one so "nothing" is a clear answer. */
  none?: ChoiceOption;
  copy: ChoiceCardCopy;
  speak?: string;
}

/** More options than this in a single-select choice set become a dropdown rather than radio buttons. */
const MAX_EXPANDED_OPTIONS = 8;

function imBack(option: ChoiceOption): CardAction {
  return { type: ActionTypes.ImBack, title: option.title, value: option.value };
}

function longestTitle(choices: readonly ChoiceOption[]): number {
  return Math.max(0, ...choices.map((c) => c.title.length));
}

function numberedList(caps: ChannelCapabilities, text: string, choices: readonly ChoiceOption[], speak?: string): Partial<Activity> {
  const list: Choice[] = choices.map((c) => ({ value: c.value, action: imBack(c) }));
  const activity = ChoiceFactory.list(list, forChannel(caps, text), speak);
  return caps.markdown ? activity : { ...activity, textFormat: 'plain' };
}

function choiceSetCard(
  version: AdaptiveCardVersion,
  text: string,
  choices: readonly ChoiceOption[],
  multiSelect: boolean,
  copy: ChoiceCardCopy,
  speak?: string,
): Partial<Activity> {
  const input: ChoiceSetInput = {
    type: 'Input.ChoiceSet',
    id: multiSelect ? SELECTION_INPUT_ID : CHOICE_INPUT_ID,
    label: text,
    choices: choices.map((c) => ({ title: c.title, value: c.value })),
    style: multiSelect || choices.length <= MAX_EXPANDED_OPTIONS ? 'expanded' : 'compact',
    isMultiSelect: multiSelect,
    wrap: true,
    isRequired: true,
    errorMessage: copy.required,
  };
  const fallback = [text, ...choices.map((c, i) => `${i + 1}. ${c.title}`)].join('\n');
  const attachment = adaptiveCardAttachment(
    version,
    [input],
    [submit(copy.submit, multiSelect ? { action: 'multi' } : { action: 'choice' })],
    fallback,
  );
  return MessageFactory.attachment(attachment, undefined, speak, InputHints.ExpectingInput);
}

/**
 * Adaptive Card with one Action.Submit per choice, for card channels where a hero card cannot
 * hold them: in rows of at most `maxCardButtons` (and 5), or one a row when titles are long so
 * each gets the card's full width.
 */
function buttonCard(
  caps: ChannelCapabilities,
  version: AdaptiveCardVersion,
  text: string,
  choices: readonly ChoiceOption[],
  speak?: string,
): Partial<Activity> {
  const perRow = longestTitle(choices) > caps.maxButtonTitle ? 1 : caps.maxCardButtons;
  const rows = actionRows(choices.map((c) => submit(c.title, { action: 'choice', value: c.value })), perRow);
  const fallback = [text, ...choices.map((c, i) => `${i + 1}. ${c.title}`)].join('\n');
  const attachment = adaptiveCardAttachment(version, [textBlock(text), ...rows], [], fallback);
  return MessageFactory.attachment(attachment, undefined, speak, InputHints.ExpectingInput);
}

/**
 * A question with one-click answers, shaped for the channel (see `choiceLayout`):
 * suggested actions (webchat, directline, emulator, facebook quick replies); a hero card with up
 * to 6 buttons (msteams); an Adaptive Card with Action.Submit buttons when a hero card cannot hold them;
 * otherwise "1. … 2. …" to answer by typing (unknown channels, long titles on facebook).
 * Buttons are imBack with `value`, so a click reads exactly like typing the value.
 */
export function renderChoices(
  channelId: string,
  text: string,
  choices: readonly ChoiceOption[],
  opts: RenderChoicesOptions = {},
): Partial<Activity> {
  const caps = channelCapabilities(channelId);
  const question = forChannel(caps, text);
  switch (choiceLayout(caps, choices.length, longestTitle(choices))) {
    case 'suggested-actions': {
      const activity = ChoiceFactory.suggestedAction(
        choices.map((c) => ({ value: c.value, action: imBack(c) })),
        question,
        opts.speak,
      );
      return caps.markdown ? activity : { ...activity, textFormat: 'plain' };
    }
    case 'hero-card':
      return MessageFactory.attachment(
        CardFactory.heroCard('', question, undefined, choices.map(imBack)),
        undefined,
        opts.speak,
        InputHints.ExpectingInput,
      );
    case 'adaptive-card':
    case 'numbered-list':
      // choiceLayout picks 'adaptive-card' only where caps.adaptiveCards is a version.
      return caps.adaptiveCards
        ? buttonCard(caps, caps.adaptiveCards, text, choices, opts.speak)
        : numberedList(caps, text, choices, opts.speak);
  }
}

/**
 * A question answered on a card: an Adaptive Card choice set (checkboxes when `multiSelect`)
 * with one submit button where Adaptive Cards render. Elsewhere, a single choice falls back to
 * `renderChoices`; a checklist becomes a numbered list to answer by typing ("1, 3"; read it with
 * `readNumberedSelection`), with "none of these" last and, where quick replies exist, one tap away.
 */
export function renderChoiceCard(
  channelId: string,
  text: string,
  choices: readonly ChoiceOption[],
  opts: RenderChoiceCardOptions,
): Partial<Activity> {
  const caps = channelCapabilities(channelId);
  const all = opts.none ? [...choices, opts.none] : [...choices];
  if (opts.multiSelect) {
    const withComma = all.find((c) => c.value.includes(','));
    // The client joins ticked values with commas, so a value must not contain one.
    if (withComma) throw new Error(`Checklist value must not contain a comma: "${withComma.value}"`);
  }
  if (caps.adaptiveCards) {
    return choiceSetCard(caps.adaptiveCards, text, all, opts.multiSelect, opts.copy, opts.speak);
  }
  if (!opts.multiSelect) return renderChoices(channelId, text, all, { speak: opts.speak });
  const activity = numberedList(caps, paragraphs(text, opts.copy.typeNumbers), all, opts.speak);
  if (opts.none && caps.suggestedActions) {
    return { ...activity, suggestedActions: { actions: [imBack(opts.none)], to: [] } };
  }
  return activity;
}
