import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { attributeWithoutParses as run } from './attributionHelpers';
import type { Speaker } from '../../src/core/types';

function speakerName(result: { readonly speakers: readonly Speaker[] }, id: string | null): string | null {
  return id === null ? null : (result.speakers.find((s) => s.id === id)?.name ?? null);
}

interface QuoteCase {
  readonly name: string;
  readonly text: string;
  /** For each quotation in order: [speaker name, cue text or null, mention text or null]. */
  readonly expected: readonly (readonly [string | null, string | null, string | null])[];
}

describe('attribute: a bare verb after a phrase it cannot agree with is a noun (full analysis)', () => {
  // The parser's verb tags make "reveal" a cue here; without them it never was one.
  const cases: { text: string; speakers: (string | null)[] }[] = [
    { text: '"Rockets are easy," Ada Quill said. Then came the big reveal: "I own the ferry company too."', speakers: ['Ada Quill', 'Ada Quill'] },
    { text: '"Rockets are easy," Ada Quill said. And here was the surprise announcement: "I own the ferry company too."', speakers: ['Ada Quill', 'Ada Quill'] },
    { text: 'Then the dockers say: "We will not go back."', speakers: ['The dockers'] },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.text.slice(-60)), () => {
      const analysis = analyze(c.text);
      assert.deepEqual(analysis.quotes.map((q) => speakerName(analysis, q.speakerId)), c.speakers);
    });
  }

  // A noun-like cue after a capitalized word the name extractor did not take ("a Palestinian state") is a noun
  // phrase; the rule needs the extractor to have found some name in the text.
  const claimCases: { text: string; speakers: (string | null)[] }[] = [
    { text: 'Ada Quill\u2019s declaration that there would be no Palestinian state on his watch makes that more difficult.', speakers: [] },
    { text: 'Minister Ada Quill states that the ferry will sail.', speakers: ['Ada Quill'] },
    { text: 'Montalvo states that the ferry will sail.', speakers: ['Montalvo'] },
  ];
  for (const c of claimCases) {
    it(`claims of ${JSON.stringify(c.text.slice(0, 60))}`, () => {
      const analysis = analyze(c.text);
      assert.deepEqual(analysis.claims.map((claim) => speakerName(analysis, claim.speakerId)), c.speakers);
    });
  }
});

describe('attribute: pronouns and the lines around them (full analysis)', () => {
  // A pronoun refers back to the nearest fitting subject; a section head's words are no one's name, a byline's are.
  const cases: { name: string; text: string; speakers: (string | null)[] }[] = [
    {
      name: 'a section head before the speaker is no antecedent',
      text: 'Retail Weakness\n\nJobs have been hurt by weak trade, said Gary Quill, an economist at the University of Marlow.\n\n"Trade is still weak," he said.',
      speakers: ['Gary Quill', 'Gary Quill'],
    },
    {
      name: 'negative: a byline names the writer of the section below it',
      text: 'Jonas Halvorsen\n\nChief economist, Marlow Bank\n\nWe expect the price of oil to remain low.',
      speakers: ['Jonas Halvorsen'],
    },
    {
      name: 'a link label\'s quoted title after a speaker\'s quotation is nobody\'s turn',
      text: '"The ferry is our lifeline," Ada Quill said.\n\nREAD MORE: \u2018Islanders left stranded\u2019\n\nWATCH: "No ferry, no island"',
      speakers: ['Ada Quill', null, null],
    },
    {
      name: '"they" refers to a group, not to the person named last',
      text: 'Harbour officials said the talks were useful, and Ada Quill said the pier was safe.\n\nThey agreed to keep the pier open until the vote.',
      speakers: ['Harbour officials', 'Ada Quill', 'Harbour officials'],
    },
    {
      name: '"they" after one person only is nobody',
      text: 'Ada Quill said the pier was safe. They said the ferry would sail.',
      speakers: ['Ada Quill', null],
    },
    {
      name: 'negative: a quotation in the next paragraph still continues the turn',
      text: '"The ferry is our lifeline," Ada Quill said.\n\n"No ferry, no island."',
      speakers: ['Ada Quill', 'Ada Quill'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const analysis = analyze(c.text);
      const statements = [...analysis.claims, ...analysis.quotes].sort((a, b) => a.start - b.start);
      assert.deepEqual(statements.map((s) => speakerName(analysis, s.speakerId)), c.speakers);
    });
  }
});

