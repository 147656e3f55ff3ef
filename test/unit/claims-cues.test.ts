import { checkClaims as check } from './attributionHelpers';

describe('claims cues: progressive verbs of saying', () => {
  check([
    {
      name: '"is saying" has its own subject',
      text: 'Mayor Ada Quill is saying the new ferry fares are hurting commuters on the island.',
      claims: [['the new ferry fares are hurting commuters on the island', 'Ada Quill', 'saying']],
    },
    {
      name: '"is now insisting" with an adverb between',
      text: 'A smiling Bram Tolliver is now insisting he will win the harbour seat.',
      claims: [['he will win the harbour seat', 'Bram Tolliver', 'insisting']],
    },
    {
      name: '"had been asking" a hearer a question',
      text: 'Nell Varga had been asking the minister why the ferry stayed in port.',
      claims: [['why the ferry stayed in port', 'Nell Varga', 'asking']],
    },
    {
      name: '"is adding jobs" reports no speech',
      text: 'The island economy is adding roughly 400 new jobs a month this spring.',
      claims: [],
    },
    {
      name: '"is calling for" an object is left to the noun-phrase rules',
      text: 'Mayor Ada Quill is calling for a calmer debate about the ferry.',
      claims: [],
    },
  ]);
});

describe('claims cues: Title Case headlines', () => {
  check([
    {
      name: 'a present-tense cue in a headline',
      text: 'Mayor Quill Warns Ferry Cuts Would Strand Island Families.\n\nThe council met on Monday.',
      claims: [['Ferry Cuts Would Strand Island Families', 'Quill', 'Warns']],
    },
    {
      name: '"Calls On" takes its particle',
      text: 'Bishop Tolliver Calls On Parents To Read With Their Children.',
      claims: [['Parents To Read With Their Children', 'Tolliver', 'Calls On']],
    },
    {
      name: 'a second clause after "After" has its own speaker',
      text: 'Nurses Union Slams Varga After Auditors Reveal Plan To Close Two Wards.',
      claims: [['Varga', 'Nurses Union', 'Slams'], ['Plan To Close Two Wards', 'Auditors', 'Reveal']],
    },
    {
      name: 'a speaker and addressee before a colon',
      text: 'Island Farmers to Ada Quill: Fix The Ferry Before Harvest.',
      claims: [['Fix The Ferry Before Harvest', 'Island Farmers', ':']],
    },
    {
      name: 'a base form is a noun, not a cue',
      text: 'Witness Disputes Claim About Harbour Fire.',
      claims: [],
    },
    {
      name: 'a section label before a colon is no speaker',
      text: 'The Latest: Ferry Service Resumes On Northern Route.',
      claims: [],
    },
    {
      name: 'a Title Case line without a cue',
      text: 'Article Continued Below',
      claims: [],
    },
    {
      name: 'a sentence-case line keeps the ordinary reading',
      text: 'Mayor Quill says ferry cuts would strand island families.',
      claims: [['ferry cuts would strand island families', 'Quill', 'says']],
    },
    {
      name: 'an all-capitals section head is no headline',
      text: 'MAYOR WARNS FERRY CUTS WOULD STRAND FAMILIES',
      claims: [],
    },
  ]);
});

describe('claims cues: evidence as the source', () => {
  check([
    {
      name: '"polling shows that" with a common-noun head',
      text: 'Recent polling shows that the harbour levy is losing support among older voters.',
      claims: [['the harbour levy is losing support among older voters', 'Recent polling', 'shows']],
    },
    {
      name: 'records with a participle modifier before "show"',
      text: 'The documents released Thursday show the ferry operator knew about the faulty ramp.',
      claims: [['the ferry operator knew about the faulty ramp', 'The documents released', 'show']],
    },
    {
      name: 'an introductory "with … revealing that" phrase ends at its comma',
      text: 'With new records revealing that the levy raised twice the forecast, Ada Quill said the council should cut it.',
      claims: [
        ['the levy raised twice the forecast', 'New records', 'revealing'],
        ['the council should cut it', 'Ada Quill', 'said'],
      ],
    },
    {
      name: 'evidence before its agent several words back',
      text: 'Ticket records released Friday by the island Ferry Authority show nearly 9,000 commuters sailed on Monday.',
      claims: [['nearly 9,000 commuters sailed on Monday', 'Ferry Authority', 'show']],
    },
    {
      name: 'a show that is no evidence reports nothing',
      text: 'The harbour show drew large crowds on Saturday.',
      claims: [],
    },
  ]);
});

