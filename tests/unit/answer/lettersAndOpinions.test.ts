// Words from clinic letters and scan reports, and questions asking the clinic's own view: the classes
// of misses of the fresh batches "letters and reports" and "asking your opinion" (issue 10, session 17).
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const shown = (q: string) => headingOf(engine.answer(q));

describe('the words of a letter or report are read as the articles say them', () => {
  it.each([
    ['My X-ray report says "mild degenerative changes at L4/5". Does that mean my spine is wearing out?', 'Arthritis and osteoarthritis'],
    ["letter says facet joint arthropathy L3-S1. so is that arthritis in my back?", 'Arthritis and osteoarthritis'],
    ['The referral mentions "radicular symptoms L leg". Is that just a posh way of saying sciatica?', 'Sciatica'],
    ["Ultrasound report says 'greater trochanteric pain syndrome (GTPS)'. Is that the same as hip bursitis?", 'Bursitis of the hip'],
    ['GP letter says trochanteric bursitis. what actually is that', 'Bursitis of the hip'],
    ['Rheumatology letter says axial spondyloarthritis. What is this and is it serious?', 'Ankylosing spondylitis'],
  ])('"%s" → %s', (q, heading) => {
    expect(shown(q)).toBe(heading);
  });
  it('"the doctor wrote lumbar radiculopathy on my notes, is that the same as sciatica" is about the nerve', () => {
    expect(['Sciatica', 'Pinched nerve in the lower back']).toContain(shown('the doctor wrote lumbar radiculopathy on my notes, is that the same as sciatica'));
  });
});

describe('"work out if / where" asks how to tell, not how to exercise', () => {
  it.each([
    "What do you usually tell people who can't work out if it's their hip or their back that's the actual problem?",
    'How will the physio work out where the pain is actually coming from?',
  ])('"%s" → how to tell hip from back', (q) => {
    expect(shown(q)).toMatch(/^(Hip or back, why it is hard to tell|Signs the pain comes from the (hip|spine))$/);
  });
  it('working out at the gym is still exercise', () => {
    expect(shown('is it ok to work out at the gym with a sore lower back')).not.toMatch(/hard to tell/);
  });
});

describe("five-a-side is football, not the side of the body", () => {
  it('a pinch in the hip at five-a-side is answered about the hip, not about one side', () => {
    expect(shown('Is it normal to get a sharp pinch in the front of my hip when I squat or pull my knee up? I play five-a-side twice a week. I read about hip impingement and that it can give you arthritis young. Should I stop playing? Am I wrecking my hip?')).toBe('Hip impingement');
  });
});

describe("the clinic's own questions put in other words", () => {
  it.each([
    ['Do you take health insurance, or would I have to pay up front and claim it back myself?', 'clinic:insurance'],
    ["I'd rather speak to one of your physios than a chat thing, if that's alright. Can I?", 'clinic:human'],
    ["What's the best way to get hold of you, phone or email?", 'clinic:contact'],
  ])('"%s" → %s', (q, topic) => {
    expect(shown(q)).toBe(topic);
  });
  it('talking to one\'s own physio about a treatment is still a health question', () => {
    expect(shown('should I talk to my physio about steroid injections?')).toBe('Steroid injections');
  });
});

describe('a topic that no section of the kind asked covers is the story, not the question', () => {
  it.each([
    ['spent the whole weekend digging the garden and now my back is killing me, how long will it take to settle?', 'How soon back pain gets better'],
    ["My back's been grumbling for nigh on a month now despite taking it easy. Should somebody have a look at it?", 'When to see a doctor'],
  ])('"%s" → %s', (q, heading) => {
    expect(shown(q)).toBe(heading);
  });
  it('a question naming neither the hip nor the back is not answered on its kind alone', () => {
    expect(shown("Blood test letter: TSH raised, T4 low-normal, 'subclinical hypothyroidism, repeat in 3 months'. Does that need treating?")).toBe('(none)');
  });
  it('returning to the clinic is a visit, not pain that comes back', () => {
    expect(shown('would a chiropractor be better than coming back to you for my back?')).toBe('Massage, acupuncture and chiropractic');
  });
});

describe('"surely" insists; it is no "not sure"', () => {
  it('"surely lying flat for a few days is better??" asks about bed rest', () => {
    expect(shown("Discharge sheet says 'advised to remain active, avoid bed rest'. But my back is agony, surely lying flat for a few days is better??")).toBe('Rest and bed rest');
  });
  it('not being sure is still Not sure what to do', () => {
    expect(shown("I'm not sure what to do about my back")).toBe('Not sure what to do');
  });
});
