// Gives the staff side what it needs from the hosting once the adapter exists: proactive posts and
// updates of call-back cards in the staff channel (continueConversationAsync with the stored
// reference), and a daily sweep that applies the retention settings.
import type { CloudAdapter } from 'botbuilder';
import type { BotServices } from '../../dialogs/services.ts';

const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;

export function connectStaff(services: BotServices, adapter: CloudAdapter, appId: string, onError: (err: unknown) => void): { stop(): void } {
  services.staff.handoffs.connect({
    async post(reference, activity) {
      let id: string | undefined;
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        id = (await context.sendActivity(activity))?.id;
      });
      return id;
    },
    async update(reference, activity) {
      await adapter.continueConversationAsync(appId, reference, async (context) => {
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
