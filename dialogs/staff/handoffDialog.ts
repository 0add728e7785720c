// A patient's call-back request, with consent: the bot offers to pass a summary to the clinic team
// (after a symptom check that is not an emergency, on "talk to someone", after a 👎); only after an
// explicit yes and a phone number or email typed by the patient is a card posted to the staff
// channel. The patient is told honestly what happens next, from the clinic's opening times.
// Emergencies are never offered this: their outcome is to call the emergency number.
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, DialogTurnStatus, TextPrompt, WaterfallDialog } from '../sdk.ts';
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { renderChoices, renderContactCard } from '../../src/channels/index.ts';
import { fillTemplate } from '../../src/clinical/messages.ts';
import { nextCallback, spokenTime } from '../../src/clinical/openingTimes.ts';
import type { TriageLevel } from '../../src/clinical/types.ts';
import { parseContact } from '../../src/teams/contactDetails.ts';
import { HandoffService, type HandoffReason } from '../../src/teams/handoffs.ts';
import type { BotServices } from '../services.ts';

export const HANDOFF_DIALOG = 'handoff';
const CONTACT_PROMPT = 'handoff.contact';
/** Unusable contact answers before the bot stops asking and shows the clinic's details. */
const MAX_ATTEMPTS = 3;

export interface PendingHandoff {
  reason: HandoffReason;
  level?: TriageLevel;
  reasons: string[];
  summary: string[];
}

