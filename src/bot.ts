// The ActivityHandler (Teams-aware): greets new members, hands messages to the main dialog and
// saves state at the end of every turn. Hosting-specific code stays here and in index.ts/app.ts.
//
// A turn is exactly-once and never overwrites another server's write: the state is read fresh, a
// retried activity (same id) gets nothing new, replies are held until the state is saved with the
// eTag that was read, and a conflict replays the turn on the newer state (twice at most, then the
// patient is asked to send the message again). When storage cannot be read the turn still answers:
// red flags with their full disposition, anything else with an apology and the emergency number.
import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../dialogs/mainDialog.ts';
import { replyWithoutState } from '../dialogs/outageReply.ts';
import type { BotServices } from '../dialogs/services.ts';
import { safeError, type Logger } from './logger.ts';
import { isETagConflict } from './state/deadlineStorage.ts';
import { alreadyHandled, recordTurn } from './state/safeConversationState.ts';
import { DialogTurnError, isInfrastructureError } from './turn/errors.ts';
import { forgetReachedLevel, reachedLevel } from './turn/reachedLevel.ts';
import { ReplyBuffer } from './turn/replyBuffer.ts';

/** Runs of one turn: the first, and two replays after eTag conflicts. */
const MAX_RUNS = 3;

export interface ClinicBotOptions {
  /** Needed to answer while storage is down and to ask for a message again; without it those errors propagate. */
  services?: BotServices;
  log?: Pick<Logger, 'warn' | 'info'>;
  /** Staff commands and call-back cards in Teams; without it everyone is a patient. */
  staff?: StaffDesk;
}
import type { StaffDesk } from '../dialogs/staff/staffDesk.ts';
import { applyMessengerPayload, isGetStarted } from './channels/messenger.ts';

export class ClinicBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly dialog: MainDialog,
    private readonly options: ClinicBotOptions = {},
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      const installed = await this.options.staff?.onInstalled(context);
      if (installed === 'greeted') return next();
      if (newcomers.length > 0 || installed === 'welcome') await this.dialog.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      applyMessengerPayload(context.activity);
      if (isGetStarted(context.activity)) await this.dialog.welcome(context);
      else if (!(await this.options.staff?.handle(context))) await this.dialog.run(context, this.dialogState);
      await next();
    });
  }

  /** Teams' adaptiveCard/action invoke (Action.Execute on a staff card): answered with 200. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    return this.options.staff ? this.options.staff.cardInvoke(context, value) : super.onAdaptiveCardInvoke(context, value);
  }

  override async run(context: TurnContext): Promise<void> {
    await this.runTurn(context);
  }

  /** @param abandoned set when the host gave up waiting (turn deadline): nothing more is saved or sent. */
  async runTurn(context: TurnContext, abandoned?: AbortSignal): Promise<void> {
    const { services, log } = this.options;
    const replies = new ReplyBuffer(context);
    for (let run = 1; ; run++) {
      try {
        await this.conversationState.load(context, true);
      } catch (err) {
        if (!services || isETagConflict(err)) throw err;
        log?.warn({ event: 'state_read_failed', err: safeError(err) }, 'conversation state unreadable: answering without it');
        const said = await replyWithoutState(context, services);
        log?.info({ event: 'answered_without_state', reply: said }, 'answered without state');
        if (!abandoned?.aborted) await replies.flush();
        return;
      }
      if (await alreadyHandled(this.conversationState, context)) {
        log?.info({ event: 'duplicate_activity', channel: context.activity.channelId }, 'activity already handled: nothing new to say');
        return;
      }

      forgetReachedLevel(context);
      try {
        await super.run(context);
      } catch (err) {
        replies.discard();
        await replies.flush();
        throw isInfrastructureError(err) ? err : new DialogTurnError(err);
      }
      // "Forget me" deleted the conversation's state: nothing is written back, not even the ledger.
      const forgotten = this.conversationState.get(context) === undefined;
      if (!forgotten) await recordTurn(this.conversationState, context, reachedLevel(context));
      if (abandoned?.aborted) return;

      try {
        if (!forgotten) await this.conversationState.saveChanges(context, false);
        await this.userState.saveChanges(context, false);
      } catch (err) {
        if (isETagConflict(err)) {
          replies.discard();
          log?.info({ event: 'state_conflict', run }, 'another server wrote this conversation: replaying the turn');
          if (run < MAX_RUNS) continue;
          if (!services) throw err;
          await context.sendActivity(services.content.messages.sendAgain);
        } else {
          // Not stored: an answer that moves the check on would not match what the next message is
          // read against, so only a disposition (emergency, same day) goes out; otherwise the apology.
          // Nothing is deleted: the state before this turn is still there when storage recovers.
          log?.warn({ event: 'state_write_failed', err: safeError(err) }, 'conversation state not saved');
          const level = reachedLevel(context);
          if (level !== 'emergency' && level !== 'urgent') {
            if (!services) throw err;
            replies.discard();
            await context.sendActivity(services.content.messages.error);
          }
        }
      }
      if (!abandoned?.aborted) await replies.flush();
      return;
    }
  }
}
