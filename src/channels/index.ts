// The channel layer: everything that decides how a message looks on a channel. Dialogs import
// from here; capabilities.ts is the only file that knows channel ids.
export { channelCapabilities, choiceLayout } from './capabilities.ts';
export type { AdaptiveCardVersion, ChannelCapabilities, ChoiceLayout } from './capabilities.ts';
export { renderChoices, renderChoiceCard } from './choices.ts';
export type { ChoiceCardCopy, ChoiceOption, RenderChoiceCardOptions, RenderChoicesOptions } from './choices.ts';
export { readSubmission, readNumberedSelection, encodePayload, MAX_TEXT_LENGTH } from './submission.ts';
export type { InvalidReason, Submission, SubmitData } from './submission.ts';
export { renderContactCard, renderSameDayCard } from './contact.ts';
export type { ContactCopy } from './contact.ts';
export { renderAnswer, feedbackValues, sourceLine } from './answer.ts';
export type { AnswerCopy, AnswerToRender } from './answer.ts';
export { renderDisposition } from './disposition.ts';
export type { DispositionCopy, DispositionToRender } from './disposition.ts';