const YES = /^(y|yes|yeah|yep|yup|ok|okay|sure|please|yes please|please do|go ahead)\b/i;
const NO = /^(n|no|nope|no thanks|no thank you|not now|don'?t)\b/i;
const CANCEL = /^(cancel|stop|no|nope|never ?mind|forget it|quit)\b/i;

export class HandoffDialog extends ComponentDialog {
  private readonly pending: StatePropertyAccessor<PendingHandoff | undefined>;
  /** Set once this conversation reached an emergency outcome: no call-back is offered after it. */
  private readonly hadEmergency: StatePropertyAccessor<boolean | undefined>;

  constructor(
    private readonly services: BotServices,
    conversationState: ConversationState,
  ) {
    super(HANDOFF_DIALOG);
    this.pending = conversationState.createProperty<PendingHandoff | undefined>('handoffOffer');
    this.hadEmergency = conversationState.createProperty<boolean | undefined>('hadEmergency');
    this.addDialog(
      new TextPrompt(CONTACT_PROMPT, async (prompt) => {
        const text = prompt.recognized.value ?? '';
        return prompt.attemptCount >= MAX_ATTEMPTS || CANCEL.test(text.trim()) || parseContact(text) !== undefined;
      }),
    );
    this.addDialog(new WaterfallDialog(`${HANDOFF_DIALOG}.steps`, [this.askContact.bind(this), this.send.bind(this)]));
    this.initialDialogId = `${HANDOFF_DIALOG}.steps`;
  }

  /** After an outcome: remembers an emergency; at the end of a check (not an interruption), offers. */
  async afterOutcome(context: TurnContext, pending: PendingHandoff, interrupted: boolean): Promise<void> {
    if (pending.level === 'emergency') await this.hadEmergency.set(context, true);
    if (!interrupted) await this.offer(context, pending);
  }

  /**
   * Offers to pass this to the clinic team; the answer is read by `takeOffer` on the next turn.
   * Never after an emergency outcome in this conversation: its advice is to call the emergency
   * number, not to wait for a call back.
   */
  /** Always a way on: a closing line comes with the menu's buttons. */
  private withMenu(context: TurnContext, text: string) {
    const m = this.services.content.messages.menu;
    return renderChoices(context.activity.channelId, text, [m.checkSymptoms, m.askQuestion, m.contact].map((t) => ({ title: t, value: t })));
  }

  /** Returns false when nothing was offered (never after an emergency). */
  async offer(context: TurnContext, pending: PendingHandoff): Promise<boolean> {
    if (pending.level === 'emergency' || (await this.hadEmergency.get(context))) return false;
    const h = this.services.content.messages.handoff;
    const text = { check: h.offerAfterCheck, contact: h.offerAfterContact, feedback: h.offerAfterFeedback }[pending.reason];
    await context.sendActivity(renderChoices(context.activity.channelId, text, [{ title: h.yes, value: h.yes }, { title: h.no, value: h.no }]));
    await this.pending.set(context, pending);
    return true;
  }

  /** True when `text` is one of the buttons of the offer still open ("Yes, contact me", "No, thanks"). */
  async isOfferButton(context: TurnContext, text: string): Promise<boolean> {
    if (!(await this.pending.get(context))) return false;
    const h = this.services.content.messages.handoff;
    const t = text.trim().toLowerCase();
    return t === h.yes.toLowerCase() || t === h.no.toLowerCase();
  }

  /**
   * The answer to an offer made on the previous turn: yes begins the request, no closes it; any
   * other message drops the offer and is handled as usual. Undefined when nothing was taken.
   */
  async takeOffer(step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
    const pending = await this.pending.get(step.context);
    if (!pending) return undefined;
    await this.pending.delete(step.context);
    const h = this.services.content.messages.handoff;
    const t = text.trim().toLowerCase();
    if (t === h.yes.toLowerCase() || YES.test(t)) return step.beginDialog(HANDOFF_DIALOG, pending);
    if (t === h.no.toLowerCase() || NO.test(t)) {
      await step.context.sendActivity(this.withMenu(step.context, h.declined));
      return step.endDialog();
    }
    return undefined;
  }

  private async askContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const h = this.services.content.messages.handoff;
    // Without a staff channel there is nobody to pass it to: say so before asking for anything.
    if (!(await this.services.staff.handoffs.canPost())) {
      await this.unavailable(step.context);
      return step.endDialog();
    }
    return step.prompt(CONTACT_PROMPT, { prompt: h.askContact, retryPrompt: h.badContact });
  }

  private async send(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const h = this.services.content.messages.handoff;
    const text = String(step.result ?? '').trim();
    const contact = parseContact(text);
    if (!contact) {
      if (CANCEL.test(text)) await context.sendActivity(this.withMenu(context, h.cancelled));
      else await this.unavailable(context, false);
      return step.endDialog();
    }
    const pending = step.options as PendingHandoff;
    const { activity } = context;
    const result = await this.services.staff.handoffs.create({
      id: HandoffService.idFor(activity.conversation?.id ?? '', activity.id),
      reason: pending.reason,
      level: pending.level,
      reasons: pending.reasons,
      summary: pending.summary,
      contact,
      channel: activity.channelId,
      ...this.services.figures.keysOf(activity),
    });
    if (result.outcome === 'no-channel' || result.outcome === 'failed') {
      await this.unavailable(context);
      return step.endDialog();
    }
    if (result.outcome === 'posted') {
      this.services.figures.record(context, { kind: 'handoff', level: pending.level, reason: pending.reason, at: this.services.now().toISOString() });
    }
    await context.sendActivity(this.whatHappensNext());
    await context.sendActivity(h.safetyNet);
    return { status: DialogTurnStatus.complete };
  }

  /** "We'll contact you today before 7pm" / "on Monday morning", from the clinic's opening times. */
  whatHappensNext(now = this.services.now()): string {
    const h = this.services.content.messages.handoff;
    const { clinic } = this.services.content;
    const next = nextCallback(now, clinic.openingTimes, clinic.timeZone);
    const partOfDay = (open: string) => (open < '12:00' ? h.morning : h.afternoon);
    switch (next.when) {
      case 'open-now':
        return fillTemplate(h.sentOpenNow, { close: spokenTime(next.close) });
      case 'later-today':
        return fillTemplate(h.sentLaterToday, { open: spokenTime(next.open) });
      case 'tomorrow':
        return fillTemplate(h.sentTomorrow, { partOfDay: partOfDay(next.open) });
      case 'on-day':
        return fillTemplate(h.sentOnDay, { day: h.dayNames[next.dayIndex]!, partOfDay: partOfDay(next.open) });
      case 'unknown':
        return h.sentNoHours;
    }
  }

  private async unavailable(context: TurnContext, sayWhy = true): Promise<void> {
    const { clinic, messages } = this.services.content;
    if (sayWhy) await context.sendActivity(messages.handoff.unavailable);
    await context.sendActivity(renderContactCard(context.activity.channelId, clinic, messages.contact));
  }
}
