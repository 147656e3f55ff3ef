import assert from 'node:assert/strict';
import { attributeWithoutParses as run, checkClaims as check } from './attributionHelpers';

describe('claims precision: a setting after the cue', () => {
  check([
    {
      name: '"testified on the issue" reports no clause',
      text: 'Ada Quill had testified on the ferry budget and left the hall early.',
      claims: [],
    },
    {
      name: '"asks in the subject line" reports no clause',
      text: 'The memo from Ada Quill asks in the subject line whether the pier is safe.',
      claims: [],
    },
    {
      name: 'a time modifier after a preposition still needs its noun',
      text: 'Fares are above the level of 2 percent maintained during earlier years of the ferry service.',
      claims: [],
    },
    {
      name: '"last week" after the cue leaves the clause that follows',
      text: 'Ada Quill said last week the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ada Quill', 'said']],
    },
    {
      name: 'a pronoun after the setting\'s noun opens the reported clause',
      text: 'Ada Quill said in a radio interview she would reopen the pier in May.',
      claims: [['she would reopen the pier in May', 'Ada Quill', 'said']],
    },
    {
      name: 'an article after the setting\'s noun opens the reported clause',
      text: 'Ada Quill said at the time the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ada Quill', 'said']],
    },
    {
      name: 'an article after "of" stays in the setting',
      text: 'Ada Quill had testified on the cost of the pier and left early.',
      claims: [],
    },
    {
      name: '"that" after the setting\'s noun opens the reported clause',
      text: 'Ada Quill said in a radio interview Monday that the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ada Quill', 'said']],
    },
    {
      name: 'an article after a time opens the subject',
      text: 'Ada Quill said Tuesday the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ada Quill', 'said']],
    },
    {
      name: 'an article after a medium opens the subject',
      text: 'Ben Ostrow told reporters by email the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ben Ostrow', 'told']],
    },
  ]);
});

describe('claims precision: cue words that report nothing', () => {
  check([
    {
      name: '"adds" with a count reports no speech',
      text: 'The province adds 12,000 jobs as the harbour economy recovers.',
      claims: [],
    },
    {
      name: '"added" right before a count is read as adding it',
      text: 'Ada Quill added 40 crews would start work in May.',
      claims: [],
    },
    {
      name: '"added" with a clause after "that" still reports',
      text: 'Ada Quill added that 40 crews would start work in May.',
      claims: [['40 crews would start work in May', 'Ada Quill', 'added']],
    },
    {
      name: 'a noun-like cue before "of" is a noun',
      text: 'The figure falls between the council claim of 900 and the harbour estimate of 1,300.',
      claims: [],
    },
    {
      name: 'a noun-like cue after "a" and a name is a compound noun',
      text: 'She was a former Dunmore state employee who had accused the mayor.',
      claims: [],
    },
    {
      name: 'a name before a noun-like cue still reports',
      text: 'Dunmore Council reports the pier will reopen in May.',
      claims: [['the pier will reopen in May', 'Dunmore Council', 'reports']],
    },
    {
      name: '"says much about" reports no clause',
      text: 'The short film says much about the spirit of the town as it rebuilds.',
      claims: [],
    },
    {
      name: '"said something to" reports no clause',
      text: 'Ben Ostrow must have said something to calm her, because they kept talking.',
      claims: [],
    },
    {
      name: '"said much of" opens a clause',
      text: 'Ben Ostrow said much of the pier would have to be rebuilt.',
      claims: [['much of the pier would have to be rebuilt', 'Ben Ostrow', 'said']],
    },
    {
      name: '"responded to" a noun phrase reports no clause',
      text: 'Ada Quill responded to the rumours with a short post on her blog.',
      claims: [],
    },
  ]);
});

