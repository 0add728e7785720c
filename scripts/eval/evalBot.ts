// The real bot on botbuilder's TestAdapter for the evaluations: content and engine built once,
// a fresh conversation (with its own state) per case.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import type { BotServices } from '../../dialogs/services.ts';
import { ClinicBot } from '../../src/bot.ts';
import { buildServices } from '../../src/buildServices.ts';
import { LEVEL_ORDER, type TriageLevel } from '../../src/clinical/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function loadEvalServices(): BotServices {
  return buildServices({ contentDir: path.join(ROOT, 'content'), MAX_MESSAGE_CHARS: 2000 }, new MemoryStorage(), {});
}

/** A new conversation on `channelId`; `say` returns the replies of one turn. */
export function evalConversation(services: BotServices, channelId: string): { say(activity: Partial<Activity>): Promise<Partial<Activity>[]> } {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const bot = new ClinicBot(conversationState, userState, new MainDialog({ ...services, storage }, conversationState, userState));
  const adapter = new TestAdapter((context) => bot.run(context), { channelId, locale: 'en-GB' });
  return {
    async say(activity) {
      await adapter.receiveActivity({ type: 'message', ...activity });
      return adapter.activeQueue.splice(0, adapter.activeQueue.length);
    },
  };
}

/** The most urgent clinic.triage level among the replies, if any. */
export function highestTriage(replies: Partial<Activity>[]): TriageLevel | undefined {
  return replies
    .flatMap((r) => r.entities ?? [])
    .filter((e) => e.type === 'clinic.triage')
    .map((e) => (e as { level?: TriageLevel }).level)
    .filter((l): l is TriageLevel => l !== undefined)
    .sort((a, b) => LEVEL_ORDER.indexOf(b) - LEVEL_ORDER.indexOf(a))[0];
}
