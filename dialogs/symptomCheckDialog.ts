// The symptom check: one question at a time (where, side, below the knee, how long, grouped red
// flags, how bad, sleep or movement, better or worse, age), each answerable by button or free text,
// then the disposition. A loop rather than a fixed waterfall: the next question is worked out from
// what is known, so facts told early in free text are not asked again and an emergency ends it.
// Red flags typed at any step, commands and side questions are handled by the main dialog first.
// The same loop serves the emergency screen (dialogs/emergencyScreenDialog.ts), a dialog of its own
// begun after a same-day ("urgent") outcome, which asks only the red-flag questions that could
// still make it an emergency.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogReason, DialogTurnResult, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, DialogTurnStatus, TextPrompt, WaterfallDialog } from './sdk.ts';
import type { TriageFacts } from '../src/clinical/triage/index.ts';
import {
  isButtonValue,
  isFromAnotherQuestion,
  mergeFacts as merge,
  nextScreenStep,
  nextStep,
  readAnswer,
  type AnswerUpdate,
  type Facts,
  type PendingChecklist,
  type Step,
} from '../src/clinical/triage/interview/index.ts';
import type { AnswerReplies } from './answerReplies.ts';
import type { DispositionReplies } from './dispositionReplies.ts';
import { readOnce } from './turnReading.ts';
import { screenQuestions, screenQuestionsFor } from '../src/clinical/triage/index.ts';
import type { ScreenOptions } from './screenDialog.ts';

/** Where a step asks the main dialog to screen this turn's message (see MainDialog.onContinueDialog). */
export const SCREEN_REQUEST = Symbol.for('clinic.screenRequest');
import type { BotServices } from './services.ts';
import { renderQuestion, renderStaleReask, showsNumberedList } from './symptomCheck/render.ts';

export const SYMPTOM_CHECK_DIALOG = 'symptomCheck';
export const EMERGENCY_SCREEN_DIALOG = 'emergencyScreen';
const ASK_LOOP = 'symptomCheck.ask';
const ANSWER_PROMPT = 'symptomCheck.answer';
/** The validated answer of this turn, handed from the prompt's validator to the next step. */
const ANSWER_KEY = Symbol('symptomCheck.answer');

/**
 * 'check': the whole symptom check. 'emergency-screen': after a same-day outcome already given,
 * only the signs that would make it an emergency; a yes or not sure gives the emergency outcome,
 * all no ends with one line (the advice given stands).
 */
export type SymptomCheckMode = 'check' | 'emergency-screen';

export interface SymptomCheckOptions {
  /**
   * Facts already known. In a check: told in free text (the message that started it), so they only
   * fill. In the screen: the facts of the outcome just given, answers included, so kept as they are.
   */
  prefill?: Partial<TriageFacts>;
}

interface LoopOptions {
  pending?: PendingChecklist;
  screen?: boolean;
  /** Signs the last answer said yes to together, for the outcome's reasons. */
  saidYesTo?: string[];
}

/** What the prompt carries to its validator: the question asked, and how to read a "yes". */
interface Asked {
  step: Step;
  screen: boolean;
}

/** True when the active dialog of `dc` is the emergency screen. */
export function isEmergencyScreen(dc: DialogContext): boolean {
  return dc.activeDialog?.id === EMERGENCY_SCREEN_DIALOG;
}

interface ReadAnswer {
  update: AnswerUpdate;
  /** Facts the same message gave for other questions. */
  extra: Partial<TriageFacts>;
}

export class SymptomCheckDialog extends ComponentDialog {
  constructor(
    private readonly services: BotServices,
    /** The facts so far, where the main dialog reads them to summarise a red-flag interruption. */
    private readonly triageFacts: StatePropertyAccessor<Partial<TriageFacts>>,
    private readonly answers: AnswerReplies,
    private readonly dispositions: DispositionReplies,
    private readonly mode: SymptomCheckMode = 'check',
  ) {
    super(mode === 'check' ? SYMPTOM_CHECK_DIALOG : EMERGENCY_SCREEN_DIALOG);
    this.addDialog(new TextPrompt(ANSWER_PROMPT, (prompt) => this.validate(prompt)));
    this.addDialog(new WaterfallDialog(ASK_LOOP, [this.askStep.bind(this), this.recordStep.bind(this)]));
    this.initialDialogId = ASK_LOOP;
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: SymptomCheckOptions): Promise<DialogTurnResult> {
    const { context } = innerDc;
    const prefill = options?.prefill ?? {};
    const screen = this.mode === 'emergency-screen';
    const facts = merge({ flags: {} }, prefill, screen ? 'answer' : 'fill');
    await this.triageFacts.set(context, facts);
    if (screen) {
      // Nothing left that could make it an emergency: the outcome given stands, nothing more to say.
      if (!this.next(facts, true)) return { status: DialogTurnStatus.complete };
      await context.sendActivity(this.services.content.messages.emergencyScreen.intro);
    } else {
      await context.sendActivity(this.services.content.messages.symptomCheck.intro);
    }
    return innerDc.beginDialog(ASK_LOOP, { screen } satisfies LoopOptions);
  }

