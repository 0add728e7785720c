// The outcome of a symptom check or of a red-flag interruption, as one calm message: the level in
// plain words, why, what to do now, when to get help, a summary to show a clinician, and buttons
// to the self-care sections; then how to act on it (see `send`). Every word comes from content/.
import { findSection } from '../src/clinical/articles.ts';
import type { TurnContext } from 'botbuilder';
import { fillTemplate } from '../src/clinical/messages.ts';
import { summarizeFacts } from '../src/clinical/triage/index.ts';
import type { Disposition, FlagAnswer, TriageFacts } from '../src/clinical/triage/index.ts';
import { renderContactCard, renderDisposition, renderSameDayCard } from '../src/channels/index.ts';
import { noteDisposition } from '../src/turn/reachedLevel.ts';
import { addEntity } from './answerReplies.ts';
import { offerKey, type OfferMap, type Offers } from './offers.ts';
import type { BotServices } from './services.ts';
import type { HandoffDialog } from './staff/handoffDialog.ts';
import type { OutcomeReminder } from './outcomeReminder.ts';

export type DispositionFacts = Partial<TriageFacts> & { flags: Record<string, FlagAnswer> };

export interface DispositionOptions {
  /** Red flags the patient typed unprompted, ending what was going on. */
  interrupted: boolean;
  /** The signs the patient's own words reported, and whose they were (a carer may be typing). */
  mentioned?: { flagId: string; about: 'self' | 'other' }[];
  /** Signs the patient said yes to together, without saying which (each stored as "not sure"). */
  saidYesTo?: string[];
}

export class DispositionReplies {
  /**
   * @param offers where the self-care buttons are registered, so a click shows that article
   *   section; without it the buttons still send the section heading as a question.
   */
  constructor(
    private readonly services: BotServices,
    private readonly offers?: Offers,
    /** Offers to pass the summary to the clinic team at the end of a check (never for an emergency). */
    private readonly handoff?: Pick<HandoffDialog, 'afterOutcome'>,
    private readonly reminder?: OutcomeReminder,
  ) {}

  async send(context: TurnContext, facts: DispositionFacts, opts: DispositionOptions): Promise<Disposition> {
    const { content, triage } = this.services;
    const { messages } = content;
    const full: TriageFacts = { ...facts, flags: { ...facts.flags } };
    const disposition = triage.decide(full);
    const links = disposition.links
      .map((l) => findSection(content.articles, l.article, l.section))
      .filter((s) => s !== undefined);

    const activity = renderDisposition(
      context.activity.channelId,
      {
        headline: disposition.headline,
        level: disposition.level,
        whatToDo: disposition.whatToDo,
        reasons: this.reasonTexts(disposition, opts).filter((r) => r.trim() !== ''),
        safetyNet: disposition.safetyNet,
        summary: this.summary(full, disposition),
        links: [...this.callLink(disposition), ...links.map((s) => ({ label: s.heading, value: s.heading }))],
      },
      messages.disposition,
    );
    addEntity(activity, { type: 'clinic.triage', level: disposition.level, reasons: disposition.reasons });
    await context.sendActivity(activity);
    noteDisposition(context, disposition.level);

    if (this.offers) {
      const offers: OfferMap = {};
      for (const s of links) {
        offers[offerKey(s.heading)] = { kind: 'section', article: s.articleId, section: s.heading, full: false, via: 'follow-up', question: s.heading };
      }
      await this.offers.set(context, offers);
    }
    await this.reminder?.remember(context, disposition.level);
    // Outcome first: an emergency ends with its call action (no booking offer after it); a same-day
    // outcome ends with how to be seen today; the others with the contact card.
    if (disposition.level === 'urgent') await context.sendActivity(renderSameDayCard(context.activity.channelId, content.clinic, messages.contact));
    else if (disposition.level !== 'emergency') await context.sendActivity(renderContactCard(context.activity.channelId, content.clinic, messages.contact));
    await this.handoff?.afterOutcome(context, { reason: 'check', level: disposition.level, reasons: disposition.reasons, summary: this.summary(full, disposition) }, opts.interrupted);

    // Figures for staff: the level and the flag/rule ids only, never what the patient wrote.
    this.services.figures.record(context, {
      kind: 'disposition',
      level: disposition.level,
      reasons: disposition.reasons,
      interrupted: opts.interrupted,
      at: this.services.now().toISOString(),
    });
    return disposition;
  }

