// Text shaping shared by the renderers: templates, Markdown vs plain text, link forms.
import type { ChannelCapabilities } from './capabilities.ts';

/**
 * Removes the inline Markdown our content uses (emphasis, links, code, headings, quotes) for
 * channels that would show the marks literally. Links keep their address: "text (url)".
 */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/gm, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[*+]\s+/gm, '- ');
}

/** Text as the channel should receive it: Markdown kept where rendered, stripped elsewhere. */
export function forChannel(caps: ChannelCapabilities, markdown: string): string {
  return caps.markdown ? markdown : stripMarkdown(markdown);
}

/** Joins paragraphs; blank ones (optional parts left empty) are skipped. */
export function paragraphs(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}

/** A list, one item a line: "- " is a Markdown list; "• " reads well where Markdown is not rendered. */
export function bulletList(caps: ChannelCapabilities, items: readonly string[]): string {
  const bullet = caps.markdown ? '- ' : '• ';
  return items.map((item) => `${bullet}${item}`).join('\n');
}

/** Shortens a button title to what the channel shows whole, at a word boundary when it can. */
export function buttonTitle(caps: ChannelCapabilities, title: string): string {
  const max = caps.maxButtonTitle;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `tel:` link for a phone number as written in clinic.yaml ("+44 20 7946 0000" → "tel:+442079460000"). */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** `mailto:` link for an address. */
export function mailtoUri(email: string): string {
  return `mailto:${email.trim()}`;
}

/** True for values that are links (opened by the client) rather than text the bot understands. */
export function isLink(value: string): boolean {
  return /^(https?:|tel:|mailto:)/i.test(value);
}
