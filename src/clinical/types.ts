// Shared shapes of the clinical core. Nothing here knows about botbuilder or channels.

export type TriageLevel = 'emergency' | 'urgent' | 'soon' | 'self-care';
export const LEVEL_ORDER: readonly TriageLevel[] = ['self-care', 'soon', 'urgent', 'emergency'];
export function higherLevel(a: TriageLevel, b: TriageLevel): TriageLevel {
  return LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b) ? a : b;
}

export interface Clinic {
  name: string;
  phone: string;
  emergencyNumber: string;
  bookingUrl: string;
  email: string;
  hours: string[];
  address: string;
  /** Answers to the clinic's own questions by topic (hours, booking, cost...), with {placeholders}. */
  answers?: Partial<Record<string, string>>;
  /** The opening hours as data (for "we'll call you today before 7pm"); optional. */
  openingTimes?: OpeningTime[];
  /** IANA time zone of the opening times, e.g. Europe/London. */
  timeZone?: string;
  /** The widget's look (content/clinic.yaml `brand`): colours reaching 4.5:1 against white, a logo. */
  brand?: { primary: string; danger: string; logo?: string };
}

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
export interface OpeningTime {
  days: Weekday[];
  /** HH:MM, 24-hour, in the clinic's time zone. */
  open: string;
  close: string;
}

/** One `##` section of a clinic article: the unit the answer engine retrieves. */
export interface ArticleSection {
  articleId: string;
  articleTitle: string;
  heading: string;
  /** Full section text (Markdown, without the heading line). */
  text: string;
  /** The section's first paragraph: two or three plain sentences, the short answer. */
  lead: string;
  /** Example questions written by us, kept with the content (frontmatter `examples`). */
  examples: string[];
  file: string;
  line: number;
}

export interface Article {
  id: string;
  title: string;
  summary: string;
  file: string;
  sections: ArticleSection[];
}
