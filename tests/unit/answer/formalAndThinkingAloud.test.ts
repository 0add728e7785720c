// Questions in a formal register and questions thought aloud (the fresh batches "formal" and "aloud",
// issue 10, session 20).
import { describe, expect, it } from 'vitest';
import { contentEngine, firstShown, partsShown } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => firstShown(engine.answer(q));

describe('the formal register', () => {
  it('an adjective is read as the part of the body it pertains to (WordNet): "cardiac" and "renal" are not ours', () => {
    expect(engine.answer('what exercises are safe after cardiac surgery?').kind).toBe('none');
    expect(engine.answer('is surgery needed for renal pain?').kind).toBe('none');
    expect(first('is surgery needed for sciatica?')).toBe('treatments#Surgery');
  });
  it('"operative intervention" is surgery, "prolonged recumbency" is lying in bed', () => {
    expect(first('At what juncture, if any, does operative intervention become a sensible consideration for a patient whose lumbar pain has not responded to other measures?')).toBe('treatments#Surgery');
    expect(first('Would it be reasonable to remain in bed for several days following the onset of acute back pain, or is prolonged recumbency now considered inadvisable?')).toBe('self-care#Rest and bed rest');
  });
  it('a medical practitioner is a doctor, and the emergency department is A&E', () => {
    expect(first('At what point would it be advisable to consult a medical practitioner about my lower back pain?')).toBe('when-to-get-help#When to see a doctor');
    expect(first('what symptoms alongside back pain would mean going straight to A&E rather than waiting?')).toBe('when-to-get-help#Warning signs that need emergency care');
  });
  it('"uncertain whether my symptoms merit a consultation" is not knowing what to do', () => {
    expect(first('I confess I am uncertain whether my symptoms merit a consultation or merely patience. How might I determine the appropriate course?')).toBe('when-to-get-help#Not sure what to do');
  });
  it('"precipitate pain in the lower back" says what causes what', () => {
    expect(first("Conversely, could a longstanding problem with the hip joint, by altering one's gait, eventually precipitate pain in the lower back?")).toBe('hip-back-connection#How hip problems can cause back pain');
  });
  it('the days and hours the clinic is open are its hours', () => {
    expect(first('Might I enquire as to the days and hours during which the clinic is open to patients?')).toBe('clinic');
    expect(engine.clinicTopic('Might I enquire as to the days and hours during which the clinic is open to patients?')).toBe('hours');
  });
});

describe('thinking aloud', () => {
  it('a change of subject said in so many words: only what follows is read', () => {
    expect(engine.answer("My back's fine now, thanks — hmm, different question entirely: how long is someone with flu contagious for?").kind).toBe('none');
    expect(first('Different question: can a bad hip cause back pain?')).toBe('hip-back-connection#How hip problems can cause back pain');
    // Nor what came before takes the question out of scope: the knee was the other subject.
    expect(first('My knee is fine now — different question: can a bad hip cause back pain?')).toBe('hip-back-connection#How hip problems can cause back pain');
  });
  it('"maybe half an hour?" is a length of time, not the opening hours', () => {
    expect(first("I'm 67 and my hip's stiff every morning for a while... maybe half an hour? No, less, more like twenty minutes. Is that wear and tear in the joint, do you think?")).toBe('causes#Arthritis and osteoarthritis');
    expect(engine.answer('what are your hours?').kind).toBe('clinic');
    expect(engine.answer('I need an appointment').kind).toBe('clinic');
  });
  it('"rather than" compares; it names no section', () => {
    expect(first("does pain in my bum cheek mean it's my back rather than my hip")).toBe('hip-or-spine#Pain in the buttock');
  });
  it('"what\'s throwing my back off" says the hip causes the back pain', () => {
    // (Session 27: since the patients' questions of content/questions, shown as the second part, after Tight muscles and muscle imbalance.)
    expect(partsShown(engine.answer("Could the hip be what's throwing my back off?"))).toContain('hip-back-connection#How hip problems can cause back pain');
  });
  it('"signed off" is being off work, no warning sign', () => {
    expect(first("I've been signed off for a week with my back. Should I wait until it's totally gone before returning to the office?")).toBe('self-care#Going back to work');
  });
  it('"not sure which of these helps" is a choice between treatments, not "Not sure what to do"', () => {
    expect(first("Would a chiropractor be any good? Or needles — my colleague swears by them. Or maybe just a proper rubdown? I'm not sure which of these, if any, really helps.")).toBe('treatments#Massage, acupuncture and chiropractic');
    expect(first("I'm not sure what to do about my back, should I see someone?")).toBe('when-to-get-help#Not sure what to do');
  });
  it('"pin down", "everyday stuff", "seen today"', () => {
    expect(first('why is it so hard to pin down whether it is my hip or my back?')).toBe('hip-or-spine#Hip or back, why it is hard to tell');
    expect(first("I'm struggling with stairs and getting my socks on — is it normal for this sort of thing to mess with everyday stuff this much?")).toBe('hip-back-connection#How the pain affects daily life');
    expect(first('Apart from the really serious emergency stuff, are there other things that mean I should be seen today rather than waiting for a routine slot?')).toBe('when-to-get-help#Other reasons to be seen the same day');
  });
});
