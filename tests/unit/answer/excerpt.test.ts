// Sentence-level answers: the lead, then the sentence or bullet of the same section that answers
// the question asked, still easy to read.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- text-readability ships no type declarations (TS7016); typed just below.
import untypedReadability from 'text-readability';
import path from 'node:path';
import { loadLexicon, shortAnswer } from '../../../src/clinical/answer/index.ts';
import { bodyUnits, renderUnits } from '../../../src/clinical/answer/excerpt.ts';
import { contentEngine } from './helpers.ts';

const readability: { fleschKincaidGrade(text: string): number } = untypedReadability;
const engine = contentEngine();

function shown(q: string): { heading: string; text: string; excerpt: string } {
  const r = engine.answer(q);
  if (r.kind !== 'answer') throw new Error(`${q}: ${r.kind}`);
  return { heading: r.section.heading, text: shortAnswer(r.section, r.excerpt), excerpt: r.excerpt ?? '' };
}

describe('answering the question asked inside the section', () => {
  it.each([
    ['how do they treat a herniated disc', 'Herniated or slipped disc', /physio/i],
    ['how long does acute lower back pain last', 'What lower back pain means', /weeks/i],
    ['what does arthritis do to the joint', 'Arthritis and osteoarthritis', /bone|stiffness/i],
  ])('%s: the lead of %s, then the sentence that answers', (q, heading, answers) => {
    const s = shown(q);
    expect(s.heading).toBe(heading);
    expect(s.excerpt).toMatch(answers);
    expect(s.text.startsWith(engine.sections.find((x) => x.heading === heading)!.lead)).toBe(true);
  });

  it('"the most common cause" shows the sentence that names it', () => {
    for (const q of ['what is the most common cause of hip pain', 'commonest reason for a painful hip']) {
      const s = shown(q);
      expect(s.heading).toBe('What causes hip and back pain');
      expect(s.excerpt).toMatch(/osteoarthritis.*most common cause of hip pain/i);
    }
  });

  it('"list the red flags" shows the whole list, every sign, as bullets', () => {
    const s = shown('list the red flags');
    expect(s.heading).toBe('Warning signs that need emergency care');
    const bullets = s.excerpt.split('\n');
    expect(bullets.every((b) => b.startsWith('- '))).toBe(true);
    for (const sign of [/bladder/i, /bowel/i, /saddle/i, /both legs/i, /cannot move/i]) expect(s.excerpt).toMatch(sign);
  });

  it('a list question on a treatment shows that section\'s list', () => {
    const s = shown('list the treatments for sciatica');
    expect(s.heading).toBe('Treating sciatica');
    expect(s.excerpt).toMatch(/^- .*\n- /);
    expect(s.excerpt).toMatch(/physiotherapy/i);
  });

  it('the bullet that says what was asked in most ways comes first, not the one that repeats the name', () => {
    const s = shown('what does osteoarthritis do to your joints');
    expect(s.heading).toBe('Arthritis and osteoarthritis');
    expect(s.excerpt.split('\n')[0]).toMatch(/cartilage wears away/i);
  });

  it('a kind-of-answer word is not a second topic ("treated" does not bring in "Treating sciatica")', () => {
    const r = engine.answer('how is arthritis treated');
    expect(r.kind === 'answer' && r.section.heading).toBe('Arthritis and osteoarthritis');
    expect(r.kind === 'answer' && r.secondary).toBeFalsy();
  });

  it('"how many minutes" shows the sentence with the number', () => {
    const s = shown('how many minutes should I keep an ice pack on');
    expect(s.heading).toBe('Heat or ice');
    expect(s.excerpt).toMatch(/15 to 20 minutes/);
  });

  it('a treatment question on a condition whose section says no treatment gets the general treatment part too', () => {
    const r = engine.answer('what is the treatment for hip bursitis');
    expect(r.kind === 'answer' && r.section.heading).toBe('Bursitis of the hip');
    expect(r.kind === 'answer' && r.secondary?.heading).toBe('Treatment options for hip and back pain');
  });

  it.each([
    ['what brings on chronic low back pain', 'What causes hip and back pain'],
    ['should I see a doctor about acute low back pain', 'When to see a doctor'],
    ['how long does a slipped disc take to heal', 'How soon back pain gets better'],
  ])('a causes, see-a-doctor or how-long question answered by a section that does not say it gets the general part too: %s', (q, general) => {
    const r = engine.answer(q);
    expect(r.kind === 'answer' && r.section.heading).not.toBe(general);
    expect(r.kind === 'answer' && r.secondary?.heading).toBe(general);
  });

  it('a medical word the lead says only in lay words gets the sentence that names it ("a slipped vertebra" is not "spondylolisthesis")', () => {
    const s = shown('what causes spondylolisthesis');
    expect(s.heading).toBe('Pinched nerve in the lower back');
    expect(s.excerpt).toMatch(/Spondylolisthesis \(one bone of the spine slipping forward/);
  });

  it('general advice to be seen is not added when the section answers the rest of what was asked (the "phone" of a phone number)', () => {
    const r = engine.answer('my name is Jane Doe, phone 07700 900456 - does swimming help hip pain?');
    expect(r.kind === 'answer' && r.section.heading).toBe('Gentle exercise');
    expect(r.kind === 'answer' && r.secondary).toBeFalsy();
  });

  it('every general section named in content/lexicon.yaml exists in the articles', () => {
    const ids = new Set(engine.sections.map((x) => `${x.articleId}#${x.heading}`));
    const general = loadLexicon(path.join(import.meta.dirname, '../../../content/lexicon.yaml')).generalSections;
    expect(general.size).toBeGreaterThan(0);
    for (const id of general.values()) expect(ids.has(id), id).toBe(true);
  });

  it('advice to be seen the same day is never followed by general treatment advice', () => {
    const r = engine.answer('I am having treatment for bowel cancer and now my back aches');
    expect(r.kind === 'answer' && r.section.heading).toBe('Other reasons to be seen the same day');
    expect(r.kind === 'answer' && r.secondary).toBeFalsy();
  });

  it('"who should I talk to about…" is a question about getting help, answered from "When to get help"', () => {
    const r = engine.answer('who should I talk to about severe hip pain that keeps going');
    expect(r.kind === 'answer' && r.section.articleId).toBe('when-to-get-help');
  });

  it('a clause of a long bullet can answer alone (rheumatoid arthritis)', () => {
    const s = shown('can rheumatoid arthritis affect the hip');
    expect(s.heading).toBe('Arthritis and osteoarthritis');
    expect(s.excerpt).toMatch(/immune system/i);
  });

  it('adds nothing when the lead already answers a "what is" question', () => {
    expect(shown('what is a herniated disc').excerpt).toBe('');
  });

  // Leads are at grade 8 at most; a sentence added after one may name a treatment or a joint part,
  // so the whole short answer is allowed half a grade more than two grades above that.
  it('keeps the short answer short and near the leads\' reading age', () => {
    for (const q of ['how do they treat a herniated disc', 'how long does acute lower back pain last', 'what does arthritis do to the joint']) {
      const { text } = shown(q);
      expect(text.split(/\s+/).length).toBeLessThanOrEqual(110);
      expect(readability.fleschKincaidGrade(text.replace(/^- /gm, ''))).toBeLessThanOrEqual(10.5);
    }
  });

  it('splits a section body into sentences and bullets, without intro lines', () => {
    const units = bodyUnits('Lead here.\n\nWhat it does:\n\n- **acute**: new, lasting up to a few weeks;\n- a fall;\n\nIt can also spread down the leg.', 'Lead here.');
    expect(units.map((u) => u.text)).toEqual(['Acute: new, lasting up to a few weeks.', 'It can also spread down the leg.']);
    expect(renderUnits([{ text: 'One thing.', bullet: true }, { text: 'Another.', bullet: true }])).toBe('- One thing.\n- Another.');
  });
});

describe('did you mean only for real ambiguity', () => {
  it.each(['what causes sciatica?', 'what causes siatica', 'what does sciatica feel like'])('%s answers the section it names', (q) => {
    expect(shown(q).heading).toBe('Sciatica');
  });
});