  /** For an emergency, calling the emergency number comes first, one tap away. */
  private callLink(disposition: Disposition): { label: string; value: string }[] {
    if (disposition.level !== 'emergency') return [];
    const { clinic, messages } = this.services.content;
    return [{ label: fillTemplate(messages.disposition.callEmergency, { emergencyNumber: clinic.emergencyNumber }), value: `tel:${clinic.emergencyNumber}` }];
  }

  /**
   * "Because you told me …" lines. Signs the patient typed unprompted (an interruption) read
   * "You mentioned …" rather than as an answer to a question; signs said yes to together read as
   * one line that says so, rather than as "not sure" about each.
   */
  private reasonTexts(disposition: Disposition, opts: DispositionOptions): string[] {
    const { protocol } = this.services.triage;
    const mentioned = new Map(opts.interrupted ? (opts.mentioned ?? []).map((m) => [m.flagId, m.about] as const) : []);
    const together = disposition.reasons.filter((id) => opts.saidYesTo?.includes(id));
    const texts: string[] = [];
    disposition.reasons.forEach((id, i) => {
      const flag = protocol.flags.find((f) => f.id === id);
      // Never "you mentioned" about someone else's symptom.
      if (flag && mentioned.has(id)) texts.push(fillTemplate(mentioned.get(id) === 'other' ? protocol.reasonTemplates.detectedOther : protocol.reasonTemplates.detected, { label: flag.label }));
      else if (together.length > 1 && together.includes(id)) {
        if (id === together[0]) texts.push(fillTemplate(this.services.content.messages.disposition.saidYesTo, { labels: together.map((t) => this.labelOf(t)).join('; ') }));
      } else texts.push(disposition.reasonTexts[i]!);
    });
    return texts;
  }

  private labelOf(flagId: string): string {
    return this.services.triage.protocol.flags.find((f) => f.id === flagId)?.label ?? flagId;
  }

  /** What the patient told us, positives and negatives, as short lines a clinician can read. */
  private summary(facts: TriageFacts, disposition: Disposition): string[] {
    const { protocol } = this.services.triage;
    const copy = this.services.content.messages.disposition;
    // The heading above the list already says what it is; the protocol's title would repeat it.
    const lines = summarizeFacts(facts, protocol)
      .filter((l) => l !== protocol.summary.title)
      .map((l) => (facts.durationDays !== undefined && l === fillTemplate(protocol.summary.duration, { value: facts.durationDays }) ? this.duration(facts.durationDays) : l));
    const denied = protocol.flags.filter((f) => facts.flags[f.id] === 'no').map((f) => f.short.toLowerCase());
    if (denied.length) lines.push(fillTemplate(copy.flagsNo, { value: denied.join('; ') }));
    lines.push(fillTemplate(protocol.summary.level, { value: copy.levels[disposition.level] }));
    return lines;
  }

  /** "less than a day", "about 5 days", "about 3 weeks", "about 4 months": what a person would say. */
  private duration(days: number): string {
    const copy = this.services.content.messages.disposition.duration;
    if (days < 1) return copy.underADay;
    if (days < 14) return fillTemplate(copy.days, { value: Math.round(days) });
    if (days < 61) return fillTemplate(copy.weeks, { value: Math.round(days / 7) });
    return fillTemplate(copy.months, { value: Math.round(days / 30.4) });
  }
}