describe('attribute: direct quotations', () => {
  const cases: QuoteCase[] = [
    { name: '"…," X said.', text: '"We are ready," Ada Quill said.', expected: [['Ada Quill', 'said', 'Ada Quill']] },
    { name: '"…," said X.', text: '"We are ready," said Ada Quill.', expected: [['Ada Quill', 'said', 'Ada Quill']] },
    { name: 'X said: "…"', text: 'Ada Quill said: "We are ready."', expected: [['Ada Quill', 'said', 'Ada Quill']] },
    { name: 'X said, "…"', text: 'Ada Quill warned, "The dam will not hold."', expected: [['Ada Quill', 'warned', 'Ada Quill']] },
    {
      name: 'X, speaking in Belfast, said …',
      text: 'Ada Quill, speaking in Belfast on Tuesday, said: "We are ready."',
      expected: [['Ada Quill', 'said', 'Ada Quill']],
    },
    {
      name: '"…," X, a doctor, said.',
      text: '"Wash your hands," Ada Quill, a doctor at the city clinic, said.',
      expected: [['Ada Quill', 'said', 'Ada Quill']],
    },
    { name: '"…," X told reporters', text: '"The port stays shut," Ada Quill told reporters on Monday.', expected: [['Ada Quill', 'told', 'Ada Quill']] },
    { name: 'adverb before the cue', text: '"We lost," Ada Quill later conceded.', expected: [['Ada Quill', 'conceded', 'Ada Quill']] },
    { name: 'question mark inside, then cue', text: '"Who pays?" asked Ada Quill.', expected: [['Ada Quill', 'asked', 'Ada Quill']] },
    {
      name: 'a verb that only reports a clause or an attitude after a quotation is no cue of it',
      text: '"The ferry is late." Ada Quill called him "unfit to govern."',
      expected: [[null, null, null], ['Ada Quill', 'called', 'Ada Quill']],
    },
    {
      name: 'negative: a verb of saying in the same place still is',
      text: '"The ferry is late." Ada Quill said it twice.',
      expected: [['Ada Quill', 'said', 'Ada Quill']],
    },
    {
      name: 'cue and speaker between the halves of a split quotation',
      text: '"We are ready," said Ada Quill, "and we will not wait."',
      expected: [['Ada Quill', 'said', 'Ada Quill'], ['Ada Quill', null, null]],
    },
    {
      name: 'a quotation without a cue in the next paragraph continues the turn',
      text: '"We are ready," Ada Quill said.\n"We will not wait for anyone."',
      expected: [['Ada Quill', 'said', 'Ada Quill'], ['Ada Quill', null, null]],
    },
    {
      name: 'a second quotation in the same paragraph continues the turn',
      text: '"We are ready," Ada Quill said. "Nobody will stop us."',
      expected: [['Ada Quill', 'said', 'Ada Quill'], ['Ada Quill', null, null]],
    },
    {
      name: 'multi-paragraph quotation pieces share the speaker',
      text: 'Ada Quill said: "The first part of the plan is simple.\n"The second part is not," she added.',
      expected: [['Ada Quill', 'said', 'Ada Quill'], ['Ada Quill', 'added', 'she']],
    },
    {
      name: 'pronoun resolves to the nearest earlier speaker',
      text: 'Ada Quill said the talks had failed.\n"Nobody listened," she said.',
      expected: [['Ada Quill', 'said', 'she']],
    },
    {
      name: 'pronoun skips a speaker of the wrong gender',
      text: 'Sarah Quill runs the union. Tom Brack runs the company.\n"Nobody listened," she said.',
      expected: [['Sarah Quill', 'said', 'she']],
    },
    {
      name: '"they" resolves to a group',
      text: 'Striking dockers said the talks had failed.\n"Nobody listened," they said.',
      expected: [['Striking dockers', 'said', 'they']],
    },
    { name: '"…," according to X', text: '"The vote is over," according to Ada Quill.', expected: [['Ada Quill', 'according to', 'Ada Quill']] },
    {
      name: 'title before the name gives the role, not the name',
      text: 'Maersk spokesman Jonas Lund said: "Ships will wait."',
      expected: [['Jonas Lund', 'said', 'Maersk spokesman Jonas Lund']],
    },
    {
      name: 'an unnamed spokesman speaks',
      text: '"We will fight on," a spokesman for the rebels said.',
      expected: [['A spokesman for the rebels', 'said', 'a spokesman for the rebels']],
    },
    {
      name: 'an organization speaks',
      text: '"Prices will rise," the ministry said in a statement.',
      expected: [['The ministry', 'said', 'the ministry']],
    },
    {
      name: 'a partial quotation inside reported speech belongs to its speaker',
      text: 'Ada Quill said the deal was a "big step" for workers.',
      expected: [['Ada Quill', 'said', 'Ada Quill']],
    },
    { name: 'a scare quote has no speaker', text: 'The so-called "miracle diet" is popular.', expected: [[null, null, null]] },
    {
      name: 'an appositive holding a hyphenated initialism ("U.S.-based") still leads to the speaker',
      text: '"Talks will resume," Ada Quill, director at the U.S.-based Centre for the Harbour Trade, said.',
      expected: [['Ada Quill', 'said', 'Ada Quill']],
    },
    {
      name: '"with X saying" makes X the speaker, not the clause\'s subject',
      text: 'The ferry company declined to comment, with spokesman Jonas Lund saying, "The timetable stands."',
      expected: [['Jonas Lund', 'saying', 'spokesman Jonas Lund']],
    },
    { name: '"blurted out" is a verb of saying', text: '"You are late," Ada Quill blurted out.', expected: [['Ada Quill', 'blurted', 'Ada Quill']] },
    { name: '"interjected" is a verb of saying', text: '"Not in this harbour," Tom Brack interjected.', expected: [['Tom Brack', 'interjected', 'Tom Brack']] },
    {
      name: 'negative: a plural subject agrees with the bare verb',
      text: 'Then the dockers say: "We will not go back."',
      expected: [['The dockers', 'say', 'the dockers']],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = run(c.text);
      assert.equal(result.quotes.length, c.expected.length, `quotes: ${result.quotes.map((q) => q.text).join(' | ')}`);
      c.expected.forEach(([speaker, cue, mention], i) => {
        const q = result.quotes[i];
        assert.equal(speakerName(result, q.speakerId), speaker, `speaker of ${q.text}`);
        assert.equal(q.cue?.text ?? null, cue, `cue of ${q.text}`);
        if (q.cue) assert.equal(c.text.slice(q.cue.start, q.cue.end), q.cue.text);
        assert.equal(q.speakerMention ? c.text.slice(q.speakerMention.start, q.speakerMention.end) : null, mention, `mention of ${q.text}`);
      });
    });
  }
});

