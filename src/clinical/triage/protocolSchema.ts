// The zod schema of content/triage.yaml. Cross-references (a flag's group, the concepts a flag
// uses, rule levels) are checked here too, so every error points at the line that is wrong.
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes');
const text = z.string().trim().min(1);
const term = z.string().trim().min(1);
const terms = z.array(term).min(1);
const level = z.enum(['emergency', 'urgent', 'soon', 'self-care']);
const flagLevel = z.enum(['emergency', 'urgent', 'soon']);
const answer = z.enum(['yes', 'no', 'unsure']);

/**
 * Where a flag or rule comes from: the guideline and its section, so a reviewer can check it.
 * Required in practice: tests/unit/triage/protocolSources.test.ts fails for a flag or rule without one
 * (kept optional here so a flag added without it still loads, and the test names what is missing).
 */
const sourceSchema = z
  .object({
    guideline: text,
    section: text,
    /** Where we chose something the guideline leaves open, or differ from the seed articles. */
    note: text.optional(),
  })
  .strict();

const detectEntry = z.union([
  term,
  z.array(slug).min(1),
  z
    .object({
      all: z.array(slug).min(1),
      none: z.array(slug).default([]),
      /** Only ever denies the flag ("I can still control my bladder"), never reports it. */
      denialOnly: z.boolean().default(false),
      /** Where a `none` concept cancels: its clause (default), or the whole sentence ("doing Slimming World and I'm 8 pounds down"). */
      noneReach: z.enum(['clause', 'sentence']).default('clause'),
      /** Concepts that cancel anywhere in the sentence, beside `none` in its reach ("I took my temperature… it was 36.8"). */
      noneAnywhere: z.array(slug).default([]),
      /** Concepts that, in the sign's clause, leave it unclear — asked about, not acted on ("I can't walk the dog"). */
      unclearWith: z.array(slug).default([]),
      /** Concepts that leave the writer's own sign unclear when they hold its words ("collapsed on the sofa"; not "…on the bed and isn't responding", nor someone else's). */
      unclearOver: z.array(slug).default([]),
      /** Where the `all` concepts must meet: anywhere in the sentence (default), or in one clause ("stuck in a caravan…, now my hips ache" is no stuck hip). */
      within: z.enum(['clause', 'sentence']).default('sentence'),
      /**
       * Concepts of `all` that may instead have been told in an earlier sentence of the message, as the
       * writer's own and plainly ("I whacked my head on the ice. Been sick twice since"): the cause first,
       * its sign after.
       */
      before: z.array(slug).default([]),
    })
    .strict()
    .refine((e) => e.before.every((c) => e.all.includes(c)) && e.all.some((c) => !e.before.includes(c)), {
      message: 'before: name concepts of all, and leave at least one to be told in the sentence itself',
      path: ['before'],
    }),
]);

const flagSchema = z
  .object({
    id: slug,
    level: flagLevel,
    /** Plain words for "because you told me about …". */
    label: text,
    /** Button title in the follow-up checklist. */
    short: z.string().trim().min(2).max(24, 'keep it at most 24 characters (it is a button title)'),
    /** The question group that asks about it; none = only noticed when typed. */
    group: slug.optional(),
    /** Still counts when told in the past tense ("I had cancer years ago"). */
    pastCounts: z.boolean().default(false),
    /** Only counts for patients younger than this. */
    appliesBelowAge: z.number().int().positive().optional(),
    /** Only counts for patients this old or older (unknown age: counts). */
    appliesFromAge: z.number().int().positive().optional(),
    /**
     * Only counts when the pain started before this age (NICE NG65: back pain "starting before 45"): a
     * patient older now whose pain may have started earlier still counts. Counts unless the age and the
     * longest the pain can have lasted say it started at this age or later.
     */
    startedBelowAge: z.number().int().positive().optional(),
    source: sourceSchema.optional(),
    detect: z.array(detectEntry).min(1),
    /** Added to "what to do now" when this flag decides the level (e.g. a crisis line). */
    advice: text.optional(),
    /** An emergency whoever it happens to (a carer typing for someone): never asked "is it you?". */
    aboutAnyone: z.boolean().default(false),
  })
  .strict();

const linkSchema = z.object({ article: slug, section: text }).strict();

