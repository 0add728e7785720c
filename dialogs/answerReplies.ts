// Sends what the answer engine found: a short answer with its source, "read more", follow-ups and
// feedback; "did you mean" choices; or an honest decline with a way forward. Each reply carries
// the clinic.answer / clinic.no-answer entity of the observable contract.
import type { Activity, TurnContext } from 'botbuilder';
import type { AnswerResult, FollowUp } from '../src/clinical/answer/types.ts';
import type { ArticleSection } from '../src/clinical/types.ts';
import { renderAnswer, renderChoices, renderContactCard, feedbackValues } from '../src/channels/index.ts';
import { clinicPlaceholders, fillTemplate } from '../src/clinical/messages.ts';
import type { ClinicTopic } from '../src/clinical/answer/clinicTopic.ts';
import type { BotServices } from './services.ts';
import { shortAnswer } from '../src/clinical/answer/engine.ts';
import { offerKey, type Offers, type OfferMap } from './offers.ts';
import { redactQuestion } from '../src/figures/redact.ts';
import { findSectionRef } from '../src/clinical/articles.ts';

type Via = 'direct' | 'did-you-mean' | 'follow-up';

export class AnswerReplies {
  constructor(
    private readonly services: BotServices,
    private readonly offers: Offers,
  ) {}

  /** Answers a free-text question; returns false when it declined. */
  /** `declineText` replaces the standard decline (e.g. an offer to check described symptoms). */
  async reply(context: TurnContext, question: string, result: AnswerResult, declineText?: string): Promise<boolean> {
    switch (result.kind) {
      case 'answer':
        await this.sendSection(context, result.section, {
          question, via: 'direct', full: false, followUps: result.followUps, secondary: result.secondary, excerpt: result.excerpt,
        });
        // A particular medicine asked about: the article explains its kind; the pharmacist advises on it.
        if (result.medicine) await context.sendActivity(this.services.content.messages.medicineNote);
        this.services.figures.record(context, { kind: 'answered', article: result.section.articleId, section: result.section.heading, at: this.services.now().toISOString() });
        return true;
      case 'clinic':
        await this.sendClinic(context, result.topic, result.also);
        return true;
      case 'clarify':
        await this.sendClarify(context, question, result.options);
        return true;
      case 'none':
        if (result.reason === 'medicine') await this.sendMedicineDecline(context, question);
        else if (result.reason === 'pregnancy') await this.sendPregnancyDecline(context, question);
        else if (result.reason === 'unsure') await this.sendUnsure(context, question, result.near, declineText);
        else await this.sendNoAnswer(context, question, declineText);
        return false;
    }
  }

  async sendSection(
    context: TurnContext,
    section: ArticleSection,
    opts: { question: string; via: Via | 'read-more'; full: boolean; followUps?: FollowUp[]; secondary?: ArticleSection; excerpt?: string | undefined },
  ): Promise<void> {
    const { messages } = this.services.content;
    const channelId = context.activity.channelId;
    const readMoreValue = `${messages.readMoreLabel}: ${section.heading}`;
    const followUps = (opts.followUps ?? []).slice(0, 2);
    const via: Via = opts.via === 'read-more' ? 'direct' : opts.via;
    const activity = renderAnswer(
      channelId,
      {
        title: section.articleTitle,
        heading: section.heading,
        text: opts.full ? section.text : shortAnswer(section, opts.excerpt),
        articleId: section.articleId,
        followUps: followUps.map((f) => ({ label: f.label, question: f.question })),
        readMoreValue: opts.full ? undefined : readMoreValue,
        feedback: true,
      },
      messages,
    );
    addEntity(activity, { type: 'clinic.answer', article: section.articleId, section: section.heading });
    await context.sendActivity(activity);

    const offers: OfferMap = {};
    // Kept with the offers in conversation state (and, after a 👎, in the figures and a call-back
    // summary): without the personal details typed in it.
    const question = redactQuestion(opts.question);
    if (!opts.full) {
      const readMore = { kind: 'section', article: section.articleId, section: section.heading, full: true, via: 'read-more', question } as const;
      offers[offerKey(readMoreValue)] = readMore;
      // Typed without the heading ("read more") it means the answer just given.
      offers[offerKey(messages.readMoreLabel)] = readMore;
    }
    for (const f of followUps) {
      offers[offerKey(f.question)] = { kind: 'section', article: f.article, section: f.section, full: false, via: 'follow-up', question: f.question };
      offers[offerKey(f.label)] = offers[offerKey(f.question)]!;
    }
    for (const [vote, value] of Object.entries(feedbackValues(messages)) as ['up' | 'down', string][]) {
      offers[offerKey(value)] = { kind: 'feedback', vote, article: section.articleId, section: section.heading, question, via };
    }
    await this.offers.set(context, offers);
    // A question on two topics gets a second short part from the other section, after the first.
    if (opts.secondary) {
      const other = opts.secondary;
      const second = renderAnswer(
        channelId,
        { title: other.articleTitle, heading: other.heading, text: other.lead, articleId: other.articleId, followUps: [], feedback: false },
        messages,
      );
      addEntity(second, { type: 'clinic.answer', article: other.articleId, section: other.heading });
      await context.sendActivity(second);
    }
  }