describe('claims cues: a sentence-initial participle of saying', () => {
  check([
    {
      name: 'the main clause subject speaks',
      text: 'Insisting the tour was not staged, Ada Quill invited the workers to the stage.',
      claims: [['the tour was not staged', 'Ada Quill', 'Insisting']],
    },
    {
      name: 'a participle that is no cue reports nothing',
      text: 'Speaking at the harbour on Monday, Ada Quill thanked the ferry crews.',
      claims: [],
    },
    {
      name: 'a participle without a clause reports nothing',
      text: 'Arguing loudly, Ada Quill left the hall.',
      claims: [],
    },
  ]);
});

describe('claims cues: reports without a source', () => {
  check([
    {
      name: 'a noun of doubt with a that-clause',
      text: 'The ferry plan has been dogged by doubts that it will ever pay for itself.',
      claims: [['it will ever pay for itself', null, 'doubts']],
    },
    {
      name: 'a noun of belief before an adjective and a name',
      text: 'The council acted on reports that former Mayor Ada Quill had kept the keys.',
      claims: [['former Mayor Ada Quill had kept the keys', null, 'reports']],
    },
    {
      name: 'a participle with its object after the clause is the writer\'s',
      text: 'Shares fell after the announcement that the yard would close, leaving a century of shipbuilding behind.',
      claims: [['the yard would close', null, 'announcement']],
    },
    {
      name: 'a relative clause after the noun is no content',
      text: 'It was a week of news that shook the ferry company.',
      claims: [],
    },
    {
      name: '"the word that" is a relative clause, not a report',
      text: 'The word that she used in the letter was harsh.',
      claims: [],
    },
    {
      name: '"the fact that" reports nothing',
      text: 'The fact that the ferry was late again angered the commuters.',
      claims: [],
    },
    {
      name: 'a verb use keeps its speaker',
      text: 'Ada Quill fears that the ferry will be sold next year.',
      claims: [['the ferry will be sold next year', 'Ada Quill', 'fears']],
    },
    {
      name: '"it is unclear how"',
      text: 'The council has the votes, but it is unclear how quickly the levy can be repealed.',
      claims: [['how quickly the levy can be repealed', null, 'it is unclear']],
    },
    {
      name: '"it\'s not clear who" ends before another speaker\'s clause',
      text: 'The keys went missing; it\u2019s not clear who took them and both unions deny any role in it.',
      claims: [
        ['who took them', null, 'it\u2019s not clear'],
        ['any role in it', 'Both unions', 'deny'],
      ],
    },
    {
      name: '"it is unclear whether …, X said" is X\'s claim, read once',
      text: 'It is unclear whether the ferry will run on Sunday, the harbour master said.',
      claims: [['It is unclear whether the ferry will run on Sunday', 'The harbour master', 'said']],
    },
    {
      name: '"it emerged that"',
      text: 'Later that week it emerged that the harbour master had resigned in March.',
      claims: [['the harbour master had resigned in March', null, 'it emerged']],
    },
    {
      name: '"it is clear that" is the writer\'s own statement',
      text: 'It is clear that the ferry needs a new engine.',
      claims: [],
    },
  ]);
});

describe('claims cues: rulings', () => {
  check([
    {
      name: '"ruled" with a clause reports the ruling',
      text: 'Justice Ada Quill ruled the ferry contract was void from the start.',
      claims: [['the ferry contract was void from the start', 'Ada Quill', 'ruled']],
    },
    {
      name: '"ruled out" is no report',
      text: 'Justice Ada Quill ruled out any delay to the hearing.',
      claims: [],
    },
    {
      name: 'the noun "rules" is no cue',
      text: 'The harbour rules were changed after the storm.',
      claims: [],
    },
  ]);
});