const levelTextSchema = z
  .object({
    headline: text,
    whatToDo: text,
    safetyNet: z.array(text).min(1),
    links: z.array(linkSchema).default([]),
    /** Added to "what to do" only while the clinic is open (content/clinic.yaml hours). */
    whenClinicOpen: text.optional(),
  })
  .strict();

const groupSchema = z
  .object({
    id: slug,
    /** Names the group in what its buttons send ("No to the nerve signs"). */
    topic: text,
    question: text,
    followUp: text.optional(),
    reprompt: text,
    askIf: z
      .object({
        ageBelow: z.number().int().optional(),
        ageAtLeast: z.number().int().optional(),
        /** Asked only when the pain has lasted at least this long (or its duration is unknown). */
        durationDaysAtLeast: z.number().int().nonnegative().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const optionSchema = z
  .object({
    id: slug,
    title: text,
    /** What the button sends, when the title alone ("No") could answer another question. Default: the title. */
    value: text.optional(),
    words: z.array(term).default([]),
    /** Phrases trusted in free text about something else (a clear trend, never a loose word). */
    phrases: z.array(term).default([]),
    /** A duration button's range: from `days` to `maxDays` (open-ended without it). */
    days: z.number().nonnegative().optional(),
    maxDays: z.number().nonnegative().optional(),
    /** A "not sure" option: the question is answered, the fact stays unknown. */
    unsure: z.boolean().optional(),
  })
  .strict();

const questionSchema = z.object({ text, reprompt: text }).strict();
const choiceQuestion = questionSchema.extend({ options: z.array(optionSchema).min(2) }).strict();

const questionsSchema = z
  .object({
    location: choiceQuestion,
    side: choiceQuestion,
    spread: choiceQuestion,
    duration: choiceQuestion,
    severity: questionSchema
      .extend({
        /** What a score button sends: "{score} out of 10". */
        value: text.refine((v) => v.includes('{score}'), 'use {score} for the number'),
        words: z.array(z.object({ words: terms, value: z.number().int().min(0).max(10) }).strict()).default([]),
      })
      .strict(),
    stopsSleepOrMovement: questionSchema
      .extend({ replies: z.object({ yes: text, no: text }).strict(), words: z.object({ yes: terms }).strict() })
      .strict(),
    improving: choiceQuestion,
    age: questionSchema
      .extend({
        bands: z
          .array(z.object({ id: slug, title: text, min: z.number().int().min(0), max: z.number().int().max(130) }).strict())
          .min(2),
      })
      .strict(),
  })
  .strict();

const conditionSchema = z
  .object({
    flagLevel: flagLevel.optional(),
    answers: z.array(answer).min(1).optional(),
    /** Any of these flags answered with one of `answers` (default yes or not sure). */
    flags: z.array(slug).min(1).optional(),
    /** Every one of these flags answered with one of `answers` (default yes or not sure). */
    allFlags: z.array(slug).min(1).optional(),
    /** Any of these location ids. */
    location: z.array(slug).min(1).optional(),
    durationDaysAtLeast: z.number().nonnegative().optional(),
    durationDaysBelow: z.number().positive().optional(),
    improving: z.array(z.enum(['better', 'same', 'worse'])).min(1).optional(),
    stopsSleepOrMovement: z.boolean().optional(),
    spreadsBelowKnee: z.boolean().optional(),
    severityAtLeast: z.number().min(0).max(10).optional(),
    ageBelow: z.number().int().optional(),
    ageAtLeast: z.number().int().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a rule needs at least one condition');

const ruleSchema = z
  .object({
    id: slug,
    level,
    when: conditionSchema,
    reason: text.optional(),
    /** Added to "what to do now" when this rule decides the level (e.g. a rheumatology note). */
    advice: text.optional(),
    source: sourceSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.when.flagLevel && !r.when.answers) ctx.addIssue({ code: 'custom', path: ['when', 'answers'], message: 'a flag rule needs "answers"' });
    if (!r.when.flagLevel && !r.when.flags && !r.when.allFlags && r.when.answers) ctx.addIssue({ code: 'custom', path: ['when', 'flagLevel'], message: '"answers" needs a "flagLevel" or "flags"' });
    if (!r.when.flagLevel && !r.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a rule that is not about flags needs a "reason" text' });
  });

const languageSchema = z
  .object({
    contractions: z.record(z.string(), z.string()),
    /** Words read as absent ("seems to"): they add nothing to what is told. */
    transparent: z.array(term).default([]),
    /** A checklist's answers: "Fever? No." denies, "Fever? Yes." tells (the "?" no longer makes a question). */
    checklist: z
      .object({ no: z.array(term).default([]), fine: z.array(term).default([]), yes: z.array(term).default([]), bare: z.array(term).default([]), notInItem: z.array(term).default([]), itemFrames: z.array(term).default([]) })
      .strict()
      .default({ no: [], fine: [], yes: [], bare: [], notInItem: [], itemFrames: [] }),
    /** Possessives of others: a term written with "my" is matched with each of them too ("between her legs"). */
    othersPossessives: z.array(term).default([]),
    /** "me" for "my" in dialect ("I can't feel me legs"): before a word of these concepts, not after these verbs ("give me tablets"). */
    possessiveMe: z
      .object({ forms: z.array(term).default(['me']), before: z.array(slug).default([]), notAfter: z.array(term).default([]) })
      .strict()
      .default({ forms: ['me'], before: [], notAfter: [] }),
    /**
     * A word that is also an adjective of size before a noun (Scots "wee": "a wee bit", "my wee one"): read as
     * `reading` after one of `after` and before one of `before`; never in a sentence that holds a word of the
     * `notWith` concepts or one of `notWithWords` besides it ("a wee bit leaked out", "passing a wee bit of blood").
     */
    adjectiveSenses: z
      .array(z.object({ word: term, reading: term, after: z.array(term), before: z.array(term), notWith: z.array(slug).default([]), notWithWords: z.array(term).default([]) }).strict())
      .default([]),
    questionStarts: terms,
    questionLeads: z.array(term).default([]),
    statementAfterStart: z.array(term).default(['not']),
    terminators: terms,
    contrast: terms,
    /** Concepts that name a part of the body, not a sign (where a sign is felt). */
    bodyParts: z.array(slug).default([]),
    /** Concepts whose one-word terms an emoji's keyword may be read as (a part of the body, a time of day). */
    emojiKeywords: z.array(slug).default([]),
    /** Concepts every patient here tells (pain): in the patient's own clause they do not make someone else's sign theirs. */
    everydaySigns: z.array(slug).default([]),
    /** Words that point back to something said before ("they", "it"): a part of the body in the sentence before. */
    anaphora: z.array(term).default([]),
    /** The weather's "it", which points back to nothing: "it" after one of `leads` with one of `states` a few words on ("my hip aches when it's cold"). */
    weatherIt: z.object({ leads: z.array(term), states: z.array(term) }).strict().default({ leads: [], states: [] }),
    /** Likenesses that point back to the signs told before ("my right foot's like that"). */
    likenessPointers: z.array(term).default([]),
    /** A likeness of a cause ("like I've been sat on a bike saddle"): what follows it explains no sign. */
    likenedCause: z.array(term).default([]),
    /** A question tag at a sentence's end ("…, can't I?", "isn't it?"): an auxiliary, "not" or none, a subject. Asks for agreement; denies nothing. */
    questionTags: z.object({ auxiliaries: z.array(term), subjects: z.array(term) }).strict().default({ auxiliaries: [], subjects: [] }),
    negation: z
      .object({
        window: z.number().int().min(1).max(20),
        windowAfter: z.number().int().min(1).max(20),
        reversedBy: terms,
        /** An exception inside a denial's reach ("no numbness apart from around my back passage") leaves it unclear: asked about. */
        exceptions: z.array(term).default([]),
        lifetime: terms,
        corrections: terms,
        /** Later in a sentence, these take back a denial said after the sign ("went away… but it's back"). */
        returned: z.array(term).default([]),
        before: terms,
        after: terms,
        pseudo: terms,
        bareNot: z.array(term).default([]),
        ellipsisFillers: z.array(term).default([]),
        ability: z.array(term).default([]),
        clauseOpeners: z.array(term).default([]),
        thingDenials: z.array(term).default([]),
        possessives: z.array(term).default([]),
        linkers: z.array(term).default([]),
      })
      .strict(),
    otherPerson: z
      .object({
        before: terms,
        after: terms,
        pastMarkers: terms,
        selfWords: terms,
        /** The patient only framing what they say of someone else ("I think", "I'm worried"): still theirs. */
        frames: terms.default([]),
        /** The patient sharing someone else's sign ("… and I have one too"): theirs and the patient's. */
        shared: terms.default([]),
        /** The patient saying a sign is not theirs ("the fever was my son's, not mine"): what comes before the person is theirs. */
        disowned: terms.default([]),
        /** People in the writer's professional care ("one of my patients", "my residents"): a condition named as theirs (`chargeConditions`), beside the writer's own body, is asked whose. */
        charges: terms.default([]),
        /** Where the writer looks after them ("the patients on my ward"): "my" before one of these is no word of the writer's own body. */
        chargePlaces: z.array(term).default([]),
        /** Conditions named as someone in care has them ("has cauda equina", "are incontinent"): theirs, asked whose. */
        chargeConditions: terms.default([]),
        /** The body's parts in everyday words, by which the writer speaks of their own beside those they care for ("my back is sore"). */
        ownBody: z.array(term).default([]),
      })
      .strict(),
    firstPerson: terms,
    /** "You" said of anyone ("is it normal for a leg to buckle under you?"): a question with it may be the asker's own. */
    genericYou: z.array(term).default([]),
    /**
     * An amount of one's own in a general question ("is losing a stone without trying anything to do with back
     * pain?"): any number, or one of `units` right after one of `before` ("a stone", "half a stone").
     */
    amounts: z.object({ units: z.array(term), before: z.array(term) }).strict().default({ units: [], before: [] }),
    /** Denial words inside a screen's cue ("doesn't feel normal", "no longer the same"): its "all normal" is then the cue's own word. */
    denialsInCue: z.array(term).default([]),
    /** Words that claim a sign asked about in general in the sentence before ("… with a bad back? Mine started yesterday"). */
    claims: z.array(term).default([]),
    /** Taking back what was just said (self-repair): content/triage.yaml `language.retractions`. */
    retractions: z
      .object({
        /** Said to be overstated ("that's a bit dramatic"): enough alone. */
        overstated: z.array(term).default([]),
        /** Taken back ("scratch that"): only with `less` words or a denial after. */
        takenBack: z.array(term).default([]),
        /** Words that make it less, after a taking back ("it just hurts"). */
        less: z.array(term).default([]),
        /** Said right after, these tell more ("scratch that, it's worse than I said"). */
        more: z.array(term).default([]),
        /** Said just before, these make them someone's words or an apology ("sorry for being a drama queen"). */
        notAfter: z.array(term).default([]),
      })
      .strict()
      .default({}),
    /** Words that make a statement someone's ("her foot is turned out, should she rest it?"): told, not asked. */
    someone: z.array(term).default([]),
    /** Figures of speech that borrow a sign ("I nearly wet myself laughing", "my knees went weak when I saw the bill"). */
    figurative: z.array(term).default([]),
    history: z
      .object({
        markers: terms,
        breakers: terms,
        ended: terms,
        /** Before a year, these make it run up to now ("since 2019"), so the sentence is not dated by it. */
        ongoing: z.array(term).default([]),
        /** Single words before "now" that tell being well now ("I'm fine now"), which brings no sign back to the present. */
        wellNow: z.array(z.string().regex(/^[a-z]+$/, 'one lower-case word')).default([]),
        /** After a sign, these say it is over ("…, but it stopped completely"): what came before is asked about. */
        resolvedAfter: z.array(term).default([]),
        /** Read as resolvedAfter too, each pointer with each verb of ending, up to three words apart ("that's all cleared now"). */
        resolvedPointers: z.array(term).default([]),
        resolvedVerbs: z.array(term).default([]),
        /** The only words that may follow an ending "gone" ("it's gone now"); any other tells a change ("gone numb"). */
        afterGone: z.array(term).default([]),
        /** Words that, between a pointer and a verb of ending, make it a hope or a supposition ("it will pass"). */
        notOverWith: z.array(term).default([]),
        /** A sign said to be over in its own clause, with no pointer: an auxiliary, up to three words, a verb of ending. */
        resolvedOwn: z
          .object({ auxiliaries: z.array(term), verbs: z.array(term), notAfterParts: z.array(term), notWithFunctions: z.array(term) })
          .strict()
          .default({ auxiliaries: [], verbs: [], notAfterParts: [], notWithFunctions: [] }),
        /** In a later sentence's denial of a sign told before, these say it is over ("Day 1: a temperature. Day 3: no fever since"). */
        deniedSince: z.array(term).default([]),
        /** Before a time of the past in the clause after a sign, these point back to it ("I fell off my bike, that was years ago"). */
        pointsBack: z.array(term).default([]),
      })
      .strict(),
    hypothetical: z
      .object({
        before: terms,
        after: terms,
        /** A rule someone else tells, of no one ("my mate reckons back pain plus fever means infection"): what it says, naming no person, is general. */
        generalRule: terms.default([]),
        /** The verbs by which someone else tells such a rule ("my mate reckons …"). */
        ruleTellers: z.array(term).default([]),
        conditional: terms,
        /** Words after which "if" / "whether" asks rather than supposes ("I can't tell if I need a wee"). */
        knowing: z.array(term).default([]),
        saying: z.array(term).default([]),
        futureMarkers: terms,
        cause: terms,
        ownWords: terms,
        /** Words after which a clause told of someone is a report put as a question ("what does it mean if I've wet myself"). */
        toldAfter: z.array(term).default([]),
        /** The subjects that make such a clause someone's: "I", "he"… (or a possessive and a word: "my husband"). */
        subjects: z.array(term).default([]),
        /** Anywhere in the sentence, these make such a clause a supposition ("would", "ever", "one day"). */
        supposing: z.array(term).default([]),
        /** Inside the clause, these do ("if I get a fever, what should I do?"). */
        clauseSupposing: z.array(term).default([]),
        /** In such a clause, these tell it as now or as having happened: a report, not asked about first. */
        toldNow: z.array(term).default([]),
        /** Frames of "before" whose unnamed subject is the asker ("is it normal to feel…"): asked about. */
        askerImplied: z.array(term).default([]),
        /**
         * Examples given of signs asked about in general ("what should I never ignore? Like losing control of my
         * bladder?"): `leads` open them, after a question with one of `asking` in it. Asked about, not acted on.
         */
        examples: z.object({ leads: z.array(term), asking: z.array(term) }).strict().default({ leads: [], asking: [] }),
        /** Anywhere in a message, these say a hypothetical or someone else's story may be the writer's own ("asking for a friend"). */
        disguise: z.array(term).default([]),
        /**
         * What a leaflet, a web page or a programme said ("a forum said to worry if you lose control of your
         * bladder", "the NHS cauda equina page", "heard on a podcast that legs giving way is serious").
         */
        heard: z
          .object({
            /** Things that say or show: a page, a leaflet, a programme. */
            sources: terms,
            /** After a source, what it says follows these ("said", "asked about"). */
            saying: terms,
            /** After a source, a list of the signs it asks about follows these, over the list's commas ("has checkboxes for"). */
            listing: z.array(term).default([]),
            /** Before a source, these and then "that" tell what it said ("heard on the radio that"). */
            hearing: terms,
            /** A source's own words before it reach back to one of these ("the NHS cauda equina page"). */
            determiners: terms,
            /** After a sign, these say it is what everyone is told to watch for ("chest pain is the one they say you should never ignore"). */
            after: z.array(term).default([]),
            /** Sources that tell stories (programmes, films, the papers): sources too, and a story may be set in one. */
            stories: terms.default([]),
            /** Before a story source's determiner, these set a story in it ("on the news a pensioner…"); a source that opens its clause does too. */
            setIn: terms.default([]),
          })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();

const summarySchema = z
  .object({
    title: text,
    location: text,
    side: text,
    spread: text,
    duration: text,
    /** A duration chosen as a range (a button): "{value}" is the button's title. */
    durationRange: text.optional(),
    severity: text,
    stopsSleepOrMovement: text,
    improving: text,
    age: text,
    flagsYes: text,
    flagsUnsure: text,
    level: text,
    yesWord: text,
    noWord: text,
    unsureWord: text.optional(),
  })
  .strict();

export const protocolSchema = z
  .object({
    version: z.literal(1),
    levels: z.object({ emergency: levelTextSchema, urgent: levelTextSchema, soon: levelTextSchema, 'self-care': levelTextSchema }).strict(),
    reasonTemplates: z.object({ yes: text, unsure: text, detected: text, detectedOther: text }).strict(),
    answers: z
      .object({
        yes: text,
        no: text,
        unsure: text,
        noneOfThese: text,
        replies: z
          .object({
            group: z.object({ yes: text, no: text, unsure: text, none: text }).strict(),
            sign: z.object({ yes: text, no: text, unsure: text }).strict(),
          })
          .strict(),
        stale: text,
      })
      .strict(),
    groups: z.array(groupSchema).min(1),
    flags: z.array(flagSchema).min(1),
    concepts: z.record(slug, terms),
    language: languageSchema,
    questions: questionsSchema,
    rules: z.array(ruleSchema).min(1),
    selfCare: z.object({ id: slug, reason: text }).strict(),
    summary: summarySchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    const groupIds = new Set<string>();
    const topics = new Set<string>();
    p.groups.forEach((g, i) => {
      if (groupIds.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `group id "${g.id}" is used twice` });
      groupIds.add(g.id);
      // The topic is what tells one group's buttons from another's.
      if (topics.has(g.topic.toLowerCase())) ctx.addIssue({ code: 'custom', path: ['groups', i, 'topic'], message: `topic "${g.topic}" is used twice` });
      topics.add(g.topic.toLowerCase());
    });
    const { group, sign } = p.answers.replies;
    for (const [key, template] of Object.entries(group)) {
      if (!template.includes('{topic}')) ctx.addIssue({ code: 'custom', path: ['answers', 'replies', 'group', key], message: 'use {topic}: it tells this group\'s buttons from the others\'' });
    }
    for (const [key, template] of Object.entries(sign)) {
      if (!template.includes('{topic}') || !template.includes('{n}')) {
        ctx.addIssue({ code: 'custom', path: ['answers', 'replies', 'sign', key], message: 'use {topic} and {n}: they tell this sign\'s buttons from the others\'' });
      }
    }
    for (const list of ['bodyParts', 'everydaySigns', 'emojiKeywords'] as const) {
      p.language[list].forEach((name, i) => {
        if (!(name in p.concepts)) ctx.addIssue({ code: 'custom', path: ['language', list, i], message: `no concept "${name}" in concepts` });
      });
    }
    const flagIds = new Set<string>();
    p.flags.forEach((f, i) => {
      if (flagIds.has(f.id)) ctx.addIssue({ code: 'custom', path: ['flags', i, 'id'], message: `flag id "${f.id}" is used twice` });
      flagIds.add(f.id);
      if (f.group && !groupIds.has(f.group)) ctx.addIssue({ code: 'custom', path: ['flags', i, 'group'], message: `no group "${f.group}" in groups` });
      f.detect.forEach((entry, j) => {
        if (typeof entry === 'string') return;
        const names = Array.isArray(entry) ? entry : [...entry.all, ...entry.none, ...entry.noneAnywhere, ...entry.unclearWith, ...entry.unclearOver];
        for (const name of names) {
          if (!(name in p.concepts)) ctx.addIssue({ code: 'custom', path: ['flags', i, 'detect', j], message: `no concept "${name}" in concepts` });
        }
      });
    });
    p.groups.forEach((g, i) => {
      if (!p.flags.some((f) => f.group === g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `no flag belongs to group "${g.id}"` });
    });
    const ruleIds = new Set<string>([p.selfCare.id]);
    p.rules.forEach((r, i) => {
      for (const key of ['flags', 'allFlags'] as const) {
        for (const id of r.when[key] ?? []) {
          if (!flagIds.has(id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'when', key], message: `no flag "${id}" in flags` });
        }
      }
      if (ruleIds.has(r.id) || flagIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `id "${r.id}" is already used by a flag or rule` });
      ruleIds.add(r.id);
    });
    const bands = p.questions.age.bands;
    bands.forEach((b, i) => {
      if (b.min > b.max) ctx.addIssue({ code: 'custom', path: ['questions', 'age', 'bands', i, 'max'], message: 'max is below min' });
    });
  });

export type Protocol = z.infer<typeof protocolSchema>;
export type ProtocolFlag = Protocol['flags'][number];
export type ProtocolGroup = Protocol['groups'][number];
export type ProtocolRule = Protocol['rules'][number];
export type ProtocolOption = z.infer<typeof optionSchema>;
export type DetectEntry = z.infer<typeof detectEntry>;
export type ProtocolSource = z.infer<typeof sourceSchema>;
