// Signs whose cause is told a sentence before them, and words that look like a sign's name (session 25: the
// fresh red-flag batches "jokes and gallows humour" and "devices and numbers"; none of these is a batch sentence).
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('the cause in one sentence, the sign in the next', () => {
  it('a blow to the head, then being sick: a head injury at once', () => {
    expect(hitIds('Banged my head on the loft hatch this morning. I have thrown up twice since.')).toContain('head-injury');
  });
  it('a blow denied, or someone else\'s, does not carry', () => {
    expect(hitIds('I did not hit my head. I have thrown up twice since lunch.')).not.toContain('head-injury');
    expect(hitIds('My brother banged his head at football. I have been sick all morning with a bug.')).not.toContain('head-injury');
  });
  it('a fall, then a leg that will not bear weight: a possible broken hip', () => {
    expect(hitIds('Tripped on the kerb and landed on my side. Now that leg will not hold my weight.')).toContain('hip-fracture');
    expect(hitIds("I went flying on the stairs. Ever since, the leg won't take any weight.")).toContain('hip-fracture');
  });
  it('a fall that was someone else\'s does not carry', () => {
    expect(hitIds('My husband fell off a ladder last week. I cannot put any weight on my leg since my sciatica flared.')).not.toContain('hip-fracture');
  });
  it('a fever, then new confusion: sepsis', () => {
    expect(hitIds('My temperature was 39.2 this morning. Now I am muddled and keep forgetting what day it is.')).toContain('sepsis');
  });
  it('confused about a choice is no confusion', () => {
    expect(hitIds('I have a temperature of 38. I am confused about which painkiller to take.')).not.toContain('sepsis');
  });
  it('an operation, then a swollen leg: a possible clot', () => {
    expect(hitIds('Had my knee replaced ten days ago. My leg on that side is swollen and throbbing.')).toContain('leg-clot');
  });
  it('a calf told in one sentence and its swelling in another is asked about', () => {
    expect(askedFlags('My left calf is tight and throbs when I walk. Is that much swelling normal?')).toContain('leg-clot');
  });
});

describe('a stroke is the illness, not a movement', () => {
  it('stroking a pet, a pedal or swimming stroke, a stroke of luck: no stroke', () => {
    for (const text of ['I was stroking the dog and my back twinged', 'my hip clicks on every pedal stroke', 'my back aches after swimming breast stroke', 'it was a stroke of luck the physio had a slot']) {
      expect(hitIds(text), text).not.toContain('stroke');
    }
  });
  it('"I think I am having a stroke" is a stroke', () => {
    expect(hitIds('I think I am having a stroke')).toContain('stroke');
  });
});

describe('a fit with a word between, and fits that are no seizure', () => {
  it('"having a really bad fit" is a seizure', () => {
    expect(hitIds('my son is having a really bad fit on the floor right now')).toContain('seizure');
  });
  it('a hissy fit or a fit of the giggles is not', () => {
    expect(hitIds('she had a hissy fit when I said no and my back twinged')).not.toContain('seizure');
    expect(hitIds('I had a fit of the giggles and my back went')).not.toContain('seizure');
  });
});

describe('a throat closing up', () => {
  it('with a wheeze, or after a medicine: a severe allergic reaction', () => {
    expect(hitIds('my throat is closing up and I am wheezing')).toContain('anaphylaxis');
    expect(hitIds('started the new anti-inflammatory and my throat feels tight')).toContain('anaphylaxis');
  });
});

describe('pain at night whatever way one lies', () => {
  it('"doesn\'t ease no matter how I lie" is night pain', () => {
    expect(hitIds("The pain in my back doesn't ease no matter how I lie.")).toContain('night-pain');
  });
  it('pain that eases whichever side one lies on is not', () => {
    expect(hitIds('The pain eases whether I lie on my side or my back.')).not.toContain('night-pain');
  });
});

describe('weight one would lose as a remedy, and habits given up', () => {
  it('"would losing a bit of weight make a difference" reports no weight lost, nor hopelessness', () => {
    const r = hitIds('Do you think losing a bit of weight or giving up cigarettes would make a difference to my back?');
    expect(r).not.toContain('weight-loss');
  });
  it('weight lost without trying is still told', () => {
    expect(hitIds("I've lost a stone without trying since the summer.")).toContain('weight-loss');
  });
  it('giving up a habit asks nothing of mood; giving up on everything still does', () => {
    expect(askedFlags('I gave up smoking in May and my back still hurts')).not.toContain('suicidal');
    expect(askedFlags('I feel like giving up, nothing helps my back')).toContain('suicidal');
  });
});

describe('a trapped nerve is no one feeling trapped', () => {
  it('a question about a trapped nerve asks nothing of mood', () => {
    expect(askedFlags('the GP says I have a trapped nerve in my lower back, how does a nerve get trapped?')).not.toContain('suicidal');
  });
  it('feeling trapped by the pain still asks', () => {
    expect(askedFlags('I feel trapped by this back pain and I cannot see a way out')).toContain('suicidal');
  });
});

