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
  /** The widget's look (content/clinic.yaml `brand`): colours reaching 4.5:1 against white, a logo. */
  brand?: { primary: string; danger: string; logo?: string };
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