describe('attribute: reported speech (claims)', () => {
  const cases: { name: string; text: string; claims: readonly (readonly [string, string, string])[] }[] = [
    {
      name: 'X said <clause>',
      text: 'Ada Quill said the union and the company have agreed to talks.',
      claims: [['the union and the company have agreed to talks', 'Ada Quill', 'said']],
    },
    { name: 'X said that <clause>', text: 'Ada Quill said that the strike would end soon.', claims: [['the strike would end soon', 'Ada Quill', 'said']] },
    {
      name: 'time and setting before "that"',
      text: 'Ada Quill said on Tuesday in a statement that the strike would end soon.',
      claims: [['the strike would end soon', 'Ada Quill', 'said']],
    },
    { name: 'X told reporters <clause>', text: 'Ada Quill told reporters the strike would end soon.', claims: [['the strike would end soon', 'Ada Quill', 'told']] },
    {
      name: 'According to X, <clause>',
      text: 'According to the union, the strike will end on Friday.',
      claims: [['the strike will end on Friday', 'The union', 'According to']],
    },
    {
      name: '<clause>, according to X',
      text: 'The strike will end on Friday, according to the union.',
      claims: [['The strike will end on Friday', 'The union', 'according to']],
    },
    {
      name: '<clause>, X said',
      text: 'The strike will end on Friday, union officials said.',
      claims: [['The strike will end on Friday', 'Union officials', 'said']],
    },
    {
      name: 'role from the title is kept with the claim',
      text: 'Foreign Minister Ada Quill also said the border must stay open.',
      claims: [['the border must stay open', 'Ada Quill', 'said']],
    },
    {
      name: 'coordinated verbs share the subject',
      text: 'Ada Quill toured the flooded port and said the dikes would hold.',
      claims: [['the dikes would hold', 'Ada Quill', 'said']],
    },
    {
      name: '"that" after an aside',
      text: 'Ada Quill said, in an email, that the port would reopen.',
      claims: [['the port would reopen', 'Ada Quill', 'said']],
    },
    {
      name: 'a negated cue reports nothing',
      text: 'Ada Quill did not respond to requests for comment.',
      claims: [],
    },
    {
      name: 'passive "are estimated" reports no speaker',
      text: 'At least 400 people are estimated to have left the city.',
      claims: [],
    },
    {
      name: 'a nested speaker ends the claim',
      text: 'Ada Quill said the vote was fair, she believed the count was right.',
      claims: [['the vote was fair', 'Ada Quill', 'said'], ['the count was right', 'Ada Quill', 'believed']],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = run(c.text);
      const got = result.claims.map((claim) => [claim.text, speakerName(result, claim.speakerId), claim.cue?.text ?? null]);
      assert.deepEqual(got, c.claims.map((x) => [...x]));
      for (const claim of result.claims) assert.equal(c.text.slice(claim.start, claim.end), claim.text);
    });
  }
});

