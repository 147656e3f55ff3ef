import { checkClaims as check } from './attributionHelpers';

// Patterns found by reading the claims on news that no rule was written from (../shared/eval/raw, not scored).
describe('claims: frames and relatives that report nothing before the cue', () => {
  check([
    {
      name: 'an opening time clause is the writer\'s frame, not an aside\'s reported words',
      text: 'After the vote was counted, Ada Quill said in a letter to members that, while talks go on, the strike was over.',
      claims: [['while talks go on, the strike was over', 'Ada Quill', 'said']],
    },
    {
      name: 'a lone opening time clause is no final cue\'s content, and a cue form after an article is a setting\'s noun',
      text: 'After the deal was signed, Harbour CEO Ada Quill said in a posting to captains, pilots and agents that the ferry would sail.',
      claims: [['the ferry would sail', 'Ada Quill', 'said']],
    },
    {
      name: 'negative: a conditional sentence before a final cue is still the claim',
      text: 'If the ferry sails, we will all be there, Ada Quill said.',
      claims: [['If the ferry sails, we will all be there', 'Ada Quill', 'said']],
    },
    {
      name: '"said that," followed by a subordinate clause reports the whole clause',
      text: 'Ada Quill said that, while talks go on, the strike was over.',
      claims: [['while talks go on, the strike was over', 'Ada Quill', 'said']],
    },
    {
      name: 'a relative clause\'s cue takes nothing before it',
      text: 'The tour featured the mayor\'s adviser, Ana Ruiz, Bram Tolk, who advises Harbour Master Ola Berg on ferries and safety, and Police Chief Ida Lund.',
      claims: [],
    },
    {
      name: 'negative: a relative clause between the speaker and a final cue still lets the cue report',
      text: 'The strike is over, Ada Quill, who leads the union, said.',
      claims: [['The strike is over', 'Ada Quill', 'said']],
    },
    {
      name: 'an intention takes no clause before it',
      text: 'To end the feud, the two committees seek a truce.',
      claims: [],
    },
    {
      name: 'negative: an intention still reports its infinitive',
      text: 'The two committees seek to end the feud before spring.',
      claims: [['to end the feud before spring', 'The two committees', 'seek']],
    },
  ]);
});

describe('claims: passive questions name their asker in a by-phrase', () => {
  check([
    {
      name: 'an adverb and a named asker stand between "asked" and the question',
      text: 'When asked directly by the Harbour Times whether the pier would close, the mayor said nothing.',
      claims: [['whether the pier would close', null, 'asked']],
    },
    {
      name: 'negative: "by" with no capitalized name is no asker',
      text: 'When asked by phone, the mayor said nothing.',
      claims: [],
    },
  ]);
});

describe('claims: section labels in a headline slot', () => {
  check([
    {
      name: 'a byline after "Analysis:" reports nothing',
      text: 'Analysis: Ada Quill, Harbour Times, Rotterdam',
      claims: [],
    },
    {
      name: 'negative: a name before the colon still speaks',
      text: 'Harbour Chief Ada Quill: Ferries Will Sail Again Next Week',
      claims: [['Ferries Will Sail Again Next Week', 'Ada Quill', ':']],
    },
  ]);
});

