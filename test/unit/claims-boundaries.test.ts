import { checkClaims as check } from './attributionHelpers';

describe('claim boundaries: a parenthetical cue inside the reported sentence', () => {
  check([
    {
      name: 'the words before the aside belong to the claim',
      text: 'Lighthouses, Ada Quill noted, are cheaper to run than most people think.',
      claims: [['Lighthouses, Ada Quill noted, are cheaper to run than most people think', 'Ada Quill', 'noted']],
    },
    {
      name: 'a setting after the cue stays inside the aside',
      text: 'Smugglers, she said in the interview, never stay in one harbour for long.',
      claims: [['Smugglers, she said in the interview, never stay in one harbour for long', null, 'said']],
    },
    {
      name: '", and …" after the aside goes on with the same sentence',
      text: 'Word of the closure would spread quickly, Ada Quill concluded, and the ferry would look careless.',
      claims: [['Word of the closure would spread quickly, Ada Quill concluded, and the ferry would look careless', 'Ada Quill', 'concluded']],
    },
    {
      name: '", but …" after the aside goes on with the same sentence',
      text: 'Nobody was hurt, Ada Quill said, but the pier was badly damaged.',
      claims: [['Nobody was hurt, Ada Quill said, but the pier was badly damaged', 'Ada Quill', 'said']],
    },
    {
      name: 'a leading conjunction is the writer\'s link, not the speaker\'s words',
      text: 'But waiting, the wardens admitted, could cost the island its ferry.',
      claims: [['waiting, the wardens admitted, could cost the island its ferry', 'The wardens', 'admitted']],
    },
    {
      name: 'negative: a subordinate clause before the aside is the writer\'s frame',
      text: 'While some crews give up in winter, Ada Quill said, others sail every single day.',
      claims: [['others sail every single day', 'Ada Quill', 'said']],
    },
    {
      name: 'negative: "although" after the aside is a new clause',
      text: 'The ferry will not sail on time, harbour officials said, although they said a later crossing was likely.',
      claims: [
        ['The ferry will not sail on time', 'Harbour officials', 'said'],
        ['a later crossing was likely', 'Harbour officials', 'said'],
      ],
    },
  ]);
});

describe('claim boundaries: adjuncts of the cue\'s own clause end a noun-phrase content', () => {
  check([
    {
      name: 'a time phrase after the object is the announcement\'s time',
      text: 'Ada Quill announced a ferry levy for every visitor last week in the town hall.',
      claims: [['a ferry levy for every visitor', 'Ada Quill', 'announced']],
    },
    {
      name: '"after" with a participle is the cue\'s adjunct, and an attitude of the same speaker',
      text: 'Ada Quill labeled Bram Tolk the worst harbour master in the region after dismissing his report.',
      claims: [['Bram Tolk the worst harbour master in the region', 'Ada Quill', 'labeled'], ['his report', 'Ada Quill', 'dismissing']],
    },
    {
      name: 'a weekday and a setting after the object belong to the cue',
      text: 'Ada Quill expressed deep frustration with the ferry board on Monday in an interview with the local radio.',
      claims: [['deep frustration with the ferry board', 'Ada Quill', 'expressed']],
    },
    {
      name: 'negative: a reported clause keeps its own time',
      text: 'Ada Quill announced she would close the old pier on Monday.',
      claims: [['she would close the old pier on Monday', 'Ada Quill', 'announced']],
    },
    {
      name: 'negative: a verb of saying always reports a clause with its time',
      text: 'Ada Quill said the ferry board met on Monday in a hotel.',
      claims: [['the ferry board met on Monday in a hotel', 'Ada Quill', 'said']],
    },
    {
      name: 'negative: a bare weekday inside a noun phrase does not end it',
      text: 'Ada Quill demanded an explanation for the board\'s letter Friday warning that fares would double.',
      claims: [['an explanation for the board\'s letter Friday warning that fares would double', 'Ada Quill', 'demanded']],
    },
  ]);
});

