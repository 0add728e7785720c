// What each channel can show. The ONE place that knows channel ids: every renderer asks this
// module and never compares channel ids itself.
//
// botbuilder-dialogs' own helpers (the ones ChoicePrompt's ListStyle.auto relies on) come first;
// the table below only adds what they do not know (Adaptive Cards, Markdown) and the few limits
// where a platform documents something stricter or looser than the SDK.
import { Channels } from 'botbuilder';
import { hasMessageFeed, maxActionTitleLength, supportsCardActions, supportsSuggestedActions } from '../../dialogs/sdk.ts';

/** Adaptive Card schema version a channel renders, or false when it renders none. */
export type AdaptiveCardVersion = '1.5' | '1.6';

export interface ChannelCapabilities {
  /** Highest Adaptive Card schema version the channel renders; false: no Adaptive Cards. */
  adaptiveCards: false | AdaptiveCardVersion;
  /** Suggested actions (quick replies) that vanish after the next message. */
  suggestedActions: boolean;
  /** Most suggested actions one message may carry (0 when unsupported). */
  maxSuggestedActions: number;
  /** Most buttons on one hero card (0: the channel shows no card buttons). */
  maxCardButtons: number;
  /** Longest button or quick-reply title the channel shows whole. */
  maxButtonTitle: number;
  /** Whether message text is rendered as Markdown (false: shown literally). */
  markdown: boolean;
}

interface Overrides {
  adaptiveCards: false | AdaptiveCardVersion;
  markdown: boolean;
  maxSuggestedActions?: number;
  maxCardButtons?: number;
}

const PLAIN: Overrides = { adaptiveCards: false, markdown: false };

/** What the SDK helpers do not say. Channels not listed here get PLAIN plus the SDK's limits. */
const TABLE: Readonly<Record<string, Overrides>> = {
  [Channels.Webchat]: { adaptiveCards: '1.6', markdown: true },
  [Channels.Directline]: { adaptiveCards: '1.6', markdown: true },
  [Channels.Emulator]: { adaptiveCards: '1.6', markdown: true },
  // Teams renders a Markdown subset; suggested actions appear only in 1:1 chats, and the SDK
  // already reports none. Hero cards show at most 6 buttons (the SDK allows 50).
  [Channels.Msteams]: { adaptiveCards: '1.5', markdown: true, maxCardButtons: 6 },
  // Messenger documents 13 quick replies (the SDK says 10) and 3 buttons per template.
  [Channels.Facebook]: { adaptiveCards: false, markdown: false, maxSuggestedActions: 13 },
};

/** SDK limits are "≤ n" predicates; the largest n they accept (0 when none). */
function largestAccepted(accepts: (n: number) => boolean): number {
  let n = 0;
  while (n < 100 && accepts(n + 1)) n += 1;
  return n;
}

// Asked for every message rendered; the SDK's limits are found by trying 1…100 buttons. Kept for the
// channels in the table only: channel ids come from the request, so unknown ones are not collected.
const known = new Map<string, ChannelCapabilities>();

/**
 * What a channel can render. Unknown channel ids get plain text with no buttons, so the
 * renderers fall back to numbered options the user can type.
 */
export function channelCapabilities(channelId: string): ChannelCapabilities {
  const kept = known.get(channelId);
  if (kept) return { ...kept };
  const found = capabilitiesOf(channelId);
  if (Object.hasOwn(TABLE, channelId)) known.set(channelId, found);
  return { ...found };
}

function capabilitiesOf(channelId: string): ChannelCapabilities {
  const extra = (Object.hasOwn(TABLE, channelId) ? TABLE[channelId] : undefined) ?? PLAIN;
  // A channel without a message feed (none remain in the SDK) cannot show anything persistent.
  const feed = hasMessageFeed(channelId);
  const sdkSuggested = largestAccepted((n) => supportsSuggestedActions(channelId, n));
  const sdkCard = largestAccepted((n) => supportsCardActions(channelId, n));
  const maxSuggestedActions = feed ? (extra.maxSuggestedActions ?? sdkSuggested) : 0;
  return {
    adaptiveCards: feed ? extra.adaptiveCards : false,
    suggestedActions: maxSuggestedActions > 0,
    maxSuggestedActions,
    maxCardButtons: feed ? (extra.maxCardButtons ?? sdkCard) : 0,
    maxButtonTitle: maxActionTitleLength(channelId),
    markdown: extra.markdown,
  };
}

/** How a list of choices is shown: decided here, from capabilities only. */
export type ChoiceLayout = 'suggested-actions' | 'hero-card' | 'adaptive-card' | 'numbered-list';

/**
 * Picks the layout for `count` choices whose longest title is `longestTitle` characters:
 * suggested actions where they fit; one hero card where its buttons fit; an Adaptive Card
 * choice set (any count, titles wrap); else a numbered list the user answers by typing.
 * Too many choices for one hero card are not split over several: on the channels we serve,
 * a channel with card buttons but no room for them either has Adaptive Cards (Teams) or
 * quick replies (Messenger), and a typed number is easier than hunting through cards.
 */
export function choiceLayout(caps: ChannelCapabilities, count: number, longestTitle: number): ChoiceLayout {
  const titlesFit = longestTitle <= caps.maxButtonTitle;
  if (titlesFit && caps.suggestedActions && count <= caps.maxSuggestedActions) return 'suggested-actions';
  if (titlesFit && count <= caps.maxCardButtons) return 'hero-card';
  if (caps.adaptiveCards) return 'adaptive-card';
  return 'numbered-list';
}
