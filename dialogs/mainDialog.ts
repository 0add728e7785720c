// The router: welcome and menu, free-text questions at the top level, and the interruptions that
// work at every step of every dialog (red flags first, then help / start over / contact / forget me,
// then questions asked in the middle of the symptom check).
import { findSection } from '../src/clinical/articles.ts';
import type { DialogContext, DialogState, DialogStateManagerConfiguration, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from './sdk.ts';
import type { Activity, ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { DetectionResult, FlagAnswer, FlagHit, TriageFacts } from '../src/clinical/triage/types.ts';
import { ageBandOf, ageFactsOf, screenQuestionsFor, seriousHits, soonHits, type AgeFacts } from '../src/clinical/triage/index.ts';
import { ScreenDialog, SCREEN_DIALOG, type ScreenOptions, type ScreenThen } from './screenDialog.ts';
import { renderChoices, renderContactCard } from '../src/channels/index.ts';
import { AnswerReplies, addEntity } from './answerReplies.ts';
import { fillTemplate } from '../src/clinical/messages.ts';
import { DispositionReplies } from './dispositionReplies.ts';
import { ForgetMeDialog, FORGET_ME_DIALOG } from './forgetMeDialog.ts';
import { HandoffDialog } from './staff/handoffDialog.ts';
import { Offers, type Offer, type OfferMap, type StoredOffers } from './offers.ts';
import type { BotServices } from './services.ts';
import { isEmergencyScreen, SCREEN_REQUEST, SymptomCheckDialog, SYMPTOM_CHECK_DIALOG, type SymptomCheckOptions } from './symptomCheckDialog.ts';
import { EmergencyScreenDialog, EMERGENCY_SCREEN_DIALOG } from './emergencyScreenDialog.ts';
import { readTurnInput } from './turnInput.ts';
import { readOnce } from './turnReading.ts';
import type { AnswerResult } from '../src/clinical/answer/types.ts';
import { prefillLine, storyFacts } from './prefill.ts';
import { OutcomeReminder } from './outcomeReminder.ts';

export const MAIN_DIALOG = 'main';
const ROUTE = 'route';
// botbuilder-dialogs' turn-state key for the memory scopes of a turn's dialog contexts (dialogStateManager.js).
const MEMORY_SCOPES_KEY = 'DialogStateManagerConfiguration';


type MenuIntent = 'check-symptoms' | 'ask-question' | 'contact';

export class MainDialog extends ComponentDialog {
  private readonly offers: Offers;
  private readonly answerReplies: AnswerReplies;
  private readonly dispositions: DispositionReplies;
  /** Offers to pass a request to the clinic team, and takes it with consent. */
  private readonly handoff: HandoffDialog;
  private readonly reminder: OutcomeReminder;
  /** Facts gathered by a symptom check in progress, so a red-flag interruption can summarise them. */
  private readonly triageFacts: StatePropertyAccessor<Partial<TriageFacts>>;
  /** What a symptom description at the top level told us, used if the patient then starts the check. */
  private readonly pendingPrefill: StatePropertyAccessor<Partial<TriageFacts> | undefined>;
  /** The dialogs' memory scopes: stateless, yet built anew by the SDK for every turn (a few % of a turn). */
  private memoryScopes?: DialogStateManagerConfiguration;

  constructor(
    private readonly services: BotServices,
    conversationState: ConversationState,
    private readonly userState: UserState,
  ) {
    super(MAIN_DIALOG);
    this.offers = new Offers(conversationState.createProperty<StoredOffers | OfferMap>('offers'));
    this.triageFacts = conversationState.createProperty<Partial<TriageFacts>>('triageFacts');
    this.pendingPrefill = conversationState.createProperty<Partial<TriageFacts> | undefined>('pendingPrefill');
    this.answerReplies = new AnswerReplies(services, this.offers);
    this.handoff = new HandoffDialog(services, conversationState);
    this.reminder = new OutcomeReminder(conversationState.createProperty('outcome'), services.content.messages.reminder);
    this.dispositions = new DispositionReplies(services, this.offers, this.handoff, this.reminder);
    // One step: when it begins a child dialog, the waterfall ends with that child.
    this.addDialog(new WaterfallDialog(ROUTE, [this.routeStep.bind(this)]));
    this.addDialog(new SymptomCheckDialog(services, this.triageFacts, this.answerReplies, this.dispositions));
    this.addDialog(new EmergencyScreenDialog(services, this.triageFacts, this.answerReplies, this.dispositions));
    this.addDialog(new ForgetMeDialog(services, conversationState, userState));
    this.addDialog(this.handoff);
    this.addDialog(
      new ScreenDialog(services, {
        escalate: (dc, answers, about, age) => this.escalate(dc, answers, about, age),
        route: (context, text) => this.answerText(context, text),
        outcome: (dc, facts, mentioned) => this.giveOutcome(dc, facts, mentioned),
        emergencyCheck: (dc, facts) => dc.replaceDialog(EMERGENCY_SCREEN_DIALOG, { prefill: facts } satisfies SymptomCheckOptions),
      }),
    );
    this.initialDialogId = ROUTE;
  }

  /** Runs one message turn: continue what is active, or route the message afresh. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    if (this.memoryScopes) context.turnState.set(MEMORY_SCOPES_KEY, this.memoryScopes);
    const dc = await dialogSet.createContext(context);
    this.memoryScopes ??= dc.state.configuration;
    // Not in the middle of a check or a question: its next question needs no repeat of the outcome.
    if (dc.activeDialog === undefined) this.reminder.watch(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  async welcome(context: TurnContext): Promise<void> {
    const { messages } = this.services.content;
    const [last, ...rest] = [...messages.welcome].reverse();
    for (const line of rest.reverse()) await context.sendActivity(line);
    await context.sendActivity(this.menu(context, last ?? messages.menuPrompt));
    this.services.figures.record(context, { kind: 'conversation', at: this.services.now().toISOString() });
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    const result = await super.onContinueDialog(innerDc);
    // The symptom check could not use a message about the body: ask about it rather than re-ask.
    // Or it used the message as its last answer and gave the outcome: ask about the rest after it.
    const request = innerDc.context.turnState.get(SCREEN_REQUEST) as ScreenOptions | undefined;
    if (request && (result.status === DialogTurnStatus.waiting || result.status === DialogTurnStatus.complete)) return innerDc.beginDialog(SCREEN_DIALOG, request);
    return result;
  }

  /** The detector's reading of this turn's message, computed once per turn. */
  private detect(context: TurnContext, text: string): DetectionResult {
    return readOnce(context, this.services.triage, text).detection;
  }

  /** The screen questions for what this message may be; the emergency signs when `aboutBody` only. */
  private screensFor(detection: DetectionResult, emergencyIfBody: boolean): ScreenOptions['questions'] {
    const { protocol, screening } = this.services.triage;
    return screenQuestionsFor(detection, screening, protocol, emergencyIfBody);
  }

  /** Handles what must work at every step; returns undefined to let the active step have the turn. */
  private async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    if (context.activity.type !== 'message') return undefined;
    const { messages } = this.services.content;
    const input = readTurnInput(context, this.services.maxMessageChars);
    const midCheck = dc.activeDialog !== undefined && dc.activeDialog.id !== ROUTE;

    // Safety first: a reported red flag ends whatever is going on, at any step — even in a message
    // too long to handle otherwise.
    const screened = input.kind === 'text' ? input.text : input.kind === 'invalid' ? input.text : undefined;
    const alarm = screened ? await this.redFlagInterrupt(dc, screened) : undefined;
    if (alarm) return alarm;
    if (input.kind === 'text' && dc.activeDialog?.id === SYMPTOM_CHECK_DIALOG) await this.noteSoonSigns(context, input.text);

    if (input.kind === 'invalid') {
      await context.sendActivity(
        input.reason === 'too-long' ? messages.tooLong.replace('{maxChars}', String(this.services.maxMessageChars)) : messages.invalidSubmission,
      );
      return this.resumeOrWait(dc, midCheck);
    }
    if (input.kind === 'empty') {
      await context.sendActivity(input.hasAttachments ? messages.unsupportedAttachment : messages.emptyMessage);
      return this.resumeOrWait(dc, midCheck);
    }
    if (input.kind === 'feedback') {
      const offered = await this.offers.findFeedback(context, input.vote, input.article, input.section);
      await this.recordFeedback(context, offered ?? { kind: 'feedback', vote: input.vote, article: input.article, section: input.section, question: '', via: 'direct' }, midCheck);
      return this.resumeOrWait(dc, midCheck);
    }

    const text = input.text;
    const intent = this.commandIntent(text);
    switch (intent) {
      case 'help':
        for (const line of midCheck ? [messages.helpMidCheck] : messages.help) await context.sendActivity(line);
        if (midCheck) return this.resumeOrWait(dc, true);
        await context.sendActivity(this.menu(context, messages.menuPrompt));
        return { status: DialogTurnStatus.complete };
      case 'restart':
        await dc.cancelAllDialogs();
        await this.reminder.forget(context);
        await this.triageFacts.delete(context);
        await this.offers.clear(context);
        await context.sendActivity(messages.restarted);
        await context.sendActivity(this.menu(context, messages.menuPrompt));
        return { status: DialogTurnStatus.complete };
      case 'contact':
        await this.answerReplies.sendClinic(context, this.services.answers.clinicTopic(text) ?? 'contact');
        if (!midCheck) await this.handoff.offer(context, { reason: 'contact', reasons: [], summary: [] });
        return this.resumeOrWait(dc, midCheck);
      case 'forget-me':
        return dc.beginDialog(FORGET_ME_DIALOG);
      default:
        break;
    }

    // The offer to pass an outcome to the team can come with a question right after it (the emergency
    // signs after a same-day outcome, a screen question after the check's): its buttons are no answer
    // to that question, which is asked again; the offer stays open for when the questions end.
    if (midCheck && (await this.handoff.isOfferButton(context, text))) return this.resumeOrWait(dc, true);
    // A screen question waits for its answer: nothing else reads the message.
    if (dc.activeDialog?.id === SCREEN_DIALOG) return undefined;
    if (midCheck) {
      const offer = await this.offers.find(context, text);
      if (offer) {
        await this.takeOffer(context, offer, true);
        return this.resumeOrWait(dc, true);
      }
      // A question in the middle of the check is answered, then the check goes on where it was; a
      // possible sign told with it ("my foot keeps slapping on the floor, is it from my back?") is
      // asked about first, as at the top level.
      const reading = readOnce(context, this.services.triage, text);
      if (reading.isQuestion) {
        const result = this.services.answers.answer(text);
        if (result.kind === 'answer' || result.kind === 'clinic') {
          if (result.kind === 'answer') await this.answerReplies.reply(context, text, result);
          // The clinic's own questions ("when are you open?") too, with the contact card.
          else await this.answerReplies.sendClinic(context, result.topic, result.also);
          const screens = this.screensFor(reading.detection, false);
          if (screens.length) return dc.beginDialog(SCREEN_DIALOG, this.screenOf(text, screens, { kind: 'reprompt' }));
          await context.sendActivity(messages.carryOn);
          return this.resumeOrWait(dc, true);
        }
      }
    }
    return undefined;
  }

  /**
   * Acts on red flags reported in `text`: the disposition at once, ending whatever was going on.
   * After a same-day (urgent) one, a short screen then asks only about the signs that would make it
   * an emergency: they were never asked, and the disposition must not wait for them. Undefined when
   * the turn goes on as usual.
   */
  private async redFlagInterrupt(dc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    // A click on a section button the bot just offered (a disposition's "Fever, chills or a swollen
    // hip") is its heading, not a report.
    if ((await this.offers.find(context, text))?.kind === 'section') return undefined;
    const detection = this.detect(context, text);
    if (detection.hits.length === 0) return undefined;
    const { triage } = this.services;
    const known = (await this.triageFacts.get(context)) ?? {};
    // An age told in this message ("my 8-year-old has started limping", "our son (6) has been limping":
    // the carer types for the one whose sign it is) counts like one answered in the check.
    const age = known.age === undefined && known.ageBand === undefined ? this.toldAge(text) : {};
    const serious = seriousHits(detection.hits, { ...known, ...age }, (f) => triage.decide(f));
    // Hits win over question shape ("I wet myself, is that bad?"): when unsure, escalate.
    if (serious.length === 0) return undefined;
    const flags = { ...(known.flags ?? {}) };
    for (const hit of serious) flags[hit.flagId] = 'yes';
    const facts = { ...known, ...age, flags };

    // In the screen, another same-day sign changes nothing: it is kept, and the message is still
    // read as the answer to the question ("not sure, and I've lost weight").
    if (isEmergencyScreen(dc) && this.services.triage.decide(facts).level !== 'emergency') {
      if (serious.some((h) => known.flags?.[h.flagId] !== 'yes')) {
        await this.triageFacts.set(context, facts);
        await context.sendActivity(this.services.content.messages.emergencyScreen.noted);
      }
      return undefined;
    }

    const mentioned = serious.map((h) => ({ flagId: h.flagId, about: h.about }));
    // A same-day sign told with what may be an emergency one ("her temperature is 39.4… her knees have
    // gone blotchy and purple"): the same-day outcome at once, then that emergency question.
    return this.giveOutcome(dc, facts, mentioned, true, this.emergencyScreens(detection, flags));
  }

  /**
   * A "book soon" sign told in the middle of the check ("I have osteoporosis… it started hurting after I
   * sneezed"): said at once with its level, as at the top level, and the check goes on, since it may
   * still find something that needs care sooner. Its answer reader keeps the sign for the outcome.
   */
  private async noteSoonSigns(context: TurnContext, text: string): Promise<void> {
    const detection = this.detect(context, text);
    if (detection.hits.length === 0) return;
    const { triage, content } = this.services;
    const known = (await this.triageFacts.get(context)) ?? {};
    const age = ageFactsOf(known) ?? this.toldAge(text);
    const bands = triage.protocol.questions.age.bands.map((b) => b.id);
    const signs = soonHits(detection.hits, age, bands, (f) => triage.decide(f)).filter((h) => known.flags?.[h.flagId] !== 'yes');
    if (signs.length === 0) return;
    const labels = signs.map((h) => triage.protocol.flags.find((f) => f.id === h.flagId)?.label ?? h.flagId).join('; ');
    const activity: Partial<Activity> = { type: 'message', text: fillTemplate(content.messages.symptomCheck.soonNoted, { labels }) };
    addEntity(activity, { type: 'clinic.triage', level: 'soon', reasons: signs.map((h) => h.flagId) });
    await context.sendActivity(activity);
  }

  /** The screen questions of this message that may be an emergency sign not yet answered. */
  private emergencyScreens(detection: DetectionResult, answered: Record<string, FlagAnswer>): ScreenOptions['questions'] {
    const { protocol } = this.services.triage;
    const isEmergency = (id: string) => protocol.flags.find((f) => f.id === id)?.level === 'emergency' && answered[id] === undefined;
    return this.screensFor(detection, false).filter((q) => q.flags.some(isEmergency));
  }

  /**
   * The signs told that need booking soon whatever the patient's age (seriousHits.ts `soonHits`), with
   * the age this message tells: at the top level no check is under way, so no other age is known.
   */
  private soonSigns(text: string, hits: readonly FlagHit[]): { signs: FlagHit[]; age: AgeFacts } {
    if (hits.length === 0) return { signs: [], age: {} };
    const { triage } = this.services;
    const age = this.toldAge(text);
    return { signs: soonHits(hits, age, triage.protocol.questions.age.bands.map((b) => b.id), (f) => triage.decide(f)), age };
  }

  /** The outcome for signs told at the top level that are not same day on their own (a "book soon" sign). */
  private soonOutcome(dc: DialogContext, { signs, age }: { signs: FlagHit[]; age: AgeFacts }): Promise<DialogTurnResult> {
    const flags = Object.fromEntries(signs.map((h) => [h.flagId, 'yes' as const]));
    return this.giveOutcome(dc, { ...age, flags }, signs.map((h) => ({ flagId: h.flagId, about: h.about })));
  }

  /** The age a message tells: the patient's ("I'm 52"), or else the one they write for ("my son is 13"). */
  private toldAge(text: string): Pick<Partial<TriageFacts>, 'age' | 'ageBand'> {
    const { triage } = this.services;
    const { age, ageBand } = triage.extractFacts(text, this.services.now());
    const someones = age === undefined && !ageBand ? triage.someonesAge(text) : undefined;
    const exact = age ?? someones;
    const band = ageBand ?? (someones === undefined ? undefined : ageBandOf(someones, triage.protocol));
    return { ...(exact !== undefined ? { age: exact } : {}), ...(band ? { ageBand: band } : {}) };
  }

  /** "Yes" or "not sure" to a screen question: that flag's outcome, whatever was going on. */
  private async escalate(dc: DialogContext, answers: Record<string, FlagAnswer>, about: 'self' | 'other', age: AgeFacts = {}): Promise<DialogTurnResult> {
    const known = (await this.triageFacts.get(dc.context)) ?? {};
    const flags = { ...(known.flags ?? {}) };
    // "Not sure" counts as yes where the rules would give a lower level for it.
    for (const [id, answer] of Object.entries(answers)) flags[id] = answer === 'unsure' && this.unsureIsLower(id) ? 'yes' : answer;
    const mentioned = about === 'other' ? Object.keys(answers).map((flagId) => ({ flagId, about })) : [];
    // An age the screened message told counts like one answered in the check ("my daughter is 13 and
    // has started limping" → "yes, she's here" is same day, as the check would give under 18).
    const told = known.age === undefined && known.ageBand === undefined ? age : {};
    return this.giveOutcome(dc, { ...known, ...told, flags }, mentioned, about === 'other');
  }

  /** The screen for a message's possible signs, with the age the message tells (used by `escalate` when none is known). */
  private screenOf(text: string, questions: ScreenOptions['questions'], then: ScreenThen): ScreenOptions {
    const age = this.toldAge(text);
    return { questions, then, ...(age.age !== undefined || age.ageBand ? { age } : {}) };
  }

  /** True when "not sure" about this flag alone would give less than the flag's own level. */
  private unsureIsLower(flagId: string): boolean {
    const { triage } = this.services;
    const flag = triage.protocol.flags.find((f) => f.id === flagId);
    if (!flag) return false;
    const rank = { 'self-care': 0, soon: 1, urgent: 2, emergency: 3 } as const;
    return rank[triage.decide({ flags: { [flagId]: 'unsure' } }).level] < rank[flag.level];
  }

  /** The outcome for these facts, ending whatever was going on; after a same-day one, the emergency screen. */
  private async giveOutcome(
    dc: DialogContext,
    facts: Partial<TriageFacts> & { flags: Record<string, FlagAnswer> },
    mentioned: { flagId: string; about: 'self' | 'other' }[],
    interrupted = mentioned.length > 0,
    pending: ScreenOptions['questions'] = [],
  ): Promise<DialogTurnResult> {
    const { context } = dc;
    // Cleared first: the disposition offers its own self-care buttons.
    await this.offers.clear(context);
    const disposition = await this.dispositions.send(context, facts, { interrupted, mentioned });
    await this.triageFacts.delete(context);
    await dc.cancelAllDialogs();
    if (disposition.level !== 'urgent') return { status: DialogTurnStatus.complete };
    // The possible emergency signs the message told, asked first; then the emergency signs every
    // same-day outcome asks about.
    if (pending.length) return dc.beginDialog(SCREEN_DIALOG, { questions: pending, then: { kind: 'after-outcome', facts, mentioned } } satisfies ScreenOptions);
    // It replaces the rest of a check in progress: its outcome is already given.
    return dc.beginDialog(EMERGENCY_SCREEN_DIALOG, { prefill: facts } satisfies SymptomCheckOptions);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const { messages } = this.services.content;
    const input = readTurnInput(context, this.services.maxMessageChars);
    if (input.kind !== 'text') return step.endDialog();
    const text = input.text;
    const handoffTurn = await this.handoff.takeOffer(step, text);
    if (handoffTurn) return handoffTurn;

    const offer = await this.offers.find(context, text);
    if (offer) {
      await this.takeOffer(context, offer);
      return step.endDialog();
    }
    if (text.toLowerCase() === messages.noAnswerChoices.rephrase.toLowerCase()) {
      await context.sendActivity(messages.askQuestionPrompt);
      return step.endDialog();
    }

    const intent = this.menuIntent(text) ?? this.services.answers.classifyIntent(text)?.intent;
    switch (intent) {
      case 'check-symptoms': {
        await this.offers.clear(context);
        // A story told with the request ("my left hip has ached for 3 weeks, can you check my
        // symptoms?") prefills the check as one told before it does.
        const toldNow = this.services.triage.extractFacts(text, this.services.now());
        const kept = await this.pendingPrefill.get(context);
        const prefill = storyFacts(toldNow, false) ? { ...kept, ...toldNow } : kept;
        await this.pendingPrefill.delete(context);
        const told = prefill && prefillLine(prefill, this.services.triage.protocol, messages.prefillConfirm);
        if (told) await context.sendActivity(told);
        return step.beginDialog(SYMPTOM_CHECK_DIALOG, prefill ? { prefill } : {});
      }
      case 'ask-question':
        await context.sendActivity(messages.askQuestionPrompt);
        return step.endDialog();
      case 'contact':
        await this.sendContactCard(context);
        return step.endDialog();
      case 'greeting':
        await context.sendActivity(this.menu(context, messages.greeting));
        return step.endDialog();
      case 'thanks':
      case 'feedback-positive':
        await context.sendActivity(this.menu(context, messages.thanks));
        return step.endDialog();
      case 'goodbye':
        await context.sendActivity(this.menu(context, messages.goodbye));
        return step.endDialog();
      case 'small-talk':
        await context.sendActivity(this.menu(context, messages.smallTalk));
        return step.endDialog();
      default:
        break;
    }

    // What may be a red flag but is not clear gets one short question first (a question is answered
    // first, then checked); a message about the body that nothing places gets the emergency signs.
    // Never a brush-off.
    const detection = this.detect(context, text);
    const { isQuestion } = readOnce(context, this.services.triage, text);
    // Answer and facts worked out once: the screen decision and the answer both use them.
    const read = this.readForAnswer(text);
    const screens = this.screensFor(detection, false);
    if (screens.length) {
      let then: ScreenThen = { kind: 'route', text };
      // Asked whose an emergency is ("my partner just had a fit… what do I do"): the question alone, at
      // once; an article first would stand between them and the 999 advice. "No" still answers (route).
      const someoneNow = detection.possible.some((p) => p.reason === 'whose' && this.services.triage.protocol.flags.some((f) => f.id === p.screenId && f.level === 'emergency' && f.aboutAnyone));
      if (isQuestion && read.result.kind !== 'none' && !someoneNow) {
        await this.answerText(context, text, read);
        then = { kind: 'done' };
      }
      return step.beginDialog(SCREEN_DIALOG, this.screenOf(text, screens, then));
    }
    // A sign told that needs booking soon ("my bones are thin and brittle… sudden pain after lifting
    // the shopping"): the same-day and emergency ones have interrupted already. The answer if it asked
    // one, then that outcome and its reasons, never "I can only help with…": the check would end there
    // or higher, and the outcome's safety-netting names what would make it more urgent.
    const soon = this.soonSigns(text, detection.hits);
    if (soon.signs.length) {
      if (isQuestion && read.result.kind !== 'none') await this.answerText(context, text, read);
      return this.soonOutcome(step, soon);
    }
    // Placed: hip, back, groin, buttock or leg (the check is offered), or a question about a medicine
    // (sent to the pharmacist, with the article on painkillers; its signs were screened above).
    // Anything else about the body gets the emergency signs (unless its warning signs were just denied).
    if (!read.prefill.location?.length && read.result.kind === 'none' && read.result.reason !== 'medicine') {
      const questions = this.screensFor(detection, true);
      if (questions.length) return step.beginDialog(SCREEN_DIALOG, this.screenOf(text, questions, { kind: 'route', text }));
    }
    await this.answerText(context, text, read);
    return step.endDialog();
  }

  /** The articles' answer and the facts a message tells, worked out once per message. */
  private readForAnswer(text: string): { result: AnswerResult; prefill: Partial<TriageFacts> } {
    return { result: this.services.answers.answer(text), prefill: this.services.triage.extractFacts(text, this.services.now()) };
  }

  /** Answers a free-text message at the top level from the articles, or says honestly it cannot. */
  private async answerText(context: TurnContext, text: string, read = this.readForAnswer(text)): Promise<void> {
    const { messages } = this.services.content;
    // A description of symptoms ("my left hip has hurt for 3 weeks") is kept, so that if the patient
    // then starts the check those questions are not asked again. It may be about someone else, or a
    // pet: the patient decides whether to start.
    const { prefill, result } = read;
    const reading = readOnce(context, this.services.triage, text);
    // A question to the clinic ("what time do you open on Saturday?") tells no story: its weekday is no duration.
    const described = result.kind !== 'clinic' && storyFacts(prefill, reading.isQuestion);
    if (described) await this.pendingPrefill.set(context, { ...(await this.pendingPrefill.get(context)), ...prefill });

    if (result.kind !== 'none') {
      await this.answerReplies.reply(context, text, result);
      // Told symptoms, or asked "…and is it serious?" after a question the articles answered: the check is offered.
      if (described || this.services.answers.checkAsked?.(text)) {
        const check = messages.menu.checkSymptoms;
        await context.sendActivity(renderChoices(context.activity.channelId, messages.symptomsCheckOffer, [{ title: check, value: check }]));
      }
      return;
    }
    // Something the detector took for a possible sign ("I can't walk without my stick", told, not
    // asked) is the patient's own body, not out of scope: offer the check, not "only hip and back".
    const toldASign = !reading.isQuestion && reading.detection.possible.length > 0;
    await this.answerReplies.reply(context, text, result, described || toldASign ? messages.symptomsOffer : undefined);
  }

  private async takeOffer(context: TurnContext, offer: Offer, midCheck = false): Promise<void> {
    if (offer.kind === 'dismiss') {
      await this.offers.clear(context);
      // Mid-check the question is asked again next; at the top level, invite another question.
      await context.sendActivity(midCheck ? this.services.content.messages.carryOn : this.services.content.messages.askQuestionPrompt);
      return;
    }
    if (offer.kind === 'feedback') {
      await this.recordFeedback(context, offer, midCheck);
      return;
    }
    const section = this.findSection(offer.article, offer.section);
    if (!section) return;
    await this.answerReplies.sendSection(context, section, { question: offer.question, via: offer.via, full: offer.full });
  }

  private async recordFeedback(
    context: TurnContext,
    fb: { kind: 'feedback'; vote: 'up' | 'down'; article: string; section: string; question: string; via: 'direct' | 'did-you-mean' | 'follow-up' },
    midCheck = false,
  ): Promise<void> {
    const { messages } = this.services.content;
    if (!this.findSection(fb.article, fb.section)) {
      await context.sendActivity(messages.invalidSubmission);
      return;
    }
    this.services.figures.record(context, { ...fb, at: this.services.now().toISOString() });
    // Always a way on: the menu's buttons, unless the check's question is asked again next.
    if (fb.vote === 'up') {
      await context.sendActivity(midCheck ? messages.feedback.thanksUp : this.menu(context, messages.feedback.thanksUp));
    } else {
      await context.sendActivity(messages.feedback.thanksDown);
      await this.sendContactCard(context);
      // The offer to pass the question to the team has its own buttons; otherwise the menu's.
      const offered = !midCheck && (await this.handoff.offer(context, { reason: 'feedback', reasons: [], summary: fb.question ? [fb.question] : [] }));
      if (!midCheck && !offered) await context.sendActivity(this.menu(context, messages.menuPrompt));
    }
  }

  private findSection(article: string, heading: string) {
    return findSection(this.services.content.articles, article, heading);
  }

  private async sendContactCard(context: TurnContext): Promise<void> {
    const { clinic, messages } = this.services.content;
    await context.sendActivity(renderContactCard(context.activity.channelId, clinic, messages.contact));
  }

  private menu(context: TurnContext, prompt: string) {
    const m = this.services.content.messages.menu;
    return renderChoices(context.activity.channelId, prompt, [
      { title: m.checkSymptoms, value: m.checkSymptoms },
      { title: m.askQuestion, value: m.askQuestion },
      { title: m.contact, value: m.contact },
    ]);
  }

  private menuIntent(text: string): MenuIntent | undefined {
    const m = this.services.content.messages.menu;
    const t = text.trim().toLowerCase();
    if (t === m.checkSymptoms.toLowerCase()) return 'check-symptoms';
    if (t === m.askQuestion.toLowerCase()) return 'ask-question';
    if (t === m.contact.toLowerCase() || t === this.services.content.messages.noAnswerChoices.contact.toLowerCase()) return 'contact';
    return undefined;
  }

  /** help / restart / contact / forget-me, recognised at every step. */
  private commandIntent(text: string): 'help' | 'restart' | 'contact' | 'forget-me' | undefined {
    if (this.menuIntent(text) === 'contact') return 'contact';
    const match = this.services.answers.classifyIntent(text);
    switch (match?.intent) {
      case 'help':
      case 'restart':
      case 'contact':
      case 'forget-me':
        return match.intent;
      default:
        return undefined;
    }
  }

  /** After an interruption: ask the active step's question again, or finish the turn. */
  private async resumeOrWait(dc: DialogContext, midCheck: boolean): Promise<DialogTurnResult> {
    if (midCheck) {
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return { status: DialogTurnStatus.complete };
  }
}