describe('attribute: robustness', () => {
  const inputs: { name: string; text: () => string }[] = [
    { name: 'empty', text: () => '' },
    { name: 'only cues', text: () => 'said said told according to , , said he she they. '.repeat(2000) },
    { name: 'quotes and pronouns on one long line', text: () => 'He said "it is fine," and she said "no." '.repeat(20_000) },
    { name: 'binary-looking bytes and lone surrogates', text: () => '\u0000\u0001\uD800"\uDC00 said \uFFFF\u201C x \u201D she said.\n'.repeat(2000) },
  ];
  for (const input of inputs) {
    it(`never throws and stays slice-true: ${input.name}`, () => {
      const text = input.text();
      const result = run(text);
      for (const item of [...result.quotes, ...result.claims]) {
        assert.equal(text.slice(item.start, item.end), item.text);
        if (item.cue) assert.equal(text.slice(item.cue.start, item.cue.end), item.cue.text);
        if (item.speakerMention) assert.ok(item.speakerMention.start >= 0 && item.speakerMention.end <= text.length);
      }
      for (const s of result.speakers) for (const m of s.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
    });
  }
});

describe('attribute: claims on run-on lines are capped (linear work on lines without full stops)', () => {
  /** `count` invented words, no verbs of saying, no punctuation. */
  const words = (count: number): string => Array.from({ length: count }, (_, i) => ['the', 'harbour', 'budget', 'would', 'grow', 'again'][i % 6]).join(' ');
  /** Groups of ten words joined by commas, `groups` of them. */
  const clauses = (groups: number): string => Array.from({ length: groups }, () => words(10)).join(', ');
  const cases: { name: string; text: string; claimWords: number; followedBy: string | null }[] = [
    // 150 words and a full stop: a real (if long) sentence keeps its whole clause.
    { name: 'a long sentence under the cap runs to its full stop', text: `Ada Quill said ${words(150)}.`, claimWords: 150, followedBy: '.' },
    // 400 words, no punctuation: the claim stops 200 tokens after its cue.
    { name: 'a run-on line without breaks stops at the cap', text: `Ada Quill said ${words(400)}`, claimWords: 200, followedBy: ' ' },
    // 40 comma-separated clauses: the claim stops at the last comma within the cap (18 clauses: 180 words + 17 commas).
    { name: 'a run-on line with commas stops at a clause break', text: `Ada Quill said ${clauses(40)}`, claimWords: 180, followedBy: ',' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = run(c.text);
      assert.equal(result.claims.length, 1);
      const [claim] = result.claims;
      assert.equal(c.text.slice(claim.start, claim.end), claim.text);
      assert.equal(claim.text.split(/[\s,]+/).filter((w) => w.length > 0).length, c.claimWords);
      assert.equal(c.text[claim.end] ?? null, c.followedBy);
      assert.equal(speakerName(result, claim.speakerId), 'Ada Quill');
    });
  }
});

