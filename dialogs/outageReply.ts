// What the bot says when it cannot read the conversation's state (storage down or too slow). The
// red-flag detector needs no state, so a red flag still gets the full disposition, through the same
// renderer the dialogs use; anything else gets the short apology with the emergency number.
import type { TurnContext } from 'botbuilder';
import { DispositionReplies } from './dispositionReplies.ts';
import type { BotServices } from './services.ts';
import { readTurnInput } from './turnInput.ts';
import { readOnce } from './turnReading.ts';

export async function replyWithoutState(context: TurnContext, services: BotServices): Promise<'disposition' | 'apology' | 'nothing'> {
  if (context.activity.type !== 'message') return 'nothing';
  const input = readTurnInput(context, services.maxMessageChars);
  const text = input.kind === 'text' || input.kind === 'invalid' ? input.text : undefined;
  const serious = text ? readOnce(context, services.triage, text).detection.hits.filter((h) => h.level === 'emergency' || h.level === 'urgent') : [];
  if (serious.length === 0) {
    await context.sendActivity(services.content.messages.error);
    return 'apology';
  }
  const flags = Object.fromEntries(serious.map((h) => [h.flagId, 'yes' as const]));
  // The staff figure is recorded off the turn (src/figures/recorder.ts): storage being down never delays this.
  const replies = new DispositionReplies(services);
  await replies.send(context, { flags }, { interrupted: true, mentioned: serious.map((h) => ({ flagId: h.flagId, about: h.about })) });
  return 'disposition';
}
