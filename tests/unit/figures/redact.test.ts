// Personal details are removed before a question is stored for staff figures; the rest of the
// question is kept, so staff still see what was asked.
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/figures/redact.ts';

describe('redact', () => {
  it.each([
    ['the issue 8 probe', 'My name is Jane Doe, born 02/03/1961, NHS number 943 476 5919, phone 07700 900123', 'My name is [name], born [date], NHS number [nhs number], phone [phone]'],
    ['a lower-case name', 'my name is jane doe and my hip hurts', 'my name is [name] and my hip hurts'],
    ['"I\'m" before a name', "Hi I'm Priya, can I bring my own scans?", "Hi I'm [name], can I bring my own scans?"],
    ['"this is" before a name', 'this is Tom Baker, is the clinic open', 'this is [name], is the clinic open'],
    ['a title and surname', 'Dr Patel said I should ask about injections', '[name] said I should ask about injections'],
    ['an email', 'email me at jane.doe+clinic@example.co.uk please', 'email me at [email] please'],
    ['an international phone', 'call +44 20 7946 0321 after 5', 'call [phone] after 5'],
    ['an NHS number without spaces', 'nhs no 9434765919', 'nhs no [nhs number]'],
    ['a written date', 'I fell on 3rd March 2025 and since then', 'I fell on [date] and since then'],
    ['a month first date', 'since March 3, my back is worse', 'since [date] my back is worse'],
    ['an ISO date', 'appointment 2026-11-24?', 'appointment [date]?'],
    ['a year of birth', 'I was born in 1958', 'I was born in [date]'],
    ['a postcode', 'do you cover N1 2AB', 'do you cover [postcode]'],
    ['a street address', 'I live at 12 Example Street, London', 'I live at [address]'],
    ['a street address without a lead', 'is 4b Mill Lane near you', 'is [address] near you'],
  ])('removes %s', (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'how long does sciatica last?',
    "I'm worried about my hip",
    "I'm Sure it is my back",
    'my pain is 7 out of 10 for 3 days',
    'can I take 400 mg ibuprofen twice a day',
    'this is really painful when I walk',
    'is it normal to have pain at night',
  ])('keeps "%s" as it is', (input) => {
    expect(redact(input)).toBe(input);
  });
});
