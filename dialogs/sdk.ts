// The botbuilder-dialogs classes and helpers the bot uses, imported from their own files. The
// package's index loads every prompt, and its number, date and confirm prompts load the package's
// own older copy of the Microsoft Recognizers suite (about 17 MB of heap, every culture) that the bot
// never uses: our own parsing uses the English models of the current recognizers
// (src/clinical/triage/parsers.ts). Types still come from the package's index (erased at run time).
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt.js';
export { ChoiceFactory } from 'botbuilder-dialogs/lib/choices/choiceFactory.js';
export { hasMessageFeed, maxActionTitleLength, supportsCardActions, supportsSuggestedActions } from 'botbuilder-dialogs/lib/choices/channel.js';
