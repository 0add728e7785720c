// The small subset of the Adaptive Card schema this bot sends, typed. Everything here exists in
// schema 1.5 (Teams) and therefore in 1.6 (Web Chat), so one builder serves both; the card's
// `version` is the channel's. (botframework-schema's own IAdaptiveCard stops at schema 1.2.)
import { CardFactory } from 'botbuilder';
import type { Attachment } from 'botbuilder';
import type { AdaptiveCardVersion } from './capabilities.ts';
import type { SubmitData } from './submission.ts';
import { stripMarkdown } from './text.ts';

type Colour = 'default' | 'accent' | 'good' | 'warning' | 'attention';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  style?: 'default' | 'heading';
  size?: 'small' | 'default' | 'medium' | 'large';
  weight?: 'default' | 'bolder';
  color?: Colour;
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'medium' | 'large';
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  bleed?: boolean;
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: { title: string; value: string }[];
  style: 'compact' | 'expanded';
  isMultiSelect: boolean;
  wrap: true;
  isRequired: true;
  errorMessage: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: SubmitData;
  style?: 'default' | 'positive' | 'destructive';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
  style?: 'default' | 'positive' | 'destructive';
}

export type CardAction = SubmitAction | OpenUrlAction;

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
}

export type CardElement = TextBlock | FactSet | Container | ChoiceSetInput | ActionSet;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: AdaptiveCardVersion;
  body: CardElement[];
  actions?: CardAction[];
  /** Shown by hosts that cannot render the card, and read by screen readers. */
  fallbackText: string;
  speak: string;
}

export function text(value: string, extra: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

export function submit(title: string, data: SubmitData): SubmitAction {
  return { type: 'Action.Submit', title, data };
}

export function openUrl(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

/**
 * Most actions one action set shows in the Adaptive Cards SDK's default host config; hosts drop
 * the rest (the parser reports "Maximum number of actions exceeded"). Longer lists are split.
 */
export const MAX_ACTIONS_PER_SET = 5;

/** Actions in rows of at most `perRow` (and never more than MAX_ACTIONS_PER_SET). */
export function actionRows(actions: readonly CardAction[], perRow: number = MAX_ACTIONS_PER_SET): ActionSet[] {
  const size = Math.max(1, Math.min(perRow, MAX_ACTIONS_PER_SET));
  const rows: ActionSet[] = [];
  for (let i = 0; i < actions.length; i += size) rows.push({ type: 'ActionSet', actions: actions.slice(i, i + size) });
  return rows;
}

/** An Adaptive Card attachment for a channel whose schema version is `version`; `fallbackText` may hold Markdown. */
export function adaptiveCardAttachment(
  version: AdaptiveCardVersion,
  body: CardElement[],
  actions: CardAction[],
  fallbackText: string,
): Attachment {
  if (actions.length > MAX_ACTIONS_PER_SET) throw new Error('Too many card actions: put them in actionRows() in the body');
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: stripMarkdown(fallbackText),
    speak: stripMarkdown(fallbackText),
  };
  return CardFactory.adaptiveCard(card);
}