describe('claims precision: abbreviated titles do not end the sentence', () => {
  check([
    {
      name: 'a plural title ("Sens.") keeps its period',
      text: 'Ada Quill has taken aim at Sens. Ben Ostrow and Cal Reyes for backing the levy.',
      claims: [['Sens. Ben Ostrow and Cal Reyes for backing the levy', 'Ada Quill', 'taken aim at']],
    },
    {
      name: 'a prefixed title ("then-Sen.") keeps its period',
      text: 'Ada Quill has taken aim at then-Sen. Ben Ostrow for backing the levy.',
      claims: [['then-Sen. Ben Ostrow for backing the levy', 'Ada Quill', 'taken aim at']],
    },
  ]);
});

describe('claims precision: the writer\'s words around a claim', () => {
  check([
    {
      name: '", despite" ends the reported clause',
      text: 'Council officials said the ferry would be fully funded, despite the decision to cancel the gala dinners.',
      claims: [['the ferry would be fully funded', 'Council officials', 'said']],
    },
    {
      name: '", despite" after a partial quotation\'s comma ends the reported clause',
      text: 'Council officials said the ferry would be "fully funded," despite the decision to cancel the gala dinners.',
      claims: [['the ferry would be "fully funded,"', 'Council officials', 'said']],
    },
    {
      name: '", despite …," as an aside stays in the reported clause',
      text: 'Ada Quill said the ferry, despite the storm, would sail at noon.',
      claims: [['the ferry, despite the storm, would sail at noon', 'Ada Quill', 'said']],
    },
    {
      name: '"despite" without a comma stays in the reported clause',
      text: 'Ada Quill said the ferry sailed despite the storm warnings from the harbour.',
      claims: [['the ferry sailed despite the storm warnings from the harbour', 'Ada Quill', 'said']],
    },
    {
      name: '", which has …" on the whole statement ends the reported clause',
      text: 'Ada Quill said she would no longer back Ostrow, which has sparked a feud between the two.',
      claims: [['she would no longer back Ostrow', 'Ada Quill', 'said']],
    },
    {
      name: '", which has agreed …" on a noun of the claim stays in the reported clause',
      text: 'Ada Quill said the route would be sold to a local firm, which has agreed to keep the winter timetable.',
      claims: [['the route would be sold to a local firm, which has agreed to keep the winter timetable', 'Ada Quill', 'said']],
    },
    {
      name: '", which prompted …" without an auxiliary ends the reported clause',
      text: 'Ada Quill said she would no longer back Ostrow, which prompted a feud between the two.',
      claims: [['she would no longer back Ostrow', 'Ada Quill', 'said']],
    },
    {
      name: 'a relative clause closed by a comma stays in the reported clause',
      text: 'Ada Quill said the levy, which has passed the council, would hurt the harbour.',
      claims: [['the levy, which has passed the council, would hurt the harbour', 'Ada Quill', 'said']],
    },
    {
      name: 'a closing superlative appositive is the writer\'s gloss',
      text: 'Harbour officials said the ferry carried 9,000 riders in May, the highest count in a decade.',
      claims: [['the ferry carried 9,000 riders in May', 'Harbour officials', 'said']],
    },
    {
      name: '", the rest of …" is no superlative and stays in the clause',
      text: 'Harbour officials said the ferry would sail in May, the rest of the fleet in June.',
      claims: [['the ferry would sail in May, the rest of the fleet in June', 'Harbour officials', 'said']],
    },
    {
      name: 'a counted appositive closing the sentence ("two towns where …") is the writer\'s gloss',
      text: 'Ada Quill announced that she would send $1 million to Marlow and Harbour, two towns where she is not competing.',
      claims: [['she would send $1 million to Marlow and Harbour', 'Ada Quill', 'announced']],
    },
    {
      name: 'a participle of consequence after the clause (", angering …") is the writer\'s comment',
      text: 'Ada Quill said the harbour vote was rigged, angering many voters in Marlow.',
      claims: [['the harbour vote was rigged', 'Ada Quill', 'said']],
    },
    {
      name: 'a participle of consequence after a partial quotation\'s comma is the writer\'s comment too',
      text: 'Ada Quill has continued her warnings that the vote is "rigged," prompting a recount.',
      claims: [['the vote is "rigged,"', null, 'warnings']],
    },
    {
      name: 'negative: "raising" with an object of its own stays in the clause',
      text: 'Ada Quill said the council would fund the ferry, raising fares in May.',
      claims: [['the council would fund the ferry, raising fares in May', 'Ada Quill', 'said']],
    },
    {
      name: 'a dash before a phrase with its own subject and cue opens another statement',
      text: 'The Harbour Times backed her while acknowledging her many missteps \u2014 failings it said are outweighed by her strengths.',
      claims: [['her many missteps', 'Harbour Times', 'acknowledging'], ['are outweighed by her strengths', 'Harbour Times', 'said']],
    },
    {
      name: 'negative: a dash before a phrase without a subject of its own stays in the clause',
      text: 'Ada Quill said the ferry was late \u2014 the third time this month.',
      claims: [['the ferry was late \u2014 the third time this month', 'Ada Quill', 'said']],
    },
    {
      name: 'a counted appositive inside the clause stays',
      text: 'Ada Quill said Marlow and Harbour, two towns with ferries, would lose service in May.',
      claims: [['Marlow and Harbour, two towns with ferries, would lose service in May', 'Ada Quill', 'said']],
    },
    {
      name: 'a superlative appositive inside the clause stays',
      text: 'Harbour officials said the ferry, the oldest in the fleet, would be retired in May.',
      claims: [['the ferry, the oldest in the fleet, would be retired in May', 'Harbour officials', 'said']],
    },
    {
      name: 'an intention\'s infinitive ends before a participle of the subject\'s',
      text: 'With a wide lead, Ada Quill seeks to widen her margin, expecting a hard fight in the council.',
      claims: [
        ['to widen her margin', 'Ada Quill', 'seeks'],
        ['a hard fight in the council', 'Ada Quill', 'expecting'],
      ],
    },
    {
      name: 'a cue in a comparison after "than" reports nothing',
      text: 'The repair costs are lower than the harbour board says they are in its yearly report.',
      claims: [],
    },
    {
      name: '"more than" counting the speakers is no comparison',
      text: 'More than 20 harbour workers said the ferry was unsafe.',
      claims: [['the ferry was unsafe', '20 harbour workers', 'said']],
    },
    {
      name: 'a time after a speech noun\'s preposition is no topic: the attitude itself is what was expressed',
      text: 'Ada Quill expressed frustration on Monday in an interview with a local station.',
      claims: [['frustration', 'Ada Quill', 'expressed']],
    },
    {
      name: 'a topic after a speech noun\'s preposition is reported',
      text: 'Ada Quill expressed frustration over the ferry delays.',
      claims: [['the ferry delays', 'Ada Quill', 'expressed frustration over']],
    },
    {
      name: '"told" right before its clause is a passive: the subject was told, and is no speaker',
      text: 'Ben Ostrow had been diagnosed with a rare illness and told he had a year to live.',
      claims: [],
    },
  ]);
});

