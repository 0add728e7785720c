// Classes found by session 38's blind batches of nurses and carers and of hospitality workers, measured once
// before they were read; none of these sentences is one of their messages: a road collision as the services
// write it, a person pinned by a vehicle, a fit told as a verb, a kitchen scald, a small burn, retention as
// charted, sides as charted, a temperature taken as "temp", the conditions of people a carer looks after at work,
// "if … ever", an onlooker's figure, and a rule someone else tells of no one; then what a helper's review of the
// first version found (258 probes of its own): signs happening now to those in care, the writer as a patient, a
// rule no one else tells, "started to fit", "RTC" as return to clinic, a kettle or fryer worked at.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a road collision or a person crushed by a vehicle', () => {
  it.each([
    'Had an RTA on the way in this morning, airbags deployed, now my lower back is killing me.',
    'A lorry went into the side of my car on the roundabout and my hip hurts.',
    'The forklift pinned her against the racking and she is lying there holding her hip.',
    // A height told by its measure onto the ground, and any roof (from the gardeners' batch).
    'The loft hatch gave way and I dropped about three metres onto the garage floor, my back is agony.',
    'Slipped off the garage roof while clearing the gutter, my hip is killing me.',
  ])('%j acts on a serious accident', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it.each([
    'My back feels pinned against the seat after a long drive in the van.',
    'I bumped a bollard reversing out of the car park and my back is stiff from driving all week.',
    'The airbag warning light is on in my car and my back aches on long journeys.',
    'I stepped down two feet onto the patio and my back twinged.',
  ])('%j is no accident', (text) => {
    expect(hitIds(text)).not.toContain('trauma');
  });
});

describe('a fit told as a verb', () => {
  it.each(['My brother fitted for a couple of minutes at the dinner table.', 'She fitted for about three minutes and is still not right.'])('%j acts on a fit', (text) => {
    expect(hitIds(text)).toContain('seizure');
  });
  it.each([
    'I am fit for about 20 minutes of walking, then my hip goes.',
    'He fitted the new kitchen and now my back hurts from helping him carry the units.',
    'My new back brace started to fit better after a week.',
  ])(
    '%j is no fit',
    (text) => {
      expect(hitIds(text)).not.toContain('seizure');
    },
  );
});

describe('a burn', () => {
  it.each([
    'Knocked the pan and the fryer oil went over my forearm, the skin is peeling.',
    'Only a small burn on my wrist from the grill but it looks white and leathery and does not hurt.',
  ])('%j acts on a serious burn', (text) => {
    expect(hitIds(text)).toContain('severe-burn');
  });
  it.each(['Caught my finger on a hot tray, tiny blister, anyway my lower back is the real problem.', 'I work on the fryer all day, the skin on my hands is dry and my back aches.'])(
    '%j is no serious burn',
    (text) => {
      expect(hitIds(text)).not.toContain('severe-burn');
    },
  );
});

describe('retention and sides as charted', () => {
  it.each(['I think I am in retention, been stood at the toilet for ages with nothing.', 'My urine output has been really low all day and my back is agony.'])(
    '%j acts on a bladder problem',
    (text) => {
      expect(hitIds(text)).toContain('bladder-dysfunction');
    },
  );
  it.each(['I get water retention in my feet in summer and my back aches.', 'I work in customer retention at a call centre and my back aches from sitting.'])(
    '%j is no bladder problem',
    (text) => {
      expect(hitIds(text)).not.toContain('bladder-dysfunction');
    },
  );
  it('one leg then the other, written as charted, is asked about', () => {
    expect(askedFlags('Had L sided sciatica for a week and now the R leg is tingling down to the foot too.')).toContain('bilateral-sciatica');
  });
});

describe('what a carer says of the people they look after', () => {
  it.each([
    'One of my residents has cauda equina and my own lower back has been aching all week.',
    'Most of the patients on my ward are incontinent so I am bending all day and my back is sore.',
    // The writer's own body told in another sentence.
    'Looked after a resident in retention all morning. My own bladder is fine, just a sore lower back from bending.',
  ])('%j is asked whose, not acted on', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it.each([
    ['One of my residents has stopped breathing.', 'breathing'],
    ['My client is having a seizure on the floor.', 'seizure'],
    // A sign told happening to them, whatever the writer says of their own back, is acted on as anyone's.
    ['My resident just fell and her leg is shortened and turned out, I hurt my back trying to lift her.', 'hip-fracture'],
    // The writer as a patient.
    ["I'm a patient of yours and since this morning I can't feel my saddle area, my back is agony.", 'saddle-numbness'],
    // A message all about a client is a carer reporting for them.
    ['Resident has lost control of her bladder and bowels since this morning and says her back is agony.', 'bladder-dysfunction'],
    ['I am a patient of yours and I cannot control my bladder since this morning.', 'bladder-dysfunction'],
  ])('%j still acts', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
});

describe('what is supposed, wondered or said of no one', () => {
  it.each([
    'I know if my legs ever went weak I would ring 999, but right now it is just an ache after kneeling.',
    'Anyone would think I was having a stroke the way I hobble after a long shift.',
    'My sister reckons back pain plus a fever means an infection, but my temperature is fine.',
    'Checked my temp before my shift, 36.7, so all normal.',
    'Physio said RTC 6/52 for a review of my hip.',
  ])('%j acts on nothing', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it.each([
    ['I know if I ever lose control of my bladder I should go to A&E, and this morning I wet myself without feeling it.', 'bladder-dysfunction'],
  ])('%j still acts', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('known to be serious, then come true, is asked about at the least', () => {
    const text = 'I know if I ever lost bladder control I should go in, well I have lost it this morning, what now?';
    expect([...hitIds(text), ...askedFlags(text)]).toContain('bladder-dysfunction');
  });
  it.each([
    ['The pain means I cannot pee properly since last night.', 'bladder-dysfunction'],
    // A rule told by no one else is the writer's report.
    ['Numbness between my legs and both buttocks since this morning, that means something serious doesn\'t it', 'saddle-numbness'],
  ])('%j still acts', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a rule someone else tells, of no one, is not acted on', () => {
    expect(hitIds('My sister reckons numbness in the saddle area means cauda equina.')).toEqual([]);
  });
});
