// "Forget me": after a confirmation, deletes what is stored about this user and this conversation.
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, DialogTurnStatus, TextPrompt, WaterfallDialog } from './sdk.ts';
import type { ConversationState, UserState } from 'botbuilder';
import { renderChoices } from '../src/channels/index.ts';
import type { BotServices } from './services.ts';

export const FORGET_ME_DIALOG = 'forgetMe';
const CONFIRM_PROMPT = 'forgetMe.confirm';

export class ForgetMeDialog extends ComponentDialog {
  constructor(
    private readonly services: BotServices,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    super(FORGET_ME_DIALOG);
    this.addDialog(
      new TextPrompt(CONFIRM_PROMPT, async (prompt) => this.parse(prompt.recognized.value ?? '') !== undefined),
    );
    this.addDialog(new WaterfallDialog(`${FORGET_ME_DIALOG}.steps`, [this.ask.bind(this), this.act.bind(this)]));
    this.initialDialogId = `${FORGET_ME_DIALOG}.steps`;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const f = this.services.content.messages.forget;
    const choices = [
      { title: f.yes, value: f.yes },
      { title: f.no, value: f.no },
    ];
    const channelId = step.context.activity.channelId;
    return step.prompt(CONFIRM_PROMPT, {
      prompt: renderChoices(channelId, f.confirm, choices),
      retryPrompt: renderChoices(channelId, f.confirm, choices),
    });
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const f = this.services.content.messages.forget;
    if (this.parse(String(step.result)) === 'yes') {
      // End everything that was going on (nothing to resume after a deletion), then delete.
      await (step.parent ?? step).cancelAllDialogs();
      await this.userState.delete(step.context);
      await this.conversationState.delete(step.context);
      // Staff figures and call-back requests of this user and conversation go too.
      await this.services.figures.forget(step.context);
      await this.services.staff.handoffs.forget(Object.values(this.services.figures.keysOf(step.context.activity)));
      await step.context.sendActivity(this.withMenu(step, f.done));
      return { status: DialogTurnStatus.cancelled };
    }
    // Mid-check, the check's question is asked again next; otherwise the menu is the way on.
    const resumes = (step.parent?.stack.length ?? 0) > 1;
    await step.context.sendActivity(resumes ? f.kept : this.withMenu(step, f.kept));
    return step.endDialog();
  }

  private withMenu(step: WaterfallStepContext, text: string) {
    const m = this.services.content.messages.menu;
    const options = [m.checkSymptoms, m.askQuestion, m.contact].map((title) => ({ title, value: title }));
    return renderChoices(step.context.activity.channelId, text, options);
  }

  private parse(text: string): 'yes' | 'no' | undefined {
    const f = this.services.content.messages.forget;
    const t = text.trim().toLowerCase();
    if (t === f.yes.toLowerCase() || /^(y|yes|yeah|yep|ok|okay|delete|sure)\b/.test(t)) return 'yes';
    if (t === f.no.toLowerCase() || /^(n|no|nope|keep|cancel)\b/.test(t)) return 'no';
    return undefined;
  }
}