describe('claim boundaries: a time clause around the cue', () => {
  check([
    {
      name: '"After X said …," ends the claim at the main clause',
      text: 'After Ada Quill announced the ferry levy would rise, the council voted against the budget.',
      claims: [['the ferry levy would rise', 'Ada Quill', 'announced']],
    },
    {
      name: 'negative: an introductory "after" phrase closed by its comma does not count',
      text: 'After the vote, Ada Quill said the levy would rise, perhaps by a third.',
      claims: [['the levy would rise, perhaps by a third', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: a semicolon closes the reported clause', () => {
  check([
    {
      name: 'a predicate after the semicolon is no longer the content',
      text: 'Ada Quill blamed the harbour board for a drop in ferry traffic under its new chair, Bram Tolk; lamented a lack of support from the council.',
      claims: [['the harbour board for a drop in ferry traffic under its new chair, Bram Tolk', 'Ada Quill', 'blamed']],
    },
    {
      name: 'a capitalized clause after the semicolon is the writer\'s',
      text: 'Ada Quill said the ferry would sail at noon; Bram Tolk was not so sure.',
      claims: [['the ferry would sail at noon', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: a bracketed caption after a full stop', () => {
  check([
    {
      name: 'a capitalized bracket after a full stop starts a new sentence',
      text: 'According to the harbour report, ferry traffic fell by a third in 2023. ( Bram Tolk / Island Times File Photo )',
      claims: [['ferry traffic fell by a third in 2023', 'The harbour report', 'According to']],
    },
    {
      name: 'negative: a lower-case bracket goes on with the sentence',
      text: 'Ada Quill said the ferry fell silent (as it often does) before the storm.',
      claims: [['the ferry fell silent', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: the "that" after a hearer', () => {
  check([
    {
      name: 'a relative "that" after the reported clause has started does not open the content',
      text: 'Ada Quill warned the harbour master he had to show regret after a report that blamed him for the crash.',
      claims: [['he had to show regret after a report that blamed him for the crash', 'Ada Quill', 'warned']],
    },
    {
      name: 'negative: "that" right after the hearer still opens the content',
      text: 'Ada Quill told the harbour master that the ferry would not sail.',
      claims: [['the ferry would not sail', 'Ada Quill', 'told']],
    },
  ]);
});

describe('claim boundaries: the words before a partial quotation and its final cue', () => {
  check([
    {
      name: 'the clause before the partial quotation is reported with it',
      text: 'Her stay at the lighthouse has been "long and lonely," Ada Quill said.',
      claims: [['Her stay at the lighthouse has been "long and lonely,"', 'Ada Quill', 'said']],
    },
    {
      name: 'a time clause after the final cue is the cue\'s own',
      text: 'The new harbour master on the island "is stubborn, careless and slow," the Island Times wrote while praising the crew.',
      claims: [['The new harbour master on the island "is stubborn, careless and slow,"', 'Island Times', 'wrote'], ['the crew', 'Island Times', 'praising']],
    },
    {
      name: 'negative: words that report on their own keep their own cue',
      text: 'Ada Quill explained to the crew that the old ferry "was never safe in a storm," she wrote.',
      claims: [['the old ferry "was never safe in a storm,"', 'Ada Quill', 'explained']],
    },
    {
      name: 'negative: a short subject before the quotation makes no claim',
      text: 'The ferry "was late again," Ada Quill said.',
      claims: [],
    },
  ]);
});

describe('claim boundaries: "according to" after a partial quotation', () => {
  check([
    {
      name: 'the clause ending in a quoted title is the claim',
      text: 'The inquiry had found little and rested mostly on news stories and the pamphlet "Harbour Money," according to two officials.',
      claims: [['The inquiry had found little and rested mostly on news stories and the pamphlet "Harbour Money,"', 'Two officials', 'according to']],
    },
    {
      name: 'negative: without the comma inside the quotation the claim ends before it as before',
      text: 'The inquiry rested mostly on the pamphlet "Harbour Money", according to two officials.',
      claims: [['The inquiry rested mostly on the pamphlet "Harbour Money"', 'Two officials', 'according to']],
    },
    {
      name: 'evidence reported "according to" a source is one claim of the source',
      text: 'The harbour survey found the pier unsafe, according to two officials.',
      claims: [['The harbour survey found the pier unsafe', 'Two officials', 'according to']],
    },
  ]);
});

describe('claim boundaries: a participle in a time adjunct reports on its own', () => {
  check([
    {
      name: '"after dismissing …" shares the main clause\'s speaker and keeps its "as" complement',
      text: 'Ada Quill labeled Bram Tolk the worst harbour master in the region after dismissing the remarks in his letter as a smear and nothing more.',
      claims: [
        ['Bram Tolk the worst harbour master in the region', 'Ada Quill', 'labeled'],
        ['the remarks in his letter as a smear and nothing more', 'Ada Quill', 'dismissing'],
      ],
    },
    {
      name: 'negative: a setting with no "as" after it still ends the object',
      text: 'Ada Quill praised the new ferry timetable in a statement to the island paper.',
      claims: [['the new ferry timetable', 'Ada Quill', 'praised']],
    },
  ]);
});

describe('claim boundaries: a time clause after a participle\'s content', () => {
  check([
    {
      name: '", as …" after a participle\'s content is the writer\'s narration',
      text: '"Why does this keep coming up?" Ada Quill asked, referring to the harbour fees, as she cut off the reporter before the question ended.',
      claims: [['the harbour fees', 'Ada Quill', 'referring to']],
    },
    {
      name: 'negative: ", as …" after a finite cue\'s content stays reported',
      text: 'Ada Quill said the new fees are a welcome change, as many ferries run nearly empty.',
      claims: [['the new fees are a welcome change, as many ferries run nearly empty', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: a dash before the next participle', () => {
  check([
    {
      name: 'a dash ends a participle\'s content before the next participle',
      text: 'Ada Quill said the island owed the crews a great deal, telling them the worst was over - stopping short of promising them a raise.',
      claims: [
        ['the island owed the crews a great deal', 'Ada Quill', 'said'],
        ['the worst was over', 'Ada Quill', 'telling'],
      ],
    },
    {
      name: 'negative: a dash inside a finite cue\'s content keeps the participle',
      text: 'Ada Quill said the crews had sailed through the storm - saving the island from a week without food.',
      claims: [['the crews had sailed through the storm - saving the island from a week without food', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: a passive participle reports nothing after its agent', () => {
  check([
    {
      name: '"posted by X, which …" is no claim of X',
      text: 'The board studied the letters posted by Bram Tolk, which were allegedly taken from the harbour office.',
      claims: [],
    },
    {
      name: 'negative: "by" with a medium still lets the content follow',
      text: 'Ada Quill announced by email that the ferry would not sail on Sunday.',
      claims: [['the ferry would not sail on Sunday', 'Ada Quill', 'announced']],
    },
  ]);
});

describe('claim boundaries: the object of an attitude', () => {
  check([
    {
      name: 'a comma and "from" open a range of who reacted, after the object',
      text: 'Harbour councillors have condemned Ada Quill\'s remarks, from those who simply criticized them to those who want her gone.',
      claims: [['Ada Quill\'s remarks', 'Harbour councillors', 'condemned']],
    },
    {
      name: 'a comma and "for" resume the object past an appositive',
      text: 'Bram Tolk criticized the mayor and her deputy, Ada Quill, for the ferry delays.',
      claims: [['the mayor and her deputy, Ada Quill, for the ferry delays', 'Bram Tolk', 'criticized']],
    },
  ]);
});

describe('claim boundaries: a number right after the cue', () => {
  check([
    {
      name: 'a number opening the reported clause is its subject, not the cue\'s time',
      text: 'The coastguard initially said 40 passengers had been rescued.',
      claims: [['40 passengers had been rescued', 'The coastguard', 'said']],
    },
    {
      name: 'the same at the sentence end, where nothing follows the verb',
      text: 'Harbour officials said 416 motorists died.',
      claims: [['416 motorists died', 'Harbour officials', 'said']],
    },
    {
      name: 'a number inside the cue\'s date is still skipped',
      text: 'Ada Quill said on Dec. 6 that the ferry would sail.',
      claims: [['the ferry would sail', 'Ada Quill', 'said']],
    },
    {
      name: 'a number measuring the time before "that" is skipped',
      text: 'Ada Quill said 2 weeks ago that the ferry would sail.',
      claims: [['the ferry would sail', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: the source after "according to" holds no verb', () => {
  check([
    {
      name: 'nouns that look like cues stay in the source ("local media reports")',
      text: 'About 50 people were hurt in the blast, according to local media reports.',
      claims: [['About 50 people were hurt in the blast', 'Local media reports', 'according to']],
    },
    {
      name: 'negative: the source stops before a time after it',
      text: 'About 50 people were hurt in the blast, according to police on Monday.',
      claims: [['About 50 people were hurt in the blast', 'Police', 'according to']],
    },
  ]);
});

describe('claim boundaries: a speaker introduced by "who" inside a claim', () => {
  check([
    {
      name: 'the outer claim ends at the comma before the phrase, and both claims stay',
      text: 'Tomas Vell made it clear that he meant to attack, when he met three sailors who claimed they had been cheated by the harbour office.',
      claims: [
        ['he meant to attack', 'Tomas Vell', 'made it clear'],
        ['they had been cheated by the harbour office', 'Three sailors', 'claimed'],
      ],
    },
    {
      name: 'a relative set off by a comma is cut at its own comma',
      text: 'Tomas Vell said the delay could open the council up to criticism from the sailors, who claimed the harbour was unsafe.',
      claims: [
        ['the delay could open the council up to criticism from the sailors', 'Tomas Vell', 'said'],
        ['the harbour was unsafe', 'The sailors', 'claimed'],
      ],
    },
    {
      name: 'negative: the cut never falls inside the outer claim\'s own aside',
      text: 'Waiting, they acknowledged, could anger the sailors who claimed the harbour was unsafe.',
      claims: [['Waiting, they acknowledged, could anger the sailors who claimed the harbour was unsafe', null, 'acknowledged']],
    },
    {
      name: 'negative: a nested claim without such a speaker is still folded into the outer one',
      text: 'Ada Quill said the ferry was selling cheaper tickets, prices it said were a result of the deal.',
      claims: [['the ferry was selling cheaper tickets, prices it said were a result of the deal', 'Ada Quill', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claim boundaries: a commitment\'s infinitive after an aside', () => {
  check([
    {
      name: '"promised, if elected, to …"',
      text: 'Tomas Vell promised, if elected, to close the pier.',
      claims: [['to close the pier', 'Tomas Vell', 'promised']],
    },
    {
      name: '"vowed on Monday, after a long debate, to …"',
      text: 'The council vowed on Monday, after a long debate, to reopen the ferry.',
      claims: [['to reopen the ferry', 'The council', 'vowed']],
    },
    {
      name: 'negative: "said, in an email, to X that …" still reports the clause after "that"',
      text: 'Ada Quill said, in an email, to Tomas Vell that the pier was closed.',
      claims: [['the pier was closed', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: a participle after an adverb, and a progressive cue before it', () => {
  check([
    {
      name: '", publicly revealing …" ends the claim and reports for the progressive\'s subject',
      text: 'Some leading sailors are urging Ada Quill to spend more of that money on the pier, publicly revealing a crack in harbour unity.',
      claims: [
        ['Ada Quill to spend more of that money on the pier', 'Some leading sailors', 'urging'],
        ['a crack in harbour unity', 'Some leading sailors', 'revealing'],
      ],
    },
    {
      name: 'the progressive\'s subject speaks for the participle after a clause before it',
      text: 'She has money in the bank, but some leading sailors are urging Ada Quill to spend it on the pier in hopes of winning control of the council, publicly revealing a crack in harbour unity.',
      claims: [
        ['Ada Quill to spend it on the pier in hopes of winning control of the council', 'Some leading sailors', 'urging'],
        ['a crack in harbour unity', 'Some leading sailors', 'revealing'],
      ],
    },
    {
      name: 'negative: an adverb before a word that is no participle stays in the claim',
      text: 'Ada Quill said the pier would close, probably in June.',
      claims: [['the pier would close, probably in June', 'Ada Quill', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claim boundaries: a final "as X noted"', () => {
  check([
    {
      name: 'the clause before ", as X noted." is what X said',
      text: 'The ferry was late again, as Ada Quill had predicted.',
      claims: [['The ferry was late again', 'Ada Quill', 'predicted']],
    },
    {
      name: 'an adverb before the cue',
      text: 'The fund is far larger than the last one, as some of her supporters privately noted.',
      claims: [['The fund is far larger than the last one', 'Some of her supporters', 'noted']],
    },
    {
      name: 'negative: a belief verb after "as" is a comparison, not a report',
      text: 'The pier would have been lost, as harbour officials expected.',
      claims: [],
    },
    {
      name: 'negative: "as X noted at one point," inside the sentence is an aside',
      text: 'Ada Quill kept the schedule even if, as Vell noted at one point, it made the week hard.',
      claims: [],
    },
  ]);
});

describe('claim boundaries: a clause going on from a quotation with "and"', () => {
  check([
    {
      name: 'the quotation opens what was said before a final cue',
      text: '"It is time to get her a supporting cast" and enact her agenda, Tomas Vell said.',
      claims: [['"It is time to get her a supporting cast" and enact her agenda', 'Tomas Vell', 'said']],
    },
    {
      name: 'negative: a quotation that does not open the sentence stays out of the clause',
      text: 'The pier closed, "We are done," and the ferry left, Ada Quill said.',
      claims: [['and the ferry left', 'Ada Quill', 'said']],
    },
  ]);
});

describe('claim boundaries: a second clause opening with a quotation after ", and"', () => {
  check([
    {
      name: 'two claims of the same speaker, the first keeping its closing mark',
      text: 'Judge Lund believed the station had acted improperly by "tossing roadblocks in the way of democracy," and "it would be sending the wrong message" to waive the costs.',
      claims: [
        ['the station had acted improperly by "tossing roadblocks in the way of democracy,"', 'Lund', 'believed'],
        ['"it would be sending the wrong message" to waive the costs', 'Lund', 'believed'],
      ],
    },
    {
      name: 'negative: a list of quoted words stays one claim',
      text: 'Ada Quill called the plan "bold," "fair," and "late."',
      claims: [['the plan "bold," "fair," and "late."', 'Ada Quill', 'called']],
    },
  ]);
});

describe('claim boundaries: "that" after a preposition, and a quotation closing a subordinate clause', () => {
  check([
    {
      name: '"told X the stage for that event was …": "that" after a preposition is a determiner',
      text: 'Tomas Vell told Ada Quill the stage for that event was seating "in the round."',
      claims: [['the stage for that event was seating "in the round."', 'Tomas Vell', 'told']],
    },
    {
      name: '"When told …, Quill …": a comma inside the closing quotation ends the clause',
      text: 'When told the stage for the event was seating "in the round," Quill still wanted changes made.',
      claims: [['the stage for the event was seating "in the round,"', null, 'told']],
    },
    {
      name: 'negative: "told X that …" still skips to the clause',
      text: 'Tomas Vell told Ada Quill that the stage was ready.',
      claims: [['the stage was ready', 'Tomas Vell', 'told']],
    },
  ], { fullAnalysis: true });
});

describe('claim boundaries: an elliptic contrast leans on the reported clause (full analysis)', () => {
  check([
    {
      name: '", though his family did not" stays in the claim',
      text: 'Another said he supported Vell, though his family did not.',
      claims: [['he supported Vell, though his family did not', 'Another', 'said']],
    },
    {
      name: '", but her husband won\'t" too',
      text: 'Ada Quill said she would vote, but her husband won\'t.',
      claims: [['she would vote, but her husband won\'t', 'Ada Quill', 'said']],
    },
    {
      name: 'negative: a full contrasting clause is still the writer\'s',
      text: 'Ada Quill said the ferry would sail, though the harbour stayed closed.',
      claims: [['the ferry would sail', 'Ada Quill', 'said']],
    },
  ], { fullAnalysis: true });
});

describe('claim boundaries: a reported clause going on after a parenthesis', () => {
  check([
    {
      name: '"(…), and stay …" is a second claim of the same speaker',
      text: 'Ian Vell told the tour he would be at the Harbour Open for the first time since 2013 (it had been that long since his last win), and stay an extra week for the Marlow Open.',
      claims: [
        ['he would be at the Harbour Open for the first time since 2013', 'Ian Vell', 'told'],
        ['stay an extra week for the Marlow Open', 'Ian Vell', 'told'],
      ],
    },
    {
      name: '"(…) along with …" too',
      text: 'Ian Vell says he is looking to gear up for the Harbour Open (it moved to May) along with the Marlow Cup in its new date.',
      claims: [
        ['he is looking to gear up for the Harbour Open', 'Ian Vell', 'says'],
        ['along with the Marlow Cup in its new date', 'Ian Vell', 'says'],
      ],
    },
    {
      name: 'negative: a capitalized clause after the parenthesis is the writer\'s',
      text: 'Ian Vell said he would play (his first start since May), and Marlow won the cup.',
      claims: [['he would play', 'Ian Vell', 'said']],
    },
  ]);
});