describe('weeding is gardening', () => {
  it('"weeding", "pulling weeds" ask nothing of the bladder; "weeing" and "I weed myself" still do', () => {
    expect(askedFlags('kneeling and weeding in the garden makes my hip and back ache')).not.toContain('bladder-dysfunction');
    expect(askedFlags('I hurt my back pulling weeds on the allotment')).not.toContain('bladder-dysfunction');
    expect([...askedFlags('weeing is hard since Monday'), ...hitIds('weeing is hard since Monday')]).toContain('bladder-dysfunction');
  });
});

describe('everyday ailments named with a cue\'s word', () => {
  it.each([
    ['terrible heartburn after dinner, what helps?', 'chest-pain'],
    ['the chiropractor said I have slipped a disc, what does that mean?', 'hip-fracture'],
    ['I am making a training slide for care staff about lifting', 'hip-fracture'],
  ])('%j asks nothing', (text, flag) => expect(askedFlags(text)).not.toContain(flag));
  it('a throat closing up and a fall still ask', () => {
    expect([...askedFlags('my throat feels like it is closing'), ...hitIds('my throat feels like it is closing')]).toContain('breathing');
    expect([...askedFlags('I slipped on the ice this morning and my back hurts'), ...hitIds('I slipped on the ice this morning and my back hurts')].length).toBeGreaterThan(0);
  });
});

describe('a head turned, a steroid injected', () => {
  it('a stiff neck that will not turn the head asks nothing of a head injury or stroke', () => {
    expect(askedFlags("woke up with a stiff neck and can't turn my head")).not.toContain('stroke');
  });
  it('a steroid injection asks nothing of steroid tablets; a course of tablets still does', () => {
    expect(askedFlags('my GP offered me a steroid injection for my hip, is it worth it?')).not.toContain('steroids');
    expect([...askedFlags("I've been on steroid tablets for a year and my back hurts"), ...hitIds("I've been on steroid tablets for a year and my back hurts")]).toContain('steroids');
  });
});

describe('a sign disowned, a temperature said to be fine', () => {
  it('"the fever was my son\'s, not mine" is no fever of the writer\'s at once', () => {
    expect(hitIds("the fever was my son's last week, not mine. My back just aches.")).not.toContain('fever-chills');
  });
  it('"my temperature\'s fine" and "fine temperature-wise" deny; "I have a temperature" still tells', () => {
    expect(hitIds("My temperature's fine, it's just my hip aching after my runs.")).not.toContain('fever-chills');
    expect(hitIds("I'm fine temperature-wise, it's just my back")).not.toContain('fever-chills');
    expect(hitIds('I have a temperature and my back hurts')).toContain('fever-chills');
  });
});

describe('signs told on the way to asking permission (fresh batch 108)', () => {
  it('pain all night in one sentence, nothing easing it in the next, is night pain', () => {
    expect(hitIds("It's there all night now. I've tried every position and nothing takes the edge off.")).toContain('night-pain');
  });
  it('a car driven into from behind is a serious accident, with no vehicle named', () => {
    expect(hitIds('we got shunted from behind at the lights an hour ago and my back is agony')).toContain('trauma');
    expect(hitIds('we hit traffic on the motorway and my back ached all the way')).not.toContain('trauma');
  });
  it('"nothing downstairs responds any more" asks about sex', () => {
    expect(askedFlags('since my back went nothing downstairs responds any more')).toContain('sexual-dysfunction');
  });
  it('a foot that smacks down, toes that snag, ask the leg question', () => {
    expect(askedFlags('my right foot smacks down when I walk and the toes snag on the pavement')).toContain('leg-weakness');
  });
  it('a painful calf in the weeks after an operation asks about a clot', () => {
    expect(askedFlags('I had my knee replaced two weeks ago. My calf on that side is tight and sore.')).toContain('leg-clot');
  });
});

describe('streams, leaks, trips and hay fever of other kinds', () => {
  it.each([
    ['got a cough and a streaming cold, what should I take?', 'bladder-dysfunction'],
    ['my back has been dripping like a leaky tap for weeks', 'bladder-dysfunction'],
    ['I want my back sorted before our hiking trip in August', 'hip-fracture'],
    ['my hay fever has been terrible this year, what works best?', 'fever-chills'],
  ])('%j asks nothing and raises nothing', (text, flag) => {
    expect(askedFlags(text)).not.toContain(flag);
    expect(hitIds(text)).not.toContain(flag);
  });
  it('"I leak when I sneeze" still asks about the bladder; a fever of 38.9 with hay fever is still a fever', () => {
    expect([...askedFlags('since Monday I leak when I sneeze'), ...hitIds('since Monday I leak when I sneeze')]).toContain('bladder-dysfunction');
    expect(hitIds('hay fever season and now I have a temperature of 38.9')).toContain('fever-chills');
  });
});