describe('claims precision: quotations, phrasal verbs and self-descriptions', () => {
  const speakerOf = (text: string, quoted: string): string | null => {
    const result = run(text);
    const quote = result.quotes.find((q) => q.text.includes(quoted));
    return result.speakers.find((s) => s.id === quote?.speakerId)?.name ?? null;
  };
  it('a quoted word after a cue still has its speaker', () => {
    assert.equal(speakerOf('Ada Quill praised the "fearless" crew after the final.', 'fearless'), 'Ada Quill');
  });
  it('a short scare quotation outside any claim takes no turn', () => {
    assert.equal(speakerOf('Ada Quill said the levy was unfair. Critics mocked the "harbour tax" all week.', 'harbour tax'), null);
  });
  it('a longer quoted fragment outside any claim still takes the turn', () => {
    assert.equal(speakerOf('Ada Quill said the levy was unfair. Her aim is "to cut the fares for every family on the island."', 'to cut the fares'), 'Ada Quill');
  });
  it('"knocked out" is no cue for a quotation after it', () => {
    assert.equal(speakerOf('Ada Quill knocked out the "Iron Lady" in the first round.', 'Iron Lady'), null);
  });
  check([
    {
      name: '"hammered out" a deal reports nothing',
      text: 'Ada Quill hammered out a deal with the harbour unions on Friday.',
      claims: [],
    },
    {
      name: '"hammered" a plan reports the attitude',
      text: 'Ada Quill hammered the harbour plan on Friday.',
      claims: [['the harbour plan', 'Ada Quill', 'hammered']],
    },
    {
      name: '"calls herself" names the speaker of the quoted name',
      text: 'The crowd cheered Ada Quill, who calls herself "The Harbour Queen."',
      claims: [['herself "The Harbour Queen."', 'Ada Quill', 'calls']],
    },
  ]);
});