describe('attribute: speaker names, roles and kinds', () => {
  interface NameCase {
    readonly text: string;
    readonly name: string;
    readonly role: string | null;
    readonly kind: Speaker['kind'];
  }
  const cases: NameCase[] = [
    // Lower-case particles inside a name keep the name whole after an inverted cue.
    { text: '"The river is rising," said Femke de Wit, a farmer.', name: 'Femke de Wit', role: 'farmer', kind: 'person' },
    { text: '"The river is rising," said Joris van der Laan.', name: 'Joris van der Laan', role: null, kind: 'person' },
    { text: '"We will return," said Karim bin Tarek.', name: 'Karim bin Tarek', role: null, kind: 'person' },
    { text: '"We will return," said Lucia da Costa of the fishing board.', name: 'Lucia da Costa', role: null, kind: 'person' },
    { text: 'According to Pieter van Dam, the dikes will hold.', name: 'Pieter van Dam', role: null, kind: 'person' },
    // An institution's name takes its "of"/"for" tail and any modifiers before it.
    { text: 'According to the Dutch Ministry of Fisheries, 40 boats stayed in port.', name: 'Dutch Ministry of Fisheries', role: null, kind: 'organization' },
    { text: '"Rates will stay," said the Bank of Atlantis.', name: 'Bank of Atlantis', role: null, kind: 'organization' },
    { text: 'The Ministry for Foreign Trade said that the harbour fees would rise.', name: 'Ministry for Foreign Trade', role: null, kind: 'organization' },
    { text: '"Classes resume Monday," said the University of the Northern Plains.', name: 'University of the Northern Plains', role: null, kind: 'organization' },
    // A lower-case organization noun right before a name describes an organization, not a person's title.
    { text: 'Shipping group Nordlane warned customers that deliveries would slip.', name: 'Nordlane', role: 'Shipping group', kind: 'organization' },
    { text: 'Budget carrier Skyvo said that flights would resume.', name: 'Skyvo', role: 'Budget carrier', kind: 'organization' },
    { text: '"Prices will rise," said retail chain Korvo.', name: 'Korvo', role: 'retail chain', kind: 'organization' },
    // A web site is one name, period and all, and speaks as an organization.
    { text: 'Traffic to the site fell sharply, said Birchwood.org.', name: 'Birchwood.org', role: null, kind: 'organization' },
    { text: '"Orders are up," Quellbyte.co.uk said.', name: 'Quellbyte.co.uk', role: null, kind: 'organization' },
    // An appositive headed by an organization noun describes an organization.
    { text: 'Skyvo, a budget carrier, said that flights would resume.', name: 'Skyvo', role: 'budget carrier', kind: 'organization' },
    { text: '"Traffic fell," said Birchwood.org, a Marlow-based freedom of speech advocacy group.', name: 'Birchwood.org', role: 'Marlow-based freedom of speech advocacy group', kind: 'organization' },
  ];
  // Guards that already held and must keep holding: a title with "of", or a person's title before a name.
  const guards: NameCase[] = [
    { text: '"No deal yet," said Secretary of State Nora Balk.', name: 'Nora Balk', role: 'Secretary of State', kind: 'person' },
    { text: '"No deal yet," said Nordlane spokesman Ivo Brink.', name: 'Ivo Brink', role: 'Nordlane spokesman', kind: 'person' },
    { text: '"The river is rising," said Femke Wit.', name: 'Femke Wit', role: null, kind: 'person' },
    { text: '"We print on," said newspaper publisher Ada Quill.', name: 'Ada Quill', role: 'newspaper publisher', kind: 'person' },
    // The appositive describes the founder's company, and an agent noun before "on" is a person's role.
    { text: 'The founder of Skyvo, a budget carrier, said traffic fell.', name: 'The founder of Skyvo', role: null, kind: 'person' },
    { text: '"Stocks are low," said Tom Brack, a commissioner on the Halibut Commission.', name: 'Tom Brack', role: 'commissioner on the Halibut Commission', kind: 'person' },
  ];
  it('joins a web site\'s bare name ("Birchwood") to the site that spoke as "Birchwood.org"', () => {
    const result = run('"Traffic fell," said Birchwood.org.\n\n"The block is political," said Birchwood.');
    assert.deepEqual(result.speakers.map((s) => [s.name, s.kind, s.quotes.length, s.aliases]), [['Birchwood.org', 'organization', 2, ['Birchwood']]]);
  });

  for (const c of [...cases, ...guards]) {
    it(`${c.text} → ${c.name} (${c.kind})`, () => {
      const result = run(c.text);
      assert.equal(result.speakers.length, 1, result.speakers.map((s) => s.name).join(', '));
      const [speaker] = result.speakers;
      assert.equal(speaker.name, c.name);
      assert.equal(speaker.role, c.role);
      assert.equal(speaker.kind, c.kind);
    });
  }
});
