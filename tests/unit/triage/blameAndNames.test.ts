// Blame and cause (the fresh red-flag batch "blame", session 24): a blood test, a blood pressure reading or
// blood given is no bleeding to ask about, while bleeding told is still asked about or acted on.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('blood named in a test, a reading or a donation', () => {
  it.each([
    'My GP checked my bloods and temperature last week and it was all normal. Was it the cold snap, then?',
    "I'm on blood pressure tablets and a statin. My hip has been stiff for a few weeks.",
    'I gave blood on Friday and now my lower back aches. Was it lying on that couch?',
    'The blood tests my doctor ran for my hip ache all came back clear.',
  ])('"%s" asks nothing about bleeding', (text) => {
    expect(askedFlags(text)).not.toContain('severe-bleeding');
    expect(hitIds(text)).not.toContain('severe-bleeding');
  });

  it('bleeding told is still asked about, and heavy bleeding still acted on', () => {
    expect(askedFlags("I'm bleeding from a cut on my leg, was it the fence?")).toContain('severe-bleeding');
    expect(hitIds("I've cut my arm on the saw and the blood won't stop, it's everywhere")).toContain('severe-bleeding');
  });
});

// Replying to the assistant's last answer (the fresh red-flag batch "follow-ups", session 24).
describe('a sign told in a reply to an answer', () => {
  it('a question about a sign, then a statement of now, asks about it: "does that go for weeing too? Since yesterday I…"', () => {
    const text = "You said the painkillers can bung you up a bit — does that go for weeing too? Since yesterday I stand there for ages and hardly anything comes out, and I can't really tell when I need to go.";
    expect(askedFlags(text)).toContain('bladder-dysfunction');
    // A question about a product, then the past, asks nothing.
    expect(askedFlags('Which maternity pads are best? Had my baby three weeks ago and my lower back aches.')).not.toContain('bladder-dysfunction');
  });
  it('"I can\'t tell when I need to go" asks about the bladder and the bowels', () => {
    expect(askedFlags("since Sunday I can't really tell when I need to go")).toEqual(expect.arrayContaining(['bladder-dysfunction', 'bowel-dysfunction']));
  });
  it('"if the tingling\'s going down both legs now" is a report; without "now", a supposition asked about', () => {
    expect(hitIds("Does the stretch you showed still apply if the tingling's going down both legs now?")).toContain('bilateral-sciatica');
    expect(askedFlags('Is it serious if the numbness goes down both legs?')).toContain('bilateral-sciatica');
  });
  it('the advice quoted back ("you said see a doctor if…") is asked about, not acted on, and never passed over', () => {
    const quoted = "You said see a doctor if there's a temperature. Took mine twice to be safe, 36.8 both times.";
    expect(hitIds(quoted)).toEqual([]);
    expect(askedFlags("you said see a doctor if there's numbness down below, well I've got that now")).toContain('saddle-numbness');
  });
  it('a numb bum on long journeys that comes right on standing is asked about, not 999; on the toilet it is the sign', () => {
    const positional = 'my bum goes numb on long train journeys but comes right as soon as I stand up';
    expect(hitIds(positional)).toEqual([]);
    expect(askedFlags(positional)).toContain('saddle-numbness');
    expect(hitIds("I can't feel my bum when I sit on the toilet")).toContain('saddle-numbness');
  });
});

// Correcting or complaining to the assistant (the fresh red-flag batch "corrections", session 24).
describe('a sign told in a correction', () => {
  it('"I asked if it\'s normal that since my back went… only a dribble comes out?" is asked about', () => {
    expect(askedFlags("That's not what I asked. I asked if it's normal that since my back went I stand at the toilet for ages and only a dribble comes out?")).toContain(
      'bladder-dysfunction',
    );
  });
  it('"the left AND the right" is both legs', () => {
    expect(hitIds("I already said it's BOTH legs. Pins and needles down the back of the left AND the right, all the way to my feet.")).toContain('bilateral-sciatica');
    expect(hitIds('I turn left and right and my back clicks')).toEqual([]);
  });
  it('the reason given in the clause after ("because I did 200 squats") explains weak legs: asked, not 999', () => {
    const text = "You're not listening, my legs feel like jelly because I did 200 squats at the gym yesterday. They work fine, they're just stiff and sore.";
    expect(hitIds(text)).toEqual([]);
    // (Told without "They work fine", which says they are not weak, session 26.)
    expect(askedFlags('my legs feel like jelly because I did 200 squats at the gym yesterday')).toContain('leg-weakness');
    expect(hitIds("both my legs are weak because I can't feel them")).toContain('leg-weakness');
  });
  it('the chest press is no chest pain; a crushing chest pain after the gym still is', () => {
    expect(hitIds("I went too heavy on the chest press and now my lower back's tight")).toEqual([]);
    expect(hitIds('crushing pain in my chest since the gym')).toContain('chest-pain');
  });
  it('weak legs over by the next day are asked about, not 999', () => {
    expect(hitIds("My legs felt like jelly straight after the spin class but that's just tired muscles, fine next day")).toEqual([]);
  });
});

describe('a euphemism for a change in sex', () => {
  it('"nothing stirs in the trouser department" is asked about', () => {
    expect(askedFlags('Since the disc went last week nothing stirs in the trouser department at all, which was never a problem before.')).toContain('sexual-dysfunction');
    expect(askedFlags('my back is bad and I need new trousers, the department store is shut')).not.toContain('sexual-dysfunction');
  });
});

// Plans and conditions (the fresh red-flag batch "plans", session 24).
describe('a sign told beside a plan', () => {
  it('a fall in its idioms ("went down on the ice, landed right on my backside") is asked about (the fall screen)', () => {
    expect(askedFlags("The ache started a couple of days after I went down on the ice outside Tesco, landed right on my backside. I'll book in if it's still there next week.")).toContain('hip-fracture');
    expect(askedFlags('my mood went down on the weekend and my back aches')).not.toContain('hip-fracture');
  });
  it('panicking that it is a heart attack is asked about, not 999; "I think I\'m having a heart attack" is 999', () => {
    const fear = "Panic I'm having a heart attack every time my upper back twinges, but it's definitely the muscle, sore when I press it.";
    expect(hitIds(fear)).not.toContain('chest-pain');
    expect(hitIds("I think I'm having a heart attack")).toContain('chest-pain');
  });
});

describe('signs listed inside a plan', () => {
  it('"If I get any of those warning things, numb bum or bladder stuff, I\'ll go to A&E" supposes them', () => {
    expect(hitIds("If I get any of those warning things off your leaflet, numb bum or bladder stuff, I'll go to A&E. For now it's a dull ache across my lower back.")).toEqual([]);
  });
  it('a sign told after the plan is still told', () => {
    expect(hitIds("If it gets worse I'll call, numb bum since last night")).toContain('saddle-numbness');
    expect(hitIds("I'll ring if it gets worse, my bum is numb and I can't wee")).toEqual(expect.arrayContaining(['saddle-numbness', 'bladder-dysfunction']));
  });
});
