import assert from 'node:assert/strict';
import { attributeWithoutParses as run, checkClaims as check } from './attributionHelpers';

describe('claims: a new predication ends the reported clause', () => {
  check([
    {
      name: '", but" starts the writer\'s clause',
      text: 'Ada Quill said the ferry would sail on time, but the harbour stayed closed all day.',
      claims: [['the ferry would sail on time', 'Ada Quill', 'said']],
    },
    {
      name: '", though" starts the writer\'s clause',
      text: 'Ada Quill said the ferry would sail on time, though nobody at the harbour believed it.',
      claims: [['the ferry would sail on time', 'Ada Quill', 'said']],
    },
    {
      name: '", but that" goes on reporting the same speech',
      text: 'Ada Quill said the ferry was late, but that the crossing would still go ahead.',
      claims: [['the ferry was late, but that the crossing would still go ahead', 'Ada Quill', 'said']],
    },
    {
      name: '"and says" starts a second claim',
      text: 'Ada Quill says the ferry fares are unfair and says only the council can fix them.',
      claims: [
        ['the ferry fares are unfair', 'Ada Quill', 'says'],
        ['only the council can fix them', 'Ada Quill', 'says'],
      ],
    },
    {
      name: '", and added that" starts a second claim',
      text: 'Ada Quill said the ferry fares were too high, and added that the council would review them.',
      claims: [
        ['the ferry fares were too high', 'Ada Quill', 'said'],
        ['the council would review them', 'Ada Quill', 'added'],
      ],
    },
    {
      name: '", adding that" starts a second claim',
      text: 'Ada Quill said the ferry fares were too high, adding that the council would review them.',
      claims: [
        ['the ferry fares were too high', 'Ada Quill', 'said'],
        ['the council would review them', 'Ada Quill', 'adding'],
      ],
    },
    {
      name: 'a partial quotation counts with its words',
      text: 'Ada Quill said the fares were "far too high," and added that it "will hurt the islands."',
      claims: [
        ['the fares were "far too high,"', 'Ada Quill', 'said'],
        ['it "will hurt the islands."', 'Ada Quill', 'added'],
      ],
    },
    {
      name: 'a cue-like noun before a participle does not hide the speaker',
      text: 'Ada Quill argued that the rule hurt her union in its dispute, noting the board often lobbies members.',
      claims: [
        ['the rule hurt her union in its dispute', 'Ada Quill', 'argued'],
        ['the board often lobbies members', 'Ada Quill', 'noting'],
      ],
    },
    {
      name: '"and" between nouns is no new predication',
      text: 'Ada Quill said the ferry and the bridge would both close for repairs.',
      claims: [['the ferry and the bridge would both close for repairs', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claims: subjects and nesting', () => {
  check([
    {
      name: 'a time between the subject and the cue',
      text: 'Ada Quill on Friday said the ferry fares would fall next year.',
      claims: [['the ferry fares would fall next year', 'Ada Quill', 'said']],
    },
    {
      name: '"last week" between the subject and the cue',
      text: 'The harbour board last week said the ferry fares would fall.',
      claims: [['the ferry fares would fall', 'The harbour board', 'said']],
    },
    {
      name: 'a claim inside another claim is part of it',
      text: 'The harbour board said it expects the ferry fares to fall next year.',
      claims: [['it expects the ferry fares to fall next year', 'The harbour board', 'said']],
    },
    {
      name: 'a report inside a denial is part of the denial',
      text: 'Ada Quill denied a Harbour Times report that the ferry would be sold.',
      claims: [['a Harbour Times report that the ferry would be sold', 'Ada Quill', 'denied']],
    },
  ]);
});

describe('claims: reported clauses before the cue', () => {
  check([
    {
      name: 'a hearer after a final "told"',
      text: 'The ferry fares will fall next spring, harbour officials told me this week.',
      claims: [['The ferry fares will fall next spring', 'Harbour officials', 'told']],
    },
    {
      name: 'a speaker phrase with a complement ("an official familiar with the plan")',
      text: 'The ferry company is in talks with two buyers, an official familiar with the plan said Sunday.',
      claims: [['The ferry company is in talks with two buyers', 'An official', 'said']],
    },
    {
      name: 'a new clause after the cue is no aside',
      text: 'The ferry will not sail on time, harbour officials said, although they said a later crossing was likely.',
      claims: [
        ['The ferry will not sail on time', 'Harbour officials', 'said'],
        ['a later crossing was likely', 'Harbour officials', 'said'],
      ],
    },
    {
      name: 'a true aside keeps the whole sentence around it',
      text: 'The ferry, harbour officials said, will not sail before noon.',
      claims: [['The ferry, harbour officials said, will not sail before noon', 'Harbour officials', 'said']],
    },
    {
      name: 'a prepositional phrase before the speaker does not extend it',
      text: 'Ada Quill, in a tough race for the council, said she would vote for the ferry plan.',
      claims: [['she would vote for the ferry plan', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claims: relative clauses', () => {
  check([
    {
      name: '"who claimed": the antecedent speaks',
      text: 'The mayor spoke with three fishermen who claimed they had been cheated by the harbour board.',
      claims: [['they had been cheated by the harbour board', 'Three fishermen', 'claimed']],
    },
    {
      name: '", who said": the antecedent speaks',
      text: 'The plan was drawn up by Ada Quill, who said the ferry would pay for itself.',
      claims: [['the ferry would pay for itself', 'Ada Quill', 'said']],
    },
    {
      name: '", which reported": an organization speaks',
      text: 'The story ran in the Harbour Times, which reported that the ferry had been sold.',
      claims: [['the ferry had been sold', 'Harbour Times', 'reported']],
    },
    {
      name: 'an appositive before "who": the name it describes speaks, not a second speaker "the official"',
      text: 'Tomas Vell, the official who announced the ban, said the rule stays.',
      claims: [['the ban', 'Tomas Vell', 'announced'], ['the rule stays', 'Tomas Vell', 'said']],
    },
    {
      name: 'a non-restrictive "who" clause ends at its closing comma',
      text: 'Marlow voters, who said the ferry is late, have waited for years.',
      claims: [['the ferry is late', 'Marlow voters', 'said']],
    },
    {
      name: 'negative: a list after a closing relative clause stays in the claim',
      text: 'The council criticized the Harbour Times, which reported the fire, the blast and the flood.',
      claims: [['the Harbour Times', 'The council', 'criticized'], ['the fire, the blast and the flood', 'Harbour Times', 'reported']],
    },
  ]);
});

describe('claims: relative clauses in an aside, with the parser\'s verb tags', () => {
  check([
    {
      name: 'a relative clause inside a comma-bound aside ends at the comma before the main verb',
      text: 'Critics of Ada Quill, the mayor who said the bridge is safe, disagree.',
      claims: [['the bridge is safe', 'Ada Quill', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claims: a short clause before ", said X"', () => {
  check([
    {
      name: 'a noun and its verb before ", said X" are the claim, and X speaks',
      text: 'Sales fell, said Ada Quill, an analyst at Quellbyte.',
      claims: [['Sales fell', 'Ada Quill', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claims: a relative clause with its own cue ("that X said are …")', () => {
  check([
    {
      name: 'the clause after the cue has no subject of its own, and two words are enough',
      text: 'There were six crashes on the pier this year that Ada Quill said are unrelated.',
      claims: [['are unrelated', 'Ada Quill', 'said']],
    },
    {
      name: '"responded to incidents that X said are …" is no content of "responded"',
      text: 'Harbour police responded to several incidents that Ada Quill said are unrelated.',
      claims: [['are unrelated', 'Ada Quill', 'said']],
    },
    {
      name: 'negative: a cue word the parse reads as a noun ("charges") opens a real content',
      text: 'Ada Quill said the fines were steep, adding that more charges are possible under the harbour rules.',
      claims: [['the fines were steep', 'Ada Quill', 'said'], ['more charges are possible under the harbour rules', 'Ada Quill', 'adding']],
    },
  ], { fullAnalysis: true });
});

describe('claims: a second predicate after "and" shares the first one\'s subject', () => {
  check([
    {
      name: 'the subject of the first predicate speaks for "and announced"',
      text: 'On Monday, the Quill campaign expanded its ad buys in seven towns and announced plans to launch a blitz in Marlow.',
      claims: [['plans to launch a blitz in Marlow', 'The Quill campaign', 'announced']],
    },
    {
      name: 'negative: a subject that is no speaker ("the ferry") gives none',
      text: 'The old ferry sank near the pier and announced nothing.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims: an infinitive of saying that tells the purpose of an act of contact', () => {
  check([
    {
      name: '"called X on Thursday night to confirm …": the caller speaks',
      text: 'Ada Quill called the harbour master on Thursday night to confirm she wanted the pier closed.',
      claims: [['she wanted the pier closed', 'Ada Quill', 'confirm']],
    },
    {
      name: '"took to Twitter to say …": the writer speaks',
      text: 'Ada Quill took to Twitter to say the ferry was late again.',
      claims: [['the ferry was late again', 'Ada Quill', 'say']],
    },
    {
      name: 'an attitude as the purpose: "appeared … to tout …"',
      text: 'Tomas Vell appeared Tuesday with workers at the harbour club to tout his ability to create jobs.',
      claims: [['his ability to create jobs', 'Tomas Vell', 'tout']],
    },
    {
      name: 'negative: "went to the pier to back the boat out" is an action',
      text: 'Ada Quill went to the pier to back the boat out.',
      claims: [],
    },
    {
      name: 'negative: "bought a boat to announce" is no act of contact',
      text: 'Ada Quill bought a boat to announce her bid for mayor.',
      claims: [],
    },
    {
      name: 'a person named after ", and" with a verb of their own opens the writer\'s next clause',
      text: 'Ada Quill called the harbour master to confirm she wanted the pier closed, and Tomas Vell was happy to hear it.',
      claims: [['she wanted the pier closed', 'Ada Quill', 'confirm']],
    },
    {
      name: 'so does a definite subject after ", and", past a time phrase set off by a comma',
      text: 'Tomas Vell had said that this was the course he meant to take, and this time, the rival was not caught off guard.',
      claims: [['this was the course he meant to take', 'Tomas Vell', 'said']],
    },
    {
      name: 'negative: "and the" without a verb of its own stays in the claim',
      text: 'Tomas Vell said that the pier and the ferry were both closed.',
      claims: [['the pier and the ferry were both closed', 'Tomas Vell', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claims: a participle of publishing after "an interview with X"', () => {
  check([
    {
      name: 'the publisher inside the message noun\'s phrase is no speaker of "published"',
      text: 'In an interview with Harbour News published this morning, Ada Quill was quoted calling the mayor a "failed" leader.',
      claims: [],
    },
    {
      name: 'negative: the subject of "published" still speaks',
      text: 'Harbour News published a report on Monday saying the ferry is unsafe.',
      claims: [['a report on Monday saying the ferry is unsafe', 'Harbour News', 'published']],
    },
  ], { fullAnalysis: true });
});

describe('claims: a participle right after its noun, and the sentence\'s own verb', () => {
  check([
    {
      name: 'a passive after a reported clause with its verb belongs to the noun',
      text: 'A harbour poll showing Ada Quill is leading was published on Monday.',
      claims: [['Ada Quill is leading', 'A harbour poll', 'showing']],
    },
    {
      name: 'a passive after a that-clause belongs to the noun',
      text: 'A harbour poll showing that support was divided was released on Friday.',
      claims: [['support was divided', 'A harbour poll', 'showing']],
    },
    {
      name: 'negative: the reported clause\'s own passive stays',
      text: 'The council read a harbour poll showing that the ferry was damaged in the storm.',
      claims: [['the ferry was damaged in the storm', 'A harbour poll', 'showing']],
    },
  ], { fullAnalysis: true });
});

describe('claims: a full quotation that completes the reported clause', () => {
  check([
    {
      name: 'a quotation after "was," is the clause\'s predicate and stays in the claim',
      text: 'Ada Quill was there. "Most leaders cried," she wrote, adding that the mood in the room was, "She is on our side."',
      claims: [['the mood in the room was, "She is on our side."', 'Ada Quill', 'adding']],
    },
    {
      name: 'negative: a quotation after "said:" is still its own, outside any claim',
      text: 'Ada Quill said the mood was grim. She said: "We lost."',
      claims: [['the mood was grim', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claims: an aside about the source of "according to"', () => {
  check([
    {
      name: 'a dash-bound aside after the source closes before the claim',
      text: 'According to the Harbour Council study \u2014 which used data from Quellbyte and Marlow \u2014 the port is the biggest employer in town.',
      claims: [['the port is the biggest employer in town', 'The Harbour Council study', 'According to']],
    },
    {
      name: 'a comma-bound relative clause after the source closes before the claim',
      text: 'According to the Harbour Council study, which used data from Quellbyte, the port is the biggest employer in town.',
      claims: [['the port is the biggest employer in town', 'The Harbour Council study', 'According to']],
    },
    {
      name: 'negative: an aside that never closes gives no claim',
      text: 'According to the Harbour Council study \u2014 which used data from Quellbyte and Marlow.',
      claims: [],
    },
  ]);
});

describe('claims: the turns of a transcript', () => {
  check([
    {
      name: 'labels in capitals give each turn to its speaker, and a surname joins the full name',
      text: 'Ada Quill met the press.\n\nMODERATOR: Welcome to the debate.\n\nQUILL: Thank you for having me.\n\nMODERATOR: Let us begin.',
      claims: [['Welcome to the debate.', 'Moderator', ':'], ['Thank you for having me.', 'Ada Quill', ':'], ['Let us begin.', 'Moderator', ':']],
    },
    {
      name: 'turns quoted inside a paragraph end at the next label and at the closing mark',
      text: 'Tomas Vell spoke in 2013. \u201CPARTICIPANT: I raised money for you. MR. VELL: You are kind. PARTICIPANT: I called you, too.\u201D [Speech, 2013]',
      claims: [['I raised money for you.', 'Participant', ':'], ['You are kind.', 'Tomas Vell', ':'], ['I called you, too.', 'Participant', ':']],
    },
    { name: 'negative: two datelines are no transcript', text: 'BEIRUT: Fighting resumed on Monday.\n\nMOSCOW: Talks ended in the evening.', claims: [] },
    {
      name: 'negative: caption and note labels are no speakers',
      text: 'READ MORE: Ferry sinks off Marlow\n\nWATCH BELOW: The ferry video from Monday\n\nREAD MORE: Harbour closes',
      claims: [],
    },
  ]);
});

describe('claims: "refers to" defining a term', () => {
  check([
    {
      name: 'a plural term with the singular "refers" is a definition, not speech',
      text: '* Crossings refers to the number of ferry trips made in the year.',
      claims: [],
    },
    {
      name: 'negative: a person who "refers to" something still speaks',
      text: 'Evans refers to the plan as a scam.',
      claims: [['the plan as a scam', 'Evans', 'refers to']],
    },
  ], { fullAnalysis: true });
});

describe('claims: requests name their addressee', () => {
  check([
    {
      name: '"urged X to …" keeps the addressee',
      text: 'Two senior lawmakers urged Ada Quill to fund the ferry from the harbour budget.',
      claims: [['Ada Quill to fund the ferry from the harbour budget', 'Two senior lawmakers', 'urged']],
    },
    {
      name: '"urged X not to …"',
      text: 'Ada Quill had urged the mayor not to announce the ferry plan, saying it broke the council rules.',
      claims: [
        ['the mayor not to announce the ferry plan', 'Ada Quill', 'urged'],
        ['it broke the council rules', 'Ada Quill', 'saying'],
      ],
    },
    {
      name: '"called on him to …" with a pronoun addressee',
      text: 'Ada Quill, a member of the harbour board, called on him to withdraw.',
      claims: [['him to withdraw', 'Ada Quill', 'called on']],
    },
    {
      name: 'a request with two verbs stays whole',
      text: 'Ada Quill called on voters to look at the costs and think about the ferry before voting.',
      claims: [['voters to look at the costs and think about the ferry before voting', 'Ada Quill', 'called on']],
    },
    {
      name: '"agreed to" with a verb states a commitment',
      text: 'The harbour board agreed to keep the pier open until the vote.',
      claims: [['to keep the pier open until the vote', 'The harbour board', 'agreed']],
    },
    {
      name: 'negative: "agreed to" a noun phrase is no clause',
      text: 'The harbour board agreed to a deal on Monday.',
      claims: [],
    },
    {
      name: '"told reporters …" still skips the hearer',
      text: 'Ada Quill told reporters the ferry would sail on Monday.',
      claims: [['the ferry would sail on Monday', 'Ada Quill', 'told']],
    },
  ]);
});

describe('claims: more subjects and openers', () => {
  check([
    {
      name: 'a broadcaster named "… News" speaks',
      text: 'Harbour News reported that the ferry had made 32 crossings in May.',
      claims: [['the ferry had made 32 crossings in May', 'Harbour News', 'reported']],
    },
    {
      name: 'a weekday is still no speaker',
      text: 'The ferry sailed Monday and said nothing.',
      claims: [],
    },
    {
      name: 'a reported clause may open with "if"',
      text: 'Ada Quill said if she wins she would keep the ferry running.',
      claims: [['if she wins she would keep the ferry running', 'Ada Quill', 'said']],
    },
    {
      name: '"said in …" still opens no clause',
      text: 'Ada Quill said in the harbour office.',
      claims: [],
    },
    {
      name: 'an infinitive after a noun has no subject',
      text: 'Attempts by Harbour News to confirm that the ferry was sold were stymied.',
      claims: [],
    },
    {
      name: '"declined to say" still reports nothing',
      text: 'Ada Quill declined to say whether the ferry would be sold this year.',
      claims: [],
    },
    {
      name: 'plural organizations speak as a group',
      text: 'And regulators say the ferry has been used to smuggle goods.',
      claims: [['the ferry has been used to smuggle goods', 'Regulators', 'say']],
    },
    {
      name: '"the two" speak',
      text: 'The two said they had taken their plea to the harbour board.',
      claims: [['they had taken their plea to the harbour board', 'The two', 'said']],
    },
  ]);
});

describe('claims: what evidence shows', () => {
  check([
    {
      name: 'polls show a noun phrase',
      text: 'Recent harbour polls show her pulling away from her rival.',
      claims: [['her pulling away from her rival', 'Recent harbour polls', 'show']],
    },
    {
      name: 'records show a noun phrase',
      text: 'Council records show a different ferry slated for the route.',
      claims: [['a different ferry slated for the route', 'Council records', 'show']],
    },
    {
      name: 'the evidence stands before its agent',
      text: 'An email released by the harbour board shows the strain on the ferry crews.',
      claims: [['the strain on the ferry crews', 'The harbour board', 'shows']],
    },
    {
      name: 'a study found that …',
      text: 'The harbour study found that most ferries ran late.',
      claims: [['most ferries ran late', 'The harbour study', 'found']],
    },
    {
      name: 'people who found things report nothing',
      text: 'Police found three boats adrift near the harbour.',
      claims: [],
    },
    {
      name: 'a person who found that … reports',
      text: 'Ada Quill found that the ferry logs had been changed.',
      claims: [['the ferry logs had been changed', 'Ada Quill', 'found']],
    },
  ]);
});

describe('claims: criticism and naming', () => {
  check([
    {
      name: '"blasted X for …"',
      text: 'Ada Quill blasted the council for its handling of the ferry contract.',
      claims: [['the council for its handling of the ferry contract', 'Ada Quill', 'blasted']],
    },
    {
      name: '"labeled X Y"',
      text: 'Ada Quill labeled the ferry plan the worst deal in the history of the port.',
      claims: [['the ferry plan the worst deal in the history of the port', 'Ada Quill', 'labeled']],
    },
    {
      name: '"called him a …"',
      text: 'Ada Quill called him a danger to the harbour.',
      claims: [['him a danger to the harbour', 'Ada Quill', 'called']],
    },
    {
      name: '"called X "…""',
      text: 'Ada Quill called it "a disgrace for the port."',
      claims: [['it "a disgrace for the port."', 'Ada Quill', 'called']],
    },
    {
      name: '"called the meeting" names nothing',
      text: 'Ada Quill called the harbour office on Monday.',
      claims: [],
    },
    {
      name: 'a blast that is no speech',
      text: 'The blast damaged three boats in the harbour.',
      claims: [],
    },
  ]);
});

describe('claims: openers, asides and documents', () => {
  check([
    {
      name: '"said her …" opens a clause with a possessive',
      text: 'Harbour officials said the crash was an accident. They said her injuries were not serious.',
      claims: [
        ['the crash was an accident', 'Harbour officials', 'said'],
        ['her injuries were not serious', 'Harbour officials', 'said'],
      ],
    },
    {
      name: '"wrote her …" is an object, not a clause',
      text: 'Ada Quill wrote her first book about the harbour in 1991.',
      claims: [],
    },
    {
      name: '"…, X said, adding that …" is no aside',
      text: 'Each ferry carries a fine of 300 dollars, Ada Quill said, adding that more fines are possible.',
      claims: [
        ['Each ferry carries a fine of 300 dollars', 'Ada Quill', 'said'],
        ['more fines are possible', 'Ada Quill', 'adding'],
      ],
    },
    {
      name: 'a release or a statement speaks',
      text: 'The harbour release said the ferry was not considered a danger.',
      claims: [['the ferry was not considered a danger', 'The harbour release', 'said']],
    },
    {
      name: 'a month is no speaker',
      text: 'In the first week of March said nothing about the ferry.',
      claims: [],
    },
    {
      name: 'a negated cue after a comma does not end the claim',
      text: 'Another email noted that in May, Ada Quill could not recall how the ferry was paid for.',
      claims: [['in May, Ada Quill could not recall how the ferry was paid for', 'Another email', 'noted']],
    },
  ]);
});

describe('claims: demands and promises', () => {
  check([
    {
      name: '"called for a …"',
      text: 'Ada Quill called for a "new deal for the islands," including cheaper ferry tickets.',
      claims: [['a "new deal for the islands," including cheaper ferry tickets', 'Ada Quill', 'called for']],
    },
    {
      name: '"promised a …"',
      text: 'Ada Quill promised a closer relationship with the island councils.',
      claims: [['a closer relationship with the island councils', 'Ada Quill', 'promised']],
    },
    {
      name: '"demanded an …"',
      text: 'The harbour union demanded an explanation for the ferry delays.',
      claims: [['an explanation for the ferry delays', 'The harbour union', 'demanded']],
    },
    {
      name: '"responded for …" still reports nothing',
      text: 'Ada Quill responded for the harbour board.',
      claims: [],
    },
  ]);
});

describe('claims: messages', () => {
  check([
    {
      name: '"released a statement saying …": the sender speaks',
      text: 'Ada Quill released a short statement saying she would not run again.',
      claims: [['she would not run again', 'Ada Quill', 'saying']],
    },
    {
      name: 'a participle after a non-message noun reports nothing',
      text: 'Ada Quill watched the ferry captain saying goodbye to the crew.',
      claims: [],
    },
  ]);
});

describe('claims: "referring to"', () => {
  check([
    {
      name: '"…, X said, referring to Y": what the speaker meant is its own claim',
      text: 'The plan is a disaster, Ada Quill said, referring to the new ferry contract.',
      claims: [
        ['The plan is a disaster', 'Ada Quill', 'said'],
        ['the new ferry contract', 'Ada Quill', 'referring to'],
      ],
    },
    {
      name: '"referred" without "to" is no cue',
      text: 'Ada Quill referred the ferry contract back to the council.',
      claims: [],
    },
  ]);
});

describe('claims: "according to" sources and framing', () => {
  check([
    {
      name: 'a dated source ("a March report")',
      text: 'The ferry company has lost money for years, according to a March report.',
      claims: [['The ferry company has lost money for years', 'A March report', 'according to']],
    },
    {
      name: 'a bare plural source',
      text: 'Ada Quill often spoke warmly about the ferry crews, according to excerpts released by the council.',
      claims: [['Ada Quill often spoke warmly about the ferry crews', 'Excerpts', 'according to']],
    },
    {
      name: 'an introductory phrase is the writer\'s framing',
      text: 'Despite the long winter, the ferry kept its timetable, harbour officials said.',
      claims: [['the ferry kept its timetable', 'Harbour officials', 'said']],
    },
    {
      name: 'a short clause after the introductory phrase keeps it',
      text: 'In the end, it held, Ada Quill said.',
      claims: [['In the end, it held', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claims: sentence and clause edges', () => {
  check([
    {
      name: 'a web address after a full stop ends the sentence',
      text: 'Ada Quill says buyers can order the ferry plans for 500 dollars. https://example.org/plans is the page.',
      claims: [['buyers can order the ferry plans for 500 dollars', 'Ada Quill', 'says']],
    },
    {
      name: 'after "whenever" the main clause is the writer\'s',
      text: 'Whenever Ada Quill accuses the council of waste, the mayor faces a hard week.',
      claims: [['the council of waste', 'Ada Quill', 'accuses']],
    },
    {
      name: '"urged the …" reports what is urged',
      text: 'Ada Quill urged the reinvestigation of at least nine ferry accidents.',
      claims: [['the reinvestigation of at least nine ferry accidents', 'Ada Quill', 'urged']],
    },
  ]);
});

describe('claims: subordinate clauses and other speakers', () => {
  check([
    {
      name: 'a subordinate clause that ended before the subject does not cut the claim',
      text: 'Even though Ada Quill has sailed with famous captains, she maintains that she is a harbour cook, one who never left the port.',
      claims: [['she is a harbour cook, one who never left the port', 'Ada Quill', 'maintains']],
    },
    {
      name: 'a subordinate cue keeps the main clause out',
      text: 'While Ada Quill has said the fares will fall, the council has not agreed.',
      claims: [['the fares will fall', 'Ada Quill', 'said']],
    },
    {
      name: 'another speaker after a colon ends the claim',
      text: 'Ada Quill says she did not grow up near the sea: she notes that her mother feared boats.',
      claims: [
        ['she did not grow up near the sea', 'Ada Quill', 'says'],
        ['her mother feared boats', 'Ada Quill', 'notes'],
      ],
    },
  ]);
});

describe('claims: verbs about a person', () => {
  check([
    {
      name: '"described her as …"',
      text: 'Harbour officials did not name the skipper but described her as a veteran of the island route.',
      claims: [['her as a veteran of the island route', 'Harbour officials', 'described']],
    },
    {
      name: '"accused him of …"',
      text: 'Ada Quill accused him of hiding the ferry costs.',
      claims: [['him of hiding the ferry costs', 'Ada Quill', 'accused']],
    },
    {
      name: '"told him" is still a hearer, not content',
      text: 'Ada Quill told him the ferry would sail.',
      claims: [['the ferry would sail', 'Ada Quill', 'told']],
    },
  ]);
});

describe('claims: a long setting before "that"', () => {
  check([
    {
      name: '"say by a margin, …, that …"',
      text: 'Voters say by a wide margin, 49 to 42 percent, that they would keep the ferry.',
      claims: [['they would keep the ferry', 'Voters', 'say']],
    },
  ]);
});

describe('claims: a series of predicates after semicolons', () => {
  check([
    {
      name: 'a predicate after a semicolon shares the earlier subject',
      text: 'Ada Quill questioned how the council would pay for the ferry; blamed the mayor for the delays; and said she would vote against the plan.',
      claims: [
        ['how the council would pay for the ferry', 'Ada Quill', 'questioned'],
        ['the mayor for the delays', 'Ada Quill', 'blamed'],
        ['she would vote against the plan', 'Ada Quill', 'said'],
      ],
    },
  ]);

  it('stays linear on a run-on line of semicolon clauses', () => {
    const text = `Ada Quill said the ferry was late; ${'added it was slow; '.repeat(20_000)}`;
    const started = process.hrtime.bigint();
    const result = run(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(result.claims.length >= 1);
    for (const claim of result.claims) assert.equal(text.slice(claim.start, claim.end), claim.text);
    assert.ok(ms < 5000, `${ms} ms`);
  });
});

describe('claims: participles after messages and introductory phrases', () => {
  check([
    {
      name: 'a time between the message and the participle',
      text: 'Ada Quill sent an email on Friday morning saying that the ferry fares were "far too high."',
      claims: [['the ferry fares were "far too high."', 'Ada Quill', 'saying']],
    },
    {
      name: 'the subject after an introductory phrase speaks through a participle',
      text: 'On the ferry contract, Ada Quill aimed her criticism at the mayor, saying the council wants to sell the port.',
      claims: [
        ['the mayor', 'Ada Quill', 'aimed her criticism at'],
        ['the council wants to sell the port', 'Ada Quill', 'saying'],
      ],
    },
  ]);
});

describe('claims: coordinated addressees', () => {
  check([
    {
      name: '"said …" and "warned X and Y to …" are two claims',
      text: 'A harbour spokesman said the pier was a "danger zone" and warned sailors and anglers to approach it "at their own risk."',
      claims: [
        ['the pier was a "danger zone"', 'A harbour spokesman', 'said'],
        ['sailors and anglers to approach it "at their own risk."', 'A harbour spokesman', 'warned'],
      ],
    },
  ]);
});

describe('claims: a series of participles', () => {
  check([
    {
      name: '"…, rejecting …, using … and telling X not to …"',
      text: 'Ada Quill has shown open hostility to the council, rejecting its new budget, using harsh words and telling the mayor not to treat the port "like a toy."',
      claims: [
        ['its new budget', 'Ada Quill', 'rejecting'],
        ['the mayor not to treat the port "like a toy."', 'Ada Quill', 'telling'],
      ],
    },
    {
      name: 'a gerund subject after "and" does not end the claim',
      text: 'More fines are possible, Ada Quill said, adding that more charges are likely and seeking a ban is an option.',
      claims: [
        ['More fines are possible', 'Ada Quill', 'said'],
        ['more charges are likely and seeking a ban is an option', 'Ada Quill', 'adding'],
      ],
    },
    {
      name: '"told reporters the …" still skips the hearer',
      text: 'Ada Quill told reporters the ferry was late.',
      claims: [['the ferry was late', 'Ada Quill', 'told']],
    },
    {
      name: '"told her to …" keeps the addressee',
      text: 'Ada Quill told her to leave the harbour office.',
      claims: [['her to leave the harbour office', 'Ada Quill', 'told']],
    },
  ]);
});

describe('claims: speakers named with a possessive or a party (full analysis)', () => {
  check([
    {
      name: 'a name before "\'s" is the fullest name of a later surname',
      text: 'Damon Green\'s first job on the tour came in 1990. Green said the work was hard at first.',
      claims: [['the work was hard at first', 'Damon Green', 'said']],
    },
    {
      name: '"X\'s father" is the person a later "he" refers to, not X',
      text: 'Tomas Vell spoke first. Vell\'s father has been accused of fraud. He brushed off the allegations as harbour talk.',
      claims: [['the allegations as harbour talk', 'Vell\'s father', 'brushed off']],
    },
    {
      name: '"Democrat" before a name is a role',
      text: 'Democrat Ada Quill said the fares were too high.',
      claims: [['the fares were too high', 'Ada Quill', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claims: "X was among those who said …" (full analysis)', () => {
  check([
    {
      name: 'the sentence\'s subject is one of those who spoke',
      text: 'Ada Quill was among those who said the pier was unsafe.',
      claims: [['the pier was unsafe', 'Ada Quill', 'said']],
    },
    {
      name: 'a light verb and a noun of speech too',
      text: 'Tomas Vell himself had been among those who expressed compassion for Ada Quill and her public humiliation.',
      claims: [['Ada Quill and her public humiliation', 'Tomas Vell', 'expressed compassion for']],
    },
  ], { fullAnalysis: true });
});

describe('claims: an adverbial participle shares the subject of the clause\'s verb (full analysis)', () => {
  check([
    {
      name: '"X angered voters by saying …": X speaks, not the phrase up to "by"',
      text: 'Tomas Vell angered voters by saying the vote was rigged.',
      claims: [['the vote was rigged', 'Tomas Vell', 'saying']],
    },
    {
      name: '"after criticizing …"',
      text: 'Tomas Vell angered voters after criticizing the vote.',
      claims: [['the vote', 'Tomas Vell', 'criticizing']],
    },
  ], { fullAnalysis: true });
});
