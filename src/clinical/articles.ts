// Loads the clinic's articles (content/articles/*.md): YAML frontmatter + `##` sections.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, parseYaml, readTextFile } from './contentFile.ts';
import type { Article, ArticleSection } from './types.ts';

const frontmatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes'),
    title: z.string().min(3),
    summary: z.string().min(10),
    /** Example questions per section, keyed by the section's exact heading. */
    examples: z.record(z.string(), z.array(z.string().min(3))).default({}),
  })
  .strict();

/** The section with this heading in the article with this id, if any. */
export function findSection(articles: readonly Article[], articleId: string, heading: string): ArticleSection | undefined {
  return articles.find((a) => a.id === articleId)?.sections.find((s) => s.heading === heading);
}

/** The same for an "article-id#Section heading" reference, as content files write it. */
export function findSectionRef(articles: readonly Article[], ref: string): ArticleSection | undefined {
  const at = ref.indexOf('#');
  return at < 0 ? undefined : findSection(articles, ref.slice(0, at), ref.slice(at + 1));
}

export function loadArticles(dir: string): Article[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch {
    throw new ContentError(dir, undefined, 'the articles folder is missing');
  }
  if (files.length === 0) throw new ContentError(dir, undefined, 'no articles (*.md) found');
  const articles = files.map((f) => parseArticle(path.join(dir, f), readTextFile(path.join(dir, f))));
  const seen = new Map<string, string>();
  for (const a of articles) {
    const other = seen.get(a.id);
    if (other) throw new ContentError(a.file, 2, `article id "${a.id}" is already used by ${path.basename(other)}`);
    seen.set(a.id, a.file);
  }
  return articles;
}

export function parseArticle(file: string, source: string): Article {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new ContentError(file, 1, 'must start with a "---" frontmatter block (id, title, summary)');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new ContentError(file, 1, 'the frontmatter block is not closed with "---"');
  const meta = parseYaml(file, lines.slice(1, end).join('\n'), frontmatterSchema, 1);

  const sections: ArticleSection[] = [];
  let current: { heading: string; line: number; body: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const text = current.body.join('\n').trim();
    if (!text) throw new ContentError(file, current.line, `section "${current.heading}" is empty`);
    const lead = text.split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ').trim();
    sections.push({
      articleId: meta.id,
      articleTitle: meta.title,
      heading: current.heading,
      text,
      lead,
      examples: meta.examples[current.heading] ?? [],
      file,
      line: current.line,
    });
  };
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^##\s+(.+?)\s*$/.exec(line);
    if (h && !line.startsWith('###')) {
      flush();
      if (sections.some((s) => s.heading === h[1])) throw new ContentError(file, i + 1, `duplicate section heading "${h[1]}"`);
      current = { heading: h[1]!, line: i + 1, body: [] };
    } else if (current) {
      current.body.push(line);
    } else if (line.trim() && !line.startsWith('# ')) {
      throw new ContentError(file, i + 1, 'text before the first "## " section heading');
    }
  }
  flush();
  if (sections.length === 0) throw new ContentError(file, end + 2, 'no "## " sections');
  for (const heading of Object.keys(meta.examples)) {
    if (!sections.some((s) => s.heading === heading)) {
      const line = lines.findIndex((l) => l.includes(heading)) + 1;
      throw new ContentError(file, line || 2, `examples name a section "${heading}" that the article does not have`);
    }
  }
  return { id: meta.id, title: meta.title, summary: meta.summary, file, sections };
}