describe('claims precision: refusing is not denying a claim', () => {
  check([
    {
      name: '"denied the request" reports no speech',
      text: 'In the end, Judge Ada Quill denied the request for the harbour records.',
      claims: [],
    },
    {
      name: '"denied" a possessive request reports no speech',
      text: 'Still, Ada Quill denied Ben Ostrow\'s application for a second permit.',
      claims: [],
    },
    {
      name: '"denied" a charge is still reported',
      text: 'Ada Quill denied the charge of fraud at the harbour.',
      claims: [['the charge of fraud at the harbour', 'Ada Quill', 'denied']],
    },
    {
      name: 'a goalie who "denied" a team refused it a goal',
      text: 'Tomas Vell stopped 22 shots and denied the Harbour Rovers on several chances.',
      claims: [],
    },
    {
      name: '"denied" a player alone reports no speech',
      text: 'The goalie denied Quill twice in the third period.',
      claims: [],
    },
    {
      name: 'negative: a capitalized adjective opens a charge',
      text: 'Ada Quill denied Marlovian interference in the vote.',
      claims: [['Marlovian interference in the vote', 'Ada Quill', 'denied']],
    },
    {
      name: 'negative: a name opening a clause is the claim',
      text: 'Ada Quill denied Marlow was involved.',
      claims: [['Marlow was involved', 'Ada Quill', 'denied']],
    },
  ]);
});

describe('claims precision: descriptions', () => {
  check([
    {
      name: 'after a long object, the description after "as" is the claim',
      text: 'Police described his attempt to board another ferry as a hijacking.',
      claims: [['a hijacking', 'Police', 'described']],
    },
    {
      name: 'after a short object, the object and its description stay together',
      text: 'Ada Quill described the ferry crews as tireless.',
      claims: [['the ferry crews as tireless', 'Ada Quill', 'described']],
    },
  ]);
});

describe('claims precision: participles and hearers', () => {
  check([
    {
      name: 'a five-letter adverb ("hotly") before a participle is no speaker',
      text: 'In two or more hotly contested harbour races, Ada Quill\'s party would gain from new money.',
      claims: [],
    },
    {
      name: '"told" with its hearer keeps its subject as the speaker',
      text: 'Bram Tolk told reporters he had three months to live.',
      claims: [['he had three months to live', 'Bram Tolk', 'told']],
    },
    {
      name: 'a nationality and its noun are one hearer, with nothing reported after them',
      text: 'For a decade, Bram Tolk advised Ruritanian politicians, including Ada Quill, who served as president.',
      claims: [],
    },
    {
      name: 'a nationality and its noun are the hearer before the reported clause',
      text: 'Bram Tolk told Ruritanian officials the harbour bridge was unsafe.',
      claims: [['the harbour bridge was unsafe', 'Bram Tolk', 'told']],
    },
    {
      name: 'a name before a plural noun is the hearer alone',
      text: 'Bram Tolk told Reuters officials were worried about the bridge.',
      claims: [['officials were worried about the bridge', 'Bram Tolk', 'told']],
    },
  ]);
});

describe('claims recall: evidence behind a relative clause', () => {
  check([
    {
      name: 'evidence past its relative clause is the source',
      text: 'Other emails that have recently been unearthed show the harbour master was unable to walk the pier.',
      claims: [['the harbour master was unable to walk the pier', 'Other emails', 'show']],
    },
    {
      name: 'people past their relative clause show no evidence',
      text: 'The riders who were there show no sign of leaving the pier.',
      claims: [],
    },
  ]);
});