describe('claims: short clauses and the setting after a source (full analysis)', () => {
  check([
    {
      name: 'a two-word clause with its verb is a claim before a final cue',
      text: 'Sales fell, Ada Quill said.',
      claims: [['Sales fell', 'Ada Quill', 'said']],
    },
    {
      name: 'and before a final "according to"',
      text: 'Sales fell, according to Ada Quill.',
      claims: [['Sales fell', 'Ada Quill', 'according to']],
    },
    {
      name: 'negative: a short phrase without a verb is no claim',
      text: 'In the end, Ada Quill said.',
      claims: [],
    },
    {
      name: 'negative: an opening participle is the writer\'s frame, not a clause',
      text: 'Asked about it, Ada Quill said nothing.',
      claims: [],
    },
    {
      name: 'a weekday after the source is when it spoke',
      text: 'The plant will close in May, according to the company on Monday.',
      claims: [['The plant will close in May', 'The company', 'according to']],
    },
    {
      name: 'a bare weekday after the source ends it',
      text: 'The plant will close in May, according to the company Monday.',
      claims: [['The plant will close in May', 'The company', 'according to']],
    },
    {
      name: 'a statement after the source is where it spoke',
      text: 'The plant will close in May, according to the company in a statement.',
      claims: [['The plant will close in May', 'The company', 'according to']],
    },
    {
      name: 'negative: the body after "a spokesman for" is still part of the speaker',
      text: 'The plant will close in May, according to a spokesman for the company.',
      claims: [['The plant will close in May', 'A spokesman for the company', 'according to']],
    },
    {
      name: '"news reports" is the source, though a parser may read "reports" as a verb',
      text: 'The minister resigned last week, according to news reports.',
      claims: [['The minister resigned last week', 'News reports', 'according to']],
    },
    {
      name: 'a member of a named institution is the speaker, not the institution',
      text: 'The pier is unsafe, said a professor at the University of Marlow.',
      claims: [['The pier is unsafe', 'A professor at the University of Marlow', 'said']],
    },
    {
      name: 'an organization\'s name before a final cue is whole, its "on" and "and" included',
      text: 'The law goes too far, the Joint Committee on Ports and Harbours said.',
      claims: [['The law goes too far', 'Joint Committee on Ports and Harbours', 'said']],
    },
    {
      name: 'a person of a body before a final cue is the person',
      text: 'The law goes too far, Gary Quill of the Harbour Council said.',
      claims: [['The law goes too far', 'Gary Quill', 'said']],
    },
    {
      name: 'negative: the institution alone still speaks',
      text: 'The pier is unsafe, the University of Marlow said.',
      claims: [['The pier is unsafe', 'University of Marlow', 'said']],
    },
    {
      name: 'the author of unnamed data is the source',
      text: 'Shipments fell 4 percent, according to data compiled by the Marlow Port Authority.',
      claims: [['Shipments fell 4 percent', 'Marlow Port Authority', 'according to']],
    },
    {
      name: 'a report by a named body is that body\'s',
      text: 'Shipments fell 4 percent, according to a report by Quellbyte.',
      claims: [['Shipments fell 4 percent', 'Quellbyte', 'according to']],
    },
    {
      name: 'negative: a named source keeps its own name ("Labor Department data")',
      text: 'Shipments fell 4 percent, according to Harbour Council data compiled by Quellbyte.',
      claims: [['Shipments fell 4 percent', 'Harbour Council data', 'according to']],
    },
    {
      name: 'negative: a participle that is not authorship leaves the source as it is',
      text: 'Shipments fell 4 percent, according to figures released by Quellbyte.',
      claims: [['Shipments fell 4 percent', 'Figures', 'according to']],
    },
    {
      name: 'a subject and its past-tense verb are a reported clause',
      text: 'Ada Quill said prices fell.',
      claims: [['prices fell', 'Ada Quill', 'said']],
    },
    {
      name: 'an irregular past the parser reads as a noun still counts',
      text: 'Ada Quill said rents rose.',
      claims: [['rents rose', 'Ada Quill', 'said']],
    },
    {
      name: 'and before a final cue',
      text: 'Prices rose, Ada Quill said.',
      claims: [['Prices rose', 'Ada Quill', 'said']],
    },
    {
      name: 'negative: two words without a past-tense verb are no clause',
      text: 'Ada Quill said on Tuesday. Tomas Vell would say something like.',
      claims: [],
    },
    {
      name: 'a cue word that modifies a noun is part of the speaker ("support group")',
      text: 'The Marlow support group said prices fell sharply.',
      claims: [['prices fell sharply', 'The Marlow support group', 'said']],
    },
    {
      name: 'a noun the parser reads as a verb, between a name and its head, is part of the speaker',
      text: 'A spokesman for the Marlow Harbour campaign effort said it was moving money.',
      claims: [['it was moving money', 'A spokesman for the Marlow Harbour campaign effort', 'said']],
    },
    {
      name: 'negative: a cue word after a plain subject is still the verb',
      text: 'Unions support the plan, Ada Quill said.',
      claims: [['Unions support the plan', 'Ada Quill', 'said']],
    },
    {
      name: 'a party and district in brackets after the name leave the speaker whole',
      text: 'Sen. Ada Quill (D-Marlow) said the bill was rushed.',
      claims: [['the bill was rushed', 'Ada Quill', 'said']],
    },
    {
      name: 'and before an aside ("for example")',
      text: 'State Sen. Ada Quill (R-Marlow), for example, said the bill was rushed.',
      claims: [['the bill was rushed', 'Ada Quill', 'said']],
    },
    {
      name: 'an organization\'s abbreviation in brackets',
      text: 'The Harbour Council (HC) said the bill was rushed.',
      claims: [['the bill was rushed', 'Harbour Council', 'said']],
    },
    {
      name: 'negative: a bracketed clause after a common noun gives no speaker',
      text: 'The bill (which passed) said fees rise in May.',
      claims: [],
    },
    {
      name: 'a name that opens with digits speaks',
      text: 'Prices rose, 3M said.',
      claims: [['Prices rose', '3M', 'said']],
    },
    {
      name: 'negative: a year or a decade does not',
      text: 'Prices rose in the 1990s said. Prices fell, according to 2017.',
      claims: [],
    },
    {
      name: 'a quantifier after the subject is not part of it',
      text: 'The plan was rushed, Harbour News and Marlow Radio both reported.',
      claims: [['The plan was rushed', 'Harbour News and Marlow Radio', 'reported']],
    },
    {
      name: 'nor after a pronoun, which still finds its antecedent',
      text: 'The dockers said the pier was unsafe. They all said the plan was rushed.',
      claims: [['the pier was unsafe', 'The dockers', 'said'], ['the plan was rushed', 'The dockers', 'said']],
    },
    {
      name: 'negative: a quantifier that is the subject stays',
      text: 'Of the ten members, all said the plan was rushed.',
      claims: [['the plan was rushed', 'All', 'said']],
    },
    {
      name: 'the subject of a verb before "to" is the speaker ("seem to think")',
      text: 'The unions seem to think the pier is unsafe.',
      claims: [['the pier is unsafe', 'The unions', 'think']],
    },
    {
      name: 'and of "wants to say"',
      text: 'Ada Quill wants to say the pier is unsafe.',
      claims: [['the pier is unsafe', 'Ada Quill', 'say']],
    },
    {
      name: 'negative: "declined to say" reports nothing, nor does "struggled to find"',
      text: 'Ada Quill declined to say whether the pier was safe. Tomas Vell struggled to find the form that saw him win in 2017.',
      claims: [],
    },
    {
      name: 'an opening prepositional phrase is no participle\'s subject ("Unlike X, officials …")',
      text: 'Unlike Quill, city officials were careful not to weigh in on the case, stressing the need for due process.',
      claims: [['the need for due process', 'City officials', 'stressing']],
    },
    {
      name: 'negative: an adjective that is also a title is no speaker of a noun-like cue ("with general comments")',
      text: 'The harbour board sent an email with general comments about its record, declining any specific comment.',
      claims: [],
    },
    {
      name: 'negative: "advised" a hearer without "that", "to" or a clause is consulting, not speech',
      text: 'For a decade beginning in 2005, Mr. Quill advised Marlow politicians, including Tomas F. Vell, who served as mayor from 2010 to 2014.',
      claims: [],
    },
    {
      name: 'negative: nor is an opening prepositional phrase what a later cue reports',
      text: 'Mr. Quill was the campaign chairman until August. For a decade beginning in 2005, Mr. Quill advised Marlow politicians, including Tomas F. Vell, who served as mayor from 2010 to 2014, when he fled the country.',
      claims: [],
    },
    {
      name: 'a one-word object before another speaker\'s final cue is no claim of its own',
      text: 'Voters support change, a poll found.',
      claims: [['Voters support change', 'A poll', 'found']],
    },
    {
      name: '"advised" with "that" or "to" still reports',
      text: 'Ada Quill advised voters that the pier was unsafe. Tomas Vell advised voters to stay away.',
      claims: [['the pier was unsafe', 'Ada Quill', 'advised'], ['voters to stay away', 'Tomas Vell', 'advised']],
    },
    {
      name: 'a speaker noun after an opening phrase still speaks with a noun-like cue',
      text: 'In a statement, officials report that the pier is unsafe.',
      claims: [['the pier is unsafe', 'Officials', 'report']],
    },
  ], { fullAnalysis: true });
});

