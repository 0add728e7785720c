// The ActivityHandler (Teams-aware): greets new members, hands messages to the main dialog and
// saves state at the end of every turn. Hosting-specific code stays here and in index.ts/app.ts.
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
import type { StaffDesk } from '../dialogs/staff/staffDesk.ts';
import { applyMessengerPayload, isGetStarted } from './channels/messenger.ts';

export class ClinicBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly dialog: MainDialog,
    /** Staff commands and call-back cards in Teams; without it everyone is a patient. */
    private readonly staff?: StaffDesk,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      const installed = await this.staff?.onInstalled(context);
      if (installed === 'greeted') return next();
      if (newcomers.length > 0 || installed === 'welcome') await this.dialog.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      applyMessengerPayload(context.activity);
      if (isGetStarted(context.activity)) await this.dialog.welcome(context);
      else if (!(await this.staff?.handle(context))) await this.dialog.run(context, this.dialogState);
      await next();
    });
  }

  /** Teams' adaptiveCard/action invoke (Action.Execute on a staff card): answered with 200. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    return this.staff ? this.staff.cardInvoke(context, value) : super.onAdaptiveCardInvoke(context, value);
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}
