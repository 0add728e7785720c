// Gives the staff side what it needs from the hosting once the adapter exists: proactive posts and
// updates of call-back cards in the staff channel (continueConversationAsync with the stored
// reference), and a daily sweep that applies the retention settings.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { BotServices } from '../../dialogs/services.ts';

const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;

export function connectStaff(services: BotServices, adapter: CloudAdapter, appId: string, onError: (err: unknown) => void): { stop(): void } {
  // A failure inside the proactive turn is caught here and thrown to the caller: left to the
  // adapter, it went to the turn error handler, which posted the patients' apology into the staff
  // channel and returned normally — so a card the channel refused read as posted, and the patient
  // was told the request had been passed on.
  const inChannel = async (reference: Partial<ConversationReference>, send: (context: TurnContext) => Promise<void>): Promise<void> => {
    let failed: { err: unknown } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        await send(context);
      } catch (err) {
        failed = { err };
      }
    });
    if (failed) throw failed.err;
  };
  services.staff.handoffs.connect({
    async post(reference, activity) {
      let id: string | undefined;
      await inChannel(reference, async (context) => {
        id = (await context.sendActivity(activity))?.id;
      });
      return id;
    },
    async update(reference, activity) {
      await inChannel(reference, async (context) => {
        await context.updateActivity(activity);
      });
    },
  });
  const sweep = () => {
    services.figures.expire().catch(onError);
    services.staff.handoffs.sweep().catch(onError);
  };
  sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