describe('claims: pull quotes, a speaker\'s words set off with their name (full analysis)', () => {
  const story = 'Ada Quill has taught at the harbour school since 2009.';
  const words = 'I am not happy with the pier, but I am still thankful for what it has brought me.';
  check([
    {
      name: 'a paragraph of words, then a named speaker of the story, is that speaker\'s',
      text: `${story}\n\n${words} Ada Quill\n\nThe pier opened in May.`,
      claims: [[words.slice(0, -1), 'Ada Quill', null]],
    },
    {
      name: 'the same with CRLF line ends and an affiliation after the name',
      text: `${story}\r\n\r\n${words} Ada Quill, Harbour School\r\n\r\nThe pier opened in May.`,
      claims: [[words.slice(0, -1), 'Ada Quill', null]],
    },
    {
      name: 'negative: a caption\'s photo credit names no one the story mentions',
      text: `${story}\n\nCrowds gather on the pier to watch the first ferry arrive. Maria Vell`,
      claims: [],
    },
    {
      name: 'negative: nor a caption\'s, even when the photographer is in the story',
      text: `${story}\n\nPHOTO: Crowds gather on the pier to watch the first ferry arrive. Ada Quill`,
      claims: [],
    },
    {
      name: 'negative: a name that opens with no first name is no speaker',
      text: 'The Harbour Council meets on Monday.\n\nFerries will run from the pier every hour starting in May. Harbour Council',
      claims: [],
    },
    {
      name: 'negative: a few words are a label, not a quotation',
      text: `${story}\n\nThanks for reading. Ada Quill`,
      claims: [],
    },
    {
      name: 'negative: words in quotation marks are a quotation, not a pull quote',
      text: `${story}\n\n"${words}" Ada Quill`,
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims: speech that has not happened', () => {
  check([
    {
      name: 'a future cue reports nothing yet',
      text: 'On Friday, the Harbour Council will announce a new ferry plan.',
      claims: [],
    },
    {
      name: 'a conditional cue with a clause reports nothing either',
      text: 'The Greens could argue the fares are too high.',
      claims: [],
    },
    {
      name: 'a hedge before a participle is the writer\'s guess',
      text: 'The unions will argue the fares are too high, likely calling for more regulations and new taxes.',
      claims: [],
    },
    {
      name: 'negative: "would say only" reports what was said',
      text: 'Ada Quill would say only that the ferry was late.',
      claims: [['the ferry was late', 'Ada Quill', 'say']],
    },
    {
      name: 'negative: a capitalized "May" is a surname, not a modal',
      text: 'Union leader Maria May has said the strike is over.',
      claims: [['the strike is over', 'Maria May', 'said']],
    },
    {
      name: 'negative: "May" after a title is a surname too',
      text: 'The strike is over, Prime Minister May said.',
      claims: [['The strike is over', 'May', 'said']],
    },
    {
      name: 'negative: "would like to" states a wish now',
      text: 'Some members would like to see fares cut.',
      claims: [['to see fares cut', 'Some members', 'like']],
    },
  ], { fullAnalysis: true });
});
