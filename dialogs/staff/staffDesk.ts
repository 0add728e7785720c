// The staff side in Teams: commands from staff (see staffCommands.ts), the "Mark as done" button of
// a call-back card (an Action.Submit message, or an adaptiveCard/action invoke), and the bot's
// installation in a team. Everyone who is not staff (StaffDirectory) gets the patient experience:
// `handle` returns false and the main dialog has the turn.
import { TurnContext, type Activity, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue } from 'botbuilder';
import { computeStats, unansweredGroups } from '../../src/figures/report.ts';
import { HANDOFF_DONE } from '../../src/teams/handoffCard.ts';
import { renderHandoffList, renderStatsCard, renderUnansweredCard } from '../../src/teams/staffCards.ts';
import type { BotServices } from '../services.ts';
import { parseStaffCommand, periodDays, type StaffCommand } from './staffCommands.ts';

export class StaffDesk {
  constructor(private readonly services: BotServices) {}

  /** Handles a staff command or card action; false lets the patient flows have the turn. */
  async handle(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    // In a Teams channel the bot is @mentioned: "<at>Clinic</at> stats 7d" means "stats 7d".
    if (activity.channelId === 'msteams' && typeof activity.text === 'string' && activity.recipient?.id) {
      TurnContext.removeRecipientMention(activity as Activity);
    }
    if (!this.services.staff.directory.isStaff(activity)) return false;
    const value = activity.value as { action?: unknown; id?: unknown } | undefined;
    if (value?.action === HANDOFF_DONE && typeof value.id === 'string') {
      const done = await this.markDone(context, value.id);
      if (!done) await context.sendActivity(this.services.content.messages.invalidSubmission);
      return true;
    }
    const command = parseStaffCommand(activity.text ?? '');
    if (!command) return false;
    await this.run(context, command);
    return true;
  }

  /** Teams' adaptiveCard/action invoke (Action.Execute): "Mark as done" answered with the updated card. */
  async cardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const id = (value.action?.data as { id?: unknown } | undefined)?.id;
    if (!this.services.staff.directory.isStaff(context.activity) || value.action?.verb !== HANDOFF_DONE || typeof id !== 'string') {
      return this.messageResponse(this.services.content.messages.invalidSubmission);
    }
    const done = await this.markDone(context, id);
    if (!done) return this.messageResponse(this.services.content.messages.invalidSubmission);
    const card = done.attachments?.[0]?.content as Record<string, unknown>;
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }

  /** An invoke answered with a plain message (Teams shows it to the one who clicked). */
  private messageResponse(text: string): AdaptiveCardInvokeResponse {
    // The schema types `value` as an object; Teams' message response carries a string.
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
  }

  /**
   * The bot was installed in Teams. In a team's channel: tell staff how to set it up ('greeted', no
   * patient welcome there). In a personal chat: 'welcome' (the installer gets the welcome, and a
   * staff member the set-up line first). Undefined otherwise.
   */
  async onInstalled(context: TurnContext): Promise<'greeted' | 'welcome' | undefined> {
    const { activity } = context;
    if (activity.channelId !== 'msteams') return undefined;
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
    if (!botAdded) return undefined;
    const { installed } = this.services.content.messages.staff;
    if (activity.conversation?.conversationType === 'channel') {
      await context.sendActivity(installed);
      return 'greeted';
    }
    if (this.services.staff.directory.isStaff(activity)) await context.sendActivity(installed);
    return 'welcome';
  }

  private async run(context: TurnContext, command: StaffCommand): Promise<void> {
    const { messages } = this.services.content;
    const { staff, figures } = this.services;
    switch (command.name) {
      case 'help':
        for (const line of messages.staff.help) await context.sendActivity(line);
        return;
      case 'notify-here': {
        const reference = TurnContext.getConversationReference(context.activity);
        // A channel message's conversation id names its thread (";messageid=…"): post new
        // requests as new posts in the channel, not as replies in this thread.
        const conversation = { ...reference.conversation!, id: reference.conversation!.id.split(';messageid=')[0]! };
        await staff.handoffs.setStaffChannel({ ...reference, conversation, activityId: undefined });
        await context.sendActivity(messages.staff.notifyHere);
        return;
      }
      case 'handoffs':
        await context.sendActivity(renderHandoffList(await staff.handoffs.list(), messages, staff.timeZone, staff.handoffRetentionDays));
        return;
      case 'stats':
      case 'unanswered': {
        const { fromDay, toDay } = periodDays(command.period, this.services.now());
        await figures.flush();
        const records = await figures.read(fromDay, toDay);
        const period = messages.staff.periods[command.period];
        await context.sendActivity(
          command.name === 'stats' ? renderStatsCard(computeStats(records), period, messages) : renderUnansweredCard(unansweredGroups(records), period, messages),
        );
        return;
      }
    }
  }

  /** Marks a request done, deletes the patient's details, and updates its card in place. */
  private async markDone(context: TurnContext, id: string): Promise<Partial<Activity> | undefined> {
    const { handoffs } = this.services.staff;
    const record = await handoffs.markDone(id, context.activity.from?.name ?? '');
    if (!record) return undefined;
    await handoffs.updateCard(record);
    return handoffs.render(record);
  }
}