  /** However the check ends (finished, start over, red flag), its facts are not kept. */
  protected override async onEndDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    await this.triageFacts.delete(context);
    await super.onEndDialog(context, instance, reason);
  }

  private async facts(context: TurnContext): Promise<Facts> {
    const known = (await this.triageFacts.get(context)) ?? {};
    return { ...known, flags: { ...(known.flags ?? {}) } };
  }

  /** The next question in this mode, or undefined when there is none left. */
  private next(facts: Facts, screen: boolean, pending?: PendingChecklist): Step | undefined {
    const { triage } = this.services;
    return (screen ? nextScreenStep : nextStep)(triage.protocol, facts, triage.decide(facts).level, pending);
  }

  private async askStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const { context } = step;
    const facts = await this.facts(context);
    const { pending, saidYesTo } = step.options;
    const screen = step.options.screen === true;
    const next = this.next(facts, screen, pending);
    if (!next) {
      if (screen && this.services.triage.decide(facts).level !== 'emergency') {
        // The same-day outcome already given stands: one line, not a second outcome.
        await context.sendActivity(this.services.content.messages.emergencyScreen.allClear);
      } else {
        const given = await this.dispositions.send(context, facts, { interrupted: false, saidYesTo });
        // An emergency outcome is the most there is: nothing else in the message is asked about after it.
        if (given.level === 'emergency') context.turnState.delete(SCREEN_REQUEST);
      }
      return step.endDialog();
    }
    return step.prompt(ANSWER_PROMPT, {
      prompt: renderQuestion(context.activity.channelId, next, 0, this.services.triage.protocol, this.services.content.messages),
      validations: { step: next, screen } satisfies Asked,
    });
  }

  private async recordStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const read = step.context.turnState.get(ANSWER_KEY) as ReadAnswer | undefined;
    let facts = await this.facts(step.context);
    if (read) facts = merge(merge(facts, read.extra, 'fill'), read.update.facts, 'answer');
    await this.triageFacts.set(step.context, facts);
    return step.replaceDialog(ASK_LOOP, { pending: read?.update.pending, screen: step.options.screen, saidYesTo: read?.update.saidYesTo } satisfies LoopOptions);
  }

  /** Reads the answer; on an unusable one, says so kindly and asks again (the prompt waits). */
  private async validate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { context } = prompt;
    const { protocol } = this.services.triage;
    const { messages } = this.services.content;
    // A prompt stored before the screen existed carries the step alone.
    const asked = prompt.options.validations as Asked | Step;
    const { step, screen } = 'step' in asked ? asked : { step: asked, screen: false };
    const text = (prompt.recognized.value ?? '').trim();
    const now = this.services.now();
    const facts = await this.facts(context);

    // A button of another question (a double tap, an old card still on screen): never used, not
    // even for the question it was for; this question is asked again.
    if (text && isFromAnotherQuestion(text, step, protocol)) {
      for (const activity of renderStaleReask(context.activity.channelId, step, protocol, messages)) await context.sendActivity(activity);
      return false;
    }
    // Anything else typed ("left hip, about 3 weeks") fills the questions still to come; a button's
    // value tells only its own answer.
    const extra = text && !isButtonValue(text, protocol) ? this.services.triage.extractFacts(text, now) : {};

    const update = text
      ? readAnswer(step, text, {
          protocol,
          facts,
          now,
          detect: (t) => readOnce(context, this.services.triage, t).detection,
          numbered: showsNumberedList(context.activity.channelId, step, protocol, messages),
          actOnYes: screen,
        })
      : undefined;
    // Our own buttons' values ("Not sure about the leg and fall signs") are answers, never cues.
    const reading = text && !isButtonValue(text, protocol) ? readOnce(context, this.services.triage, text) : undefined;
    const detection = reading?.detection;
    // Only urgent and emergency signs were acted on before this step: a sign seen at a lower level
    // ("had a fall yesterday", a fall at 81 is same day) still leaves the screens of what else it may be
    // ("…and it hurts too much to put any weight on my leg": a broken hip) to ask.
    const unscreened = detection && !detection.hits.some((h) => h.level === 'emergency' || h.level === 'urgent') ? detection : undefined;
    const { screening } = this.services.triage;
    if (update) {
      context.turnState.set(ANSWER_KEY, { update, extra } satisfies ReadAnswer);
      // The answer is used; what else the message may say is asked about after the next question.
      const questions = unscreened ? screenQuestions(unscreened.possible, screening, protocol) : [];
      if (questions.length) context.turnState.set(SCREEN_REQUEST, { questions, then: { kind: 'reprompt' } } satisfies ScreenOptions);
      return true;
    }
    await this.triageFacts.set(context, merge(facts, extra, 'fill'));

    // A message about the body that this step cannot use is never met with a bare re-ask: it gets
    // the screen for what it may be, or (a statement) the emergency signs; then this question again.
    // A question the articles did not answer is screened too, as at the top level ("his both legs
    // are without force… what we do?"). (Clear red flags were acted on before this step saw the message.)
    if (unscreened) {
      // (The emergency signs only for a statement nothing else placed: not for a sign already read.)
      const questions = screenQuestionsFor(unscreened, screening, protocol, !reading!.isQuestion && !unscreened.hits.length);
      if (questions.length) {
        context.turnState.set(SCREEN_REQUEST, { questions, then: { kind: 'reprompt' } } satisfies ScreenOptions);
        return false;
      }
    }

    // A question the articles can only half answer ("did you mean…?"): offer the choices, then
    // carry on with the same question. (Clear answers are given by the main dialog.)
    if (reading?.isQuestion) {
      const result = this.services.answers.answer(text);
      if (result.kind === 'clarify') {
        await this.answers.reply(context, text, result);
        await context.sendActivity(messages.carryOn);
        await context.sendActivity(renderQuestion(context.activity.channelId, step, 0, protocol, messages));
        return false;
      }
    }
    await context.sendActivity(renderQuestion(context.activity.channelId, step, prompt.attemptCount, protocol, messages));
    return false;
  }
}