describe('claims cues: intentions with an infinitive', () => {
  check([
    {
      name: '"sought to"',
      text: 'At the meeting, Ada Quill sought to reassure the ferry crews about their jobs.',
      claims: [['to reassure the ferry crews about their jobs', 'Ada Quill', 'sought']],
    },
    {
      name: '"would like her to"',
      text: 'Some island farmers would like her to spend more on the northern route.',
      claims: [['her to spend more on the northern route', 'Some island farmers', 'like']],
    },
    {
      name: '"seeks" with a noun object states no intention',
      text: 'Ada Quill seeks the nomination for the harbour seat.',
      claims: [],
    },
    {
      name: '"like" as a preposition is no cue',
      text: 'Ada Quill, like many islanders, to this day takes the early ferry.',
      claims: [],
    },
    {
      name: 'a gerund "seeking" is no cue',
      text: 'Ada Quill said the fares could rise and seeking a subsidy was one way out.',
      claims: [['the fares could rise and seeking a subsidy was one way out', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claims cues: passive questions and news', () => {
  check([
    {
      name: '"when asked whether" ends at the subordinate clause\'s comma',
      text: 'When Quill was asked whether the ferry would run, she shrugged and left the stage.',
      claims: [['whether the ferry would run', null, 'was asked']],
    },
    {
      name: 'a reduced "when told"',
      text: 'When told the ferry had been cancelled, the commuters walked back to town.',
      claims: [['the ferry had been cancelled', null, 'told']],
    },
    {
      name: '"having been told" without "that" is background',
      text: 'Having been told he could fall ill at any moment, Bram Tolliver stayed home.',
      claims: [],
    },
    {
      name: '"asked when" may open a time clause, so it is left alone',
      text: 'The commuters were asked when they usually travel to the island.',
      claims: [],
    },
  ]);
});

describe('claims cues: demonstrative and relative evidence', () => {
  check([
    {
      name: 'a sentence-initial "That implied"',
      text: 'The mayor said the crews had no contracts. That implied the ferry company had broken its own rules.',
      claims: [
        ['the crews had no contracts', 'The mayor', 'said'],
        ['the ferry company had broken its own rules', null, 'That implied'],
      ],
    },
    {
      name: 'a relative "that showed" after a noun that is no evidence',
      text: 'Reporters obtained old ledgers that showed the levy had been spent twice.',
      claims: [['the levy had been spent twice', null, 'that showed']],
    },
    {
      name: 'a tape is evidence',
      text: 'A tape released on Friday shows the captain ignoring the storm warning.',
      claims: [['the captain ignoring the storm warning', 'A tape released', 'shows']],
    },
    {
      name: '"That shows up" opens no clause',
      text: 'The levy is small. That shows up in the ferry accounts every spring.',
      claims: [],
    },
  ]);
});

describe('claims cues: a hedged participle', () => {
  check([
    {
      name: '", apparently suggesting that" keeps the clause\'s speaker',
      text: 'Ada Quill met the crews. \u201CFind other work,\u201D she said, apparently suggesting that the ferry would be sold.',
      claims: [['the ferry would be sold', 'Ada Quill', 'suggesting']],
    },
    {
      name: 'an adverb without a comma before it opens no participle clause',
      text: 'Bram Tolliver left the hall quickly saying nothing more.',
      claims: [],
    },
  ]);
});

describe('claims cues: "make clear that" and "telegraph that"', () => {
  check([
    {
      name: '"is making clear that": the progressive\'s subject states the clause',
      text: 'In her speeches, Ada Quill is making clear that her top priority is the ferry.',
      claims: [['her top priority is the ferry', 'Ada Quill', 'making clear']],
    },
    {
      name: '"made it clear that"',
      text: 'The mayor made it clear that the pier would stay closed.',
      claims: [['the pier would stay closed', 'The mayor', 'made it clear']],
    },
    {
      name: '"had telegraphed that"',
      text: 'Tomas Vell had telegraphed that he would fight the plan.',
      claims: [['he would fight the plan', 'Tomas Vell', 'telegraphed']],
    },
    {
      name: 'negative: a storm that makes something clear is no speaker',
      text: 'The storm made clear that the dikes were too low.',
      claims: [],
    },
    {
      name: 'negative: "did not make clear" states nothing',
      text: 'Tomas Vell did not make clear that he would run.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims cues: the writer\'s own source after "according to"', () => {
  check([
    {
      name: '"according to our totals" names no speaker',
      text: 'Ada Quill has made the most visits to the island, according to our totals.',
      claims: [['Ada Quill has made the most visits to the island', null, 'according to']],
    },
    {
      name: '"according to my count" at the start names no speaker either',
      text: 'According to my count, the ferry was late 40 times this year.',
      claims: [['the ferry was late 40 times this year', null, 'According to']],
    },
    {
      name: 'negative: "our reporter" is a speaker',
      text: 'According to our reporter, the ferry was late again.',
      claims: [['the ferry was late again', 'Our reporter', 'According to']],
    },
  ]);
});

describe('claims cues: a report whose clause opens with a bare noun (full analysis)', () => {
  check([
    {
      name: 'a bare noun and its prepositional phrase before an auxiliary open the clause',
      text: 'The yard unveiled a new brand amid reports that business at several docks has declined.',
      claims: [['business at several docks has declined', null, 'reports']],
    },
    {
      name: '"amid reports that …" ends a claim it would run into, and stands alone',
      text: 'The firm announced a new brand that will replace the family name on some ferries amid published reports that business has declined.',
      claims: [['a new brand that will replace the family name on some ferries', 'The firm', 'announced'], ['business has declined', null, 'reports']],
    },
    {
      name: 'negative: a bare noun that is the object of a relative clause opens no content',
      text: 'It was a week of news that business leaders welcomed.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims cues: declining to comment on a topic', () => {
  check([
    {
      name: '"declined to comment about X" reports the topic, which ends at a comma',
      text: 'The Quill campaign declined to comment about the authenticity of the document, with spokesman Tomas Vell saying the leaks were stale.',
      claims: [['the authenticity of the document', 'The Quill campaign', 'declined to comment about'], ['the leaks were stale', 'Tomas Vell', 'saying']],
    },
    {
      name: 'an indirect question is a topic',
      text: 'On Tuesday, the finance chairman declined to comment on when Vell planned to give the money.',
      claims: [['when Vell planned to give the money', 'The finance chairman', 'declined to comment on']],
    },
    {
      name: 'a subordinate clause after the topic is the writer\'s',
      text: 'The harbour police refused to comment on the report while Vell could not be reached.',
      claims: [['the report', 'The harbour police', 'refused to comment on']],
    },
    {
      name: 'negative: no topic, no claim',
      text: 'The council declined to comment.',
      claims: [],
    },
    {
      name: 'negative: a subject that names no speaker',
      text: 'The ferry refused to comment on the weather.',
      claims: [],
    },
  ]);
});

describe('claims cues: subjects named by "for" and by a verbless sentence (full analysis)', () => {
  check([
    {
      name: '"For a candidate to believe that …": "for" names the subject, and the main verb is the writer\'s',
      text: 'For a candidate to believe that an election, yet to be held, is "rigged" is senseless.',
      claims: [['an election, yet to be held, is "rigged"', 'A candidate', 'believe']],
    },
    {
      name: 'a verbless sentence of moments: the name opening it speaks for "telling … that"',
      text: 'Secretary of State Jonas Lund telling reporters at the harbour that "peace is at hand" in 1972. Mayor Quill rushing back from the coast.',
      claims: [['"peace is at hand" in 1972', 'Jonas Lund', 'telling']],
    },
    {
      name: 'negative: "for" before a subject that names no speaker',
      text: 'For the ferry to say that is odd.',
      claims: [],
    },
    {
      name: 'negative: without "that", a name and a participle are no report',
      text: 'Ada Quill saying the ferry was late was the last straw.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims cues: signals and assurances, and a gloss on a name closing the clause (full analysis)', () => {
  check([
    {
      name: '"sent clear signals early on that …": a short time between the noun and "that"; the relative on the closing name is the writer\'s',
      text: 'Ada Quill and her aides also sent clear signals early on that they wanted supporters to back the Harbour Fund, which had formed in 2012.',
      claims: [['they wanted supporters to back the Harbour Fund', null, 'signals']],
    },
    {
      name: '"assurance that …"',
      text: 'Voters got an assurance that the levy would not rise.',
      claims: [['the levy would not rise', null, 'assurance']],
    },
    {
      name: 'negative: a relative on a name inside the clause stays',
      text: 'Ada Quill said the deal with Skyvo, which is broke, was off.',
      claims: [['the deal with Skyvo, which is broke, was off', 'Ada Quill', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claims cues: adverbs of manner without "-ly"', () => {
  check([
    {
      name: '"outright rejected"',
      text: 'Ada Quill outright rejected the plan.',
      claims: [['the plan', 'Ada Quill', 'rejected']],
    },
    {
      name: 'negative: "bought the pier outright" reports nothing',
      text: 'The council bought the pier outright.',
      claims: [],
    },
  ]);
});

describe('claims cues: "the argument goes"', () => {
  check([
    {
      name: 'an aside of reasoning makes the sentence an unsourced claim',
      text: 'Had he handled the case the way the council handled its other cases, the argument goes, he would have endured less criticism.',
      claims: [['Had he handled the case the way the council handled its other cases, the argument goes, he would have endured less criticism', null, 'the argument goes']],
    },
    {
      name: 'a closing aside, with a modifier before the noun, stays out of the claim',
      text: 'The ferry will sail again next week, the conventional wisdom goes.',
      claims: [['The ferry will sail again next week', null, 'the conventional wisdom goes']],
    },
    {
      name: 'negative: a bus that goes is no reasoning',
      text: 'The ferry left, the bus goes.',
      claims: [],
    },
  ]);
});

describe('claims cues: a clause shown or found, without "that" (full analysis)', () => {
  check([
    {
      name: '"He showed us he\'s …": past the one shown to, a contracted subject pronoun opens the clause',
      text: 'Tomas Vell won. He showed us he\'s the "change agent" and the mayor\'s more of the same.',
      claims: [['he\'s the "change agent" and the mayor\'s more of the same', 'Tomas Vell', 'showed']],
    },
    {
      name: '"showed he is …"',
      text: 'Ada Quill spoke first. She showed she is ready to lead.',
      claims: [['she is ready to lead', 'Ada Quill', 'showed']],
    },
    {
      name: 'negative: "found three victims" shows no clause',
      text: 'Police found three victims.',
      claims: [],
    },
    {
      name: 'negative: "found it hard to sleep" is no clause',
      text: 'She found it hard to sleep.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims cues: criticism from unnamed critics (full analysis)', () => {
  check([
    {
      name: '"has drawn criticism for X": X, with no speaker',
      text: 'It is not the first time Tomas Vell has drawn criticism for his history of making harsh statements.',
      claims: [['his history of making harsh statements', null, 'drawn criticism for']],
    },
    {
      name: '"came under fire for what …"',
      text: 'The minister came under fire for what many sailors saw as a failure to act.',
      claims: [['what many sailors saw as a failure to act', null, 'came under fire for']],
    },
    {
      name: 'negative: soldiers under fire for hours',
      text: 'The soldiers came under fire for hours.',
      claims: [],
    },
    {
      name: 'negative: a pier that drew crowds',
      text: 'The pier drew crowds for the festival.',
      claims: [],
    },
  ], { fullAnalysis: true });
});
