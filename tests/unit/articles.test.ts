// The article loader: broken files stop with the file and line a clinician must fix; and the
// real articles keep the shape the answer engine relies on (short leads, example questions).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/clinical/articles.ts';
import { ContentError } from '../../src/clinical/contentFile.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes the given files into a fresh folder and returns the error loadArticles throws there. */
function loadError(files: Record<string, string>): ContentError {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'articles-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  try {
    loadArticles(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('loadArticles accepted a broken article');
}

const goodFront = ['---', 'id: sample', 'title: A sample article', 'summary: A short summary of it.'];
const article = (front: string[], body: string[]) => [...front, '---', ...body, ''].join('\n');

describe('loadArticles on broken files', () => {
  const cases: { name: string; text: string; line: number; says: RegExp }[] = [
    {
      name: 'a missing frontmatter field',
      text: article(['---', 'id: sample', 'title: A sample article'], ['## One', 'Text.']),
      line: 2,
      says: /summary/,
    },
    {
      name: 'bad YAML (an unquoted colon in the title)',
      text: article(['---', 'id: sample', 'title: Sciatica: what it is', 'summary: A short summary of it.'], ['## One', 'Text.']),
      line: 3,
      says: /not valid YAML/,
    },
    {
      name: 'bad YAML (a field given twice)',
      text: article([...goodFront, 'id: other'], ['## One', 'Text.']),
      line: 5,
      says: /not valid YAML.*unique/,
    },
    {
      name: 'examples naming a heading the article does not have',
      text: article([...goodFront, 'examples:', '  One:', '    - a question', '  Two:', '    - another question'], ['## One', 'Text.']),
      line: 8,
      says: /"Two"/,
    },
    {
      name: 'an empty section',
      text: article(goodFront, ['## One', 'Text.', '', '## Two', '', '## Three', 'More text.']),
      line: 9,
      says: /"Two" is empty/,
    },
    {
      name: 'an id that is not lower-case-dashes',
      text: article(['---', 'id: Sample Article', 'title: A sample article', 'summary: A short summary of it.'], ['## One', 'Text.']),
      line: 2,
      says: /id/,
    },
  ];

  it.each(cases)('names the file and line for $name', ({ text, line, says }) => {
    const err = loadError({ 'broken.md': text });
    expect(path.basename(err.file)).toBe('broken.md');
    expect(err.line).toBe(line);
    expect(err.message).toMatch(says);
    expect(err.message).toContain(`broken.md:${line}:`);
  });

  it('names both files when two articles share an id', () => {
    const text = article(goodFront, ['## One', 'Text.']);
    const err = loadError({ 'first.md': text, 'second.md': text });
    expect(path.basename(err.file)).toBe('second.md');
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/"sample".*first\.md/);
  });
});

/** Sentences in a plain paragraph (our leads avoid abbreviations such as "e.g."). */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=["(]?[A-Z])/).filter((s) => s.trim());
}

describe('the clinic articles', () => {
  const articles = loadArticles(path.join(root, 'content/articles'));
  const sections = articles.flatMap((a) => a.sections);

  it('has several articles with about 35 to 50 sections in all', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(sections.length).toBeGreaterThanOrEqual(35);
    expect(sections.length).toBeLessThanOrEqual(55);
  });

  // One test per check over every article / section, listing every offender at once.
  it('gives every article at least two sections', () => {
    expect(articles.filter((a) => a.sections.length < 2).map((a) => a.id)).toEqual([]);
  });

  it('gives every section a lead of 1 to 3 sentences, a heading short enough for a button, and 4+ examples', () => {
    const problems: string[] = [];
    for (const s of sections) {
      const name = `${s.articleId} / ${s.heading}`;
      const count = sentences(s.lead).length;
      if (count < 1 || count > 3) problems.push(`${name}: lead has ${count} sentences: ${s.lead}`);
      if (s.heading.length > 45) problems.push(`${name}: heading of ${s.heading.length} characters (buttons: 45 at most)`);
      if (s.examples.length < 4) problems.push(`${name}: ${s.examples.length} example questions (4 at least)`);
    }
    expect(sections.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('uses each heading once, so "did you mean" buttons are not ambiguous', () => {
    const headings = sections.map((s) => s.heading.toLowerCase());
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
  });

  it('gives each example question to one section only', () => {
    const examples = sections.flatMap((s) => s.examples.map((e) => e.toLowerCase().trim()));
    expect(examples.filter((e, i) => examples.indexOf(e) !== i)).toEqual([]);
  });

  it('tells readers to call the emergency number wherever bladder or bowel warning signs come up', () => {
    const redFlagSections = sections.filter((s) => /bladder|bowel|peeing/i.test(s.text));
    expect(redFlagSections.length).toBeGreaterThan(0);
    for (const s of redFlagSections) expect(s.text, `${s.articleId} / ${s.heading}`).toMatch(/emergency number/i);
  });

  it('never tells the reader they have a condition', () => {
    const diagnosis =
      /\byou(?:'ve got| have got| have| are suffering from)\s+(?:an? )?(?:sciatica|arthritis|osteoarthritis|bursitis|herniated|slipped disc|pinched nerve|spinal stenosis|spondylolisthesis|piriformis|ankylosing|cauda equina|sacroiliac|hip impingement)/i;
    for (const s of sections) expect(s.text, `${s.articleId} / ${s.heading}`).not.toMatch(diagnosis);
  });
});
