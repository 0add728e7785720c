// The screen: one short, direct question when a message may be a red flag but is not clear
// ("Just to check, because you mentioned your wee: …? Yes / No / Not sure"), or, for a message
// about the body that the bot cannot place, the emergency signs ("Is any of this happening now?").
// Yes or not sure gives that flag's outcome at once; an answer it cannot read twice counts as not
// sure (when unsure, escalate). No goes back exactly where the patient was: the message answered
// (at the top level) or the symptom-check question asked again (mid-check).
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from './sdk.ts';
import type { TurnContext } from 'botbuilder';
import { parseYesNo, type AgeFacts, type FlagAnswer, type TriageFacts } from '../src/clinical/triage/index.ts';
import { renderChoices } from '../src/channels/index.ts';
import { addEntity } from './answerReplies.ts';
import type { BotServices } from './services.ts';
import { readTurnInput } from './turnInput.ts';

export const SCREEN_DIALOG = 'screen';

export interface ScreenQuestion {
  flags: string[];
  text: string;
  /** Whose sign it may be: a carer's report reads "someone else" in the reasons. */
  about: 'self' | 'other';
}

/** After "no" to every question. */
export type ScreenThen =
  | { kind: 'reprompt' }
  /** Top level: answer the message that was screened, without screening it again. */
  | { kind: 'route'; text: string }
  /**
   * Asked after a same-day outcome about the possible emergency signs the same message told ("her
   * temperature is 39.4… her knees have gone blotchy and purple"): "yes" gives the emergency outcome
   * with the same-day reasons; "no" to all goes on to the emergency signs every same-day outcome asks.
   */
  | { kind: 'after-outcome'; facts: Partial<TriageFacts> & { flags: Record<string, FlagAnswer> }; mentioned: { flagId: string; about: 'self' | 'other' }[] }
  | { kind: 'done' };

export interface ScreenOptions {
  questions: ScreenQuestion[];
  then: ScreenThen;
  /** An age the screened message told ("my daughter is 13 and limping"): it decides a "yes" as an answered age would. */
  age?: AgeFacts;
}

interface ScreenState {
  options: ScreenOptions;
  index: number;
  unclear: number;
}

export interface ScreenHooks {
  /** Gives the outcome for these answers, ending whatever was going on. */
  escalate(dc: DialogContext, answers: Record<string, FlagAnswer>, about: 'self' | 'other', age?: AgeFacts): Promise<DialogTurnResult>;
  /** Answers a top-level message that was screened first. */
  route(context: TurnContext, text: string): Promise<void>;
  /** Gives the outcome of these facts, ending whatever was going on. */
  outcome(dc: DialogContext, facts: Partial<TriageFacts> & { flags: Record<string, FlagAnswer> }, mentioned: { flagId: string; about: 'self' | 'other' }[]): Promise<DialogTurnResult>;
  /** After a same-day outcome, the emergency signs it always asks about (this dialog replaced by them). */
  emergencyCheck(dc: DialogContext, facts: Partial<TriageFacts>): Promise<DialogTurnResult>;
}

const STATE = 'screen';

export class ScreenDialog extends Dialog<ScreenOptions> {
  constructor(
    private readonly services: BotServices,
    private readonly hooks: ScreenHooks,
  ) {
    super(SCREEN_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: ScreenOptions): Promise<DialogTurnResult> {
    if (!options?.questions.length) return dc.endDialog();
    const state: ScreenState = { options, index: 0, unclear: 0 };
    dc.activeDialog!.state[STATE] = state;
    await this.ask(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state[STATE] as ScreenState;
    const { context } = dc;
    const input = readTurnInput(context, this.services.maxMessageChars);
    const text = input.kind === 'text' ? input.text : '';
    const question = state.options.questions[state.index]!;
    let answer = text ? parseYesNo(text) : undefined;
    if (!answer) {
      state.unclear++;
      if (state.unclear < 2) {
        await context.sendActivity(this.services.triage.screening.reprompt);
        await this.ask(context, state);
        return Dialog.EndOfTurn;
      }
      // Asked twice and still not clear: when unsure, escalate.
      answer = 'unsure';
    }
    if (answer !== 'no') {
      const answers = Object.fromEntries(question.flags.map((f) => [f, answer]));
      const then = state.options.then;
      // The same-day signs already told stay among the reasons.
      if (then.kind === 'after-outcome') return this.hooks.outcome(dc, { ...then.facts, flags: { ...then.facts.flags, ...answers } }, then.mentioned);
      return this.hooks.escalate(dc, answers, question.about, state.options.age);
    }
    state.index++;
    state.unclear = 0;
    if (state.index < state.options.questions.length) {
      await this.ask(context, state);
      return Dialog.EndOfTurn;
    }
    const then = state.options.then;
    if (then.kind === 'after-outcome') return this.hooks.emergencyCheck(dc, then.facts);
    await context.sendActivity(this.services.triage.screening.thanksNo);
    if (then.kind === 'route') await this.hooks.route(context, then.text);
    return dc.endDialog(then);
  }

  override async repromptDialog(context: TurnContext, instance: { state: Record<string, unknown> }): Promise<void> {
    await this.ask(context, instance.state[STATE] as ScreenState);
  }

  private async ask(context: TurnContext, state: ScreenState): Promise<void> {
    const question = state.options.questions[state.index]!;
    const { answers } = this.services.triage.protocol;
    const activity = renderChoices(context.activity.channelId, question.text, [
      { title: answers.yes, value: answers.yes },
      { title: answers.no, value: answers.no },
      { title: answers.unsure, value: answers.unsure },
    ]);
    addEntity(activity, { type: 'clinic.screen', flags: question.flags });
    await context.sendActivity(activity);
  }
}
