// Someone else's emergency typed by whoever is with them (the fresh red-flag batch "bystanders",
// session 23), and the everyday words about words that are no speech problem.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a bystander telling what they see', () => {
  it('no answer while being roused is someone unresponsive', () => {
    expect(hitIds("old man at the bus stop has slumped over, I'm shaking him and shouting and he's not answering me at all")).toContain('unresponsive');
    expect(hitIds("she's slumped in her chair and not responding when I call her name")).toContain('unresponsive');
  });
  it('no answer from the clinic is nobody collapsed', () => {
    expect(hitIds("I rang the clinic twice and nobody is answering, my back is agony")).not.toContain('unresponsive');
  });
  it('a blow taken with the head, then sick and drowsy, is a head injury', () => {
    expect(hitIds("son's friend headed the goalpost, now he's thrown up twice and keeps nodding off on the bench")).toContain('head-injury');
    expect(hitIds('they clashed heads going for the ball and he has been sick since')).toContain('head-injury');
  });
  it('sweaty and dizzy, or a jaw ache with sweating, is the chest-pain emergency without the word chest', () => {
    expect(hitIds("dad's been sat down 5 mins at the allotment, suddenly sweaty and cold and says he feels dizzy with an ache in his jaw")).toContain('chest-pain');
    expect(hitIds('he has an ache in his jaw and is sweating buckets')).toContain('chest-pain');
  });
  it('sweat and dizziness from a workout or a sauna are not', () => {
    expect(hitIds('a bit dizzy and sweaty after the sauna, back feels looser though')).not.toContain('chest-pain');
  });
  it('warmth from sitting by the fire is no hot hip', () => {
    const text = "grandma's feet are chilly after walking home in the snow, pink and warm now by the fire, her hip's aching from the walk though";
    expect(hitIds(text)).toEqual([]);
  });
  it('a hip glowing "like a storage heater" is still a hot hip', () => {
    expect(hitIds('My hip is glowing like a storage heater and puffed up like rising bread dough')).toContain('hot-swollen-hip');
  });
});

describe('words about words', () => {
  it.each([
    "I can't think of the word for those pills that relax your muscles",
    "I can't put it into words how bad the ache is",
    "I can't find the right words to describe the pain",
    "the physio used a long word I can't remember",
  ])('"%s" is no speech problem', (text) => {
    expect(hitIds(text)).toEqual([]);
    expect(askedFlags(text)).not.toContain('stroke');
  });
  it.each(["my dad can't find his words since lunch", "he can't get his words out", 'her words are slurred'])('"%s" is still a stroke sign', (text) => {
    expect(hitIds(text)).toContain('stroke');
  });
  it('muddling through is getting by, not a muddled mind; "I feel muddled" still counts', () => {
    expect(hitIds('At what point do I stop muddling through and get it looked at by the family medic?')).toEqual([]);
    expect(askedFlags('At what point do I stop muddling through and get it looked at by the family medic?')).toEqual([]);
    expect(hitIds("burning up one minute and shaking the next, my heart's racing, I feel muddled")).toContain('sudden-confusion');
  });
});