  /** One of the clinic's own questions (and `also` the other half of it): the answers from content/clinic.yaml, then the contact card. */
  async sendClinic(context: TurnContext, topic: ClinicTopic, also?: ClinicTopic): Promise<void> {
    const { clinic, messages } = this.services.content;
    const templates = [clinic.answers?.[topic] ?? clinic.answers?.contact, also ? clinic.answers?.[also] : undefined].filter((t): t is string => !!t);
    const values = { ...clinicPlaceholders(clinic), address: clinic.address, hours: clinic.hours.join('; ') };
    const card = renderContactCard(context.activity.channelId, clinic, messages.contact);
    if (templates.length) {
      const text = templates.map((t) => fillTemplate(t, values)).join('\n\n');
      card.text = card.text ? `${text}\n\n${card.text}` : text;
    }
    addEntity(card, { type: 'clinic.answer', article: 'clinic', section: topic });
    await context.sendActivity(card);
  }

  async sendClarify(context: TurnContext, question: string, options: ArticleSection[]): Promise<void> {
    const { messages } = this.services.content;
    const offers: OfferMap = {};
    const choices = options.map((s) => {
      offers[offerKey(s.heading)] = { kind: 'section', article: s.articleId, section: s.heading, full: false, via: 'did-you-mean', question: redactQuestion(question) };
      return { title: s.heading, value: s.heading };
    });
    choices.push({ title: messages.noneOfThese, value: messages.noneOfThese });
    offers[offerKey(messages.noneOfThese)] = { kind: 'dismiss' };
    await this.offers.set(context, offers);
    await context.sendActivity(renderChoices(context.activity.channelId, messages.didYouMean, choices));
  }

  /**
   * A question about a named medicine: who can advise on it, with the article section on painkillers
   * offered as a button (declined all the same: `clinic.no-answer`).
   */
  async sendMedicineDecline(context: TurnContext, question: string): Promise<void> {
    const { messages, articles } = this.services.content;
    const c = messages.noAnswerChoices;
    // Checked at start (src/content.ts), so it is there.
    const s = findSectionRef(articles, messages.medicineDecline.section);
    const offers: OfferMap = {};
    if (s) offers[offerKey(s.heading)] = { kind: 'section', article: s.articleId, section: s.heading, full: false, via: 'did-you-mean', question: redactQuestion(question) };
    const choices = [...(s ? [s.heading] : []), c.rephrase, c.contact].map((t) => ({ title: t, value: t }));
    await this.sendDecline(context, question, messages.medicineDecline.text, choices, offers);
  }

  /** A question about pregnancy or pain while pregnant: who advises instead, and the clinic (declined all the same: `clinic.no-answer`). */
  async sendPregnancyDecline(context: TurnContext, question: string): Promise<void> {
    const { messages } = this.services.content;
    const c = messages.noAnswerChoices;
    await this.sendDecline(context, question, messages.pregnancyDecline, [c.contact, c.rephrase].map((t) => ({ title: t, value: t })));
  }

  /**
   * A question about what we cover that no section answers surely enough: said so, with the nearest sections
   * to choose from, then another question or the clinic (declined all the same: `clinic.no-answer`). Never
   * "I can only help with hip and lower back pain" to a question about the back.
   */
  async sendUnsure(context: TurnContext, question: string, near: ArticleSection[], text?: string): Promise<void> {
    const { messages } = this.services.content;
    const c = messages.noAnswerChoices;
    const offers: OfferMap = {};
    const choices = near.map((s) => {
      offers[offerKey(s.heading)] = { kind: 'section', article: s.articleId, section: s.heading, full: false, via: 'did-you-mean', question: redactQuestion(question) };
      return { title: s.heading, value: s.heading };
    });
    // Offering the symptom check (told symptoms): it comes first.
    if (text) choices.unshift({ title: c.checkSymptoms, value: c.checkSymptoms });
    choices.push({ title: c.rephrase, value: c.rephrase }, { title: c.contact, value: c.contact });
    await this.sendDecline(context, question, text ?? messages.unsureAnswer, choices, offers);
  }

  async sendNoAnswer(context: TurnContext, question: string, text?: string): Promise<void> {
    const { messages } = this.services.content;
    const c = messages.noAnswerChoices;
    const choices = [
      { title: c.rephrase, value: c.rephrase },
      { title: c.checkSymptoms, value: c.checkSymptoms },
      { title: c.contact, value: c.contact },
    ];
    // When offering the symptom check, put it first.
    if (text) choices.unshift(choices.splice(1, 1)[0]!);
    await this.sendDecline(context, question, text ?? messages.noAnswer.join(' '), choices);
  }

  /** A decline with its way forward: `clinic.no-answer`, the offers it makes (none: cleared), and the staff figure. */
  private async sendDecline(context: TurnContext, question: string, text: string, choices: { title: string; value: string }[], offers?: OfferMap): Promise<void> {
    const activity = renderChoices(context.activity.channelId, text, choices);
    addEntity(activity, { type: 'clinic.no-answer' });
    await context.sendActivity(activity);
    if (offers) await this.offers.set(context, offers);
    else await this.offers.clear(context);
    this.services.figures.record(context, { kind: 'unanswered', question, at: this.services.now().toISOString() });
  }
}

export function addEntity(activity: Partial<Activity>, entity: { type: string; [key: string]: unknown }): void {
  activity.entities = [...(activity.entities ?? []), entity];
}
