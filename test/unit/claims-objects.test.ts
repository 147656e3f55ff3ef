import { checkClaims as check } from './attributionHelpers';

describe('claims: the object of an attitude verb is its content', () => {
  check([
    {
      name: '"slammed" takes the decision with its infinitive',
      text: 'Mara Delacourt slammed the council\'s decision to close the old ferry terminal.',
      claims: [['the council\'s decision to close the old ferry terminal', 'Mara Delacourt', 'slammed']],
    },
    {
      name: '"endorsed" takes a name with its "for" complement',
      text: 'The Harbour Gazette endorsed Tomas Revel for mayor of the port.',
      claims: [['Tomas Revel for mayor of the port', 'Harbour Gazette', 'endorsed']],
    },
    {
      name: '"bemoaned" takes a noun phrase with its "of" complement',
      text: 'Ines Okafor bemoaned a lack of unity among the harbour unions.',
      claims: [['a lack of unity among the harbour unions', 'Ines Okafor', 'bemoaned']],
    },
    {
      name: 'two coordinated attitudes give two contents',
      text: 'Tomas Revel blasted the new parking fees and congratulated Ada Quill for the ferry timetable.',
      claims: [
        ['the new parking fees', 'Tomas Revel', 'blasted'],
        ['Ada Quill for the ferry timetable', 'Tomas Revel', 'congratulated'],
      ],
    },
    {
      name: 'a reason after the time ("on Monday for its …") is still what was criticized',
      text: 'Ines Okafor hammered the harbour board on Monday for its "phony" toll figures.',
      claims: [['the harbour board on Monday for its "phony" toll figures', 'Ines Okafor', 'hammered']],
    },
    {
      name: 'negative: a duration after the time ("on Monday for two hours") stays the writer\'s',
      text: 'Ines Okafor praised the harbour crew on Monday for two hours.',
      claims: [['the harbour crew', 'Ines Okafor', 'praised']],
    },
    {
      name: 'a closing time phrase is the writer\'s',
      text: 'Ines Okafor criticized the mayor\'s plan for the waterfront on Tuesday.',
      claims: [['the mayor\'s plan for the waterfront', 'Ines Okafor', 'criticized']],
    },
    {
      name: 'an "after" adjunct of the main clause is the writer\'s',
      text: 'Tomas Revel touted his record on housing after the debate in Port Ellis.',
      claims: [['his record on housing', 'Tomas Revel', 'touted']],
    },
    {
      name: '", which" ends the object',
      text: 'Mara Delacourt rejected the tunnel proposal from the province, which would cost four billion.',
      claims: [['the tunnel proposal from the province', 'Mara Delacourt', 'rejected']],
    },
    {
      name: 'a finite cue after a comma starts the next object',
      text: 'Ines Okafor praised the new clinic, criticized the bus fares and congratulated Ada Quill for the timetable.',
      claims: [
        ['the new clinic', 'Ines Okafor', 'praised'],
        ['the bus fares', 'Ines Okafor', 'criticized'],
        ['Ada Quill for the timetable', 'Ines Okafor', 'congratulated'],
      ],
    },
    {
      name: 'a label ends before an "after" participle, which reports on its own',
      text: 'Tomas Revel labeled Ada Quill the worst planner in the port after dismissing her timetable as a fantasy.',
      claims: [
        ['Ada Quill the worst planner in the port', 'Tomas Revel', 'labeled'],
        ['her timetable as a fantasy', 'Tomas Revel', 'dismissing'],
      ],
    },
    {
      name: '"favor", "oppose" and "defend" take their object',
      text: 'Most port economists favor a slower rise in fares. Tomas Revel opposes the new toll, and Ada Quill defended her budget for the ferries.',
      claims: [
        ['a slower rise in fares', 'Most port economists', 'favor'],
        ['the new toll', 'Tomas Revel', 'opposes'],
        ['her budget for the ferries', 'Ada Quill', 'defended'],
      ],
    },
    {
      name: '"echoes" takes its object',
      text: 'Ines Okafor echoes the warnings of the harbour pilots.',
      claims: [['the warnings of the harbour pilots', 'Ines Okafor', 'echoes']],
    },
    {
      name: 'a vow ends before ", which" and a reference before ", as"',
      text: 'Ada Quill vowed to scrap the harbour levy, which funds the pilots. Tomas Revel spoke of a betrayal, referring to the levy vote, as the crowd booed.',
      claims: [
        ['to scrap the harbour levy', 'Ada Quill', 'vowed'],
        ['the levy vote', 'Tomas Revel', 'referring to'],
      ],
    },
    {
      name: 'a description inside an "After …," clause ends at its comma',
      text: 'After Tomas Revel described the ferry workers as lazy, the union called a strike.',
      claims: [['the ferry workers as lazy', 'Tomas Revel', 'described']],
    },
    {
      name: 'a "since" adjunct of the main clause is the writer\'s',
      text: 'Tomas Revel has promoted his shipping business since announcing his bid for mayor.',
      claims: [
        ['his shipping business', 'Tomas Revel', 'promoted'],
        ['his bid for mayor', 'Tomas Revel', 'announcing'],
      ],
    },
    {
      name: '"and openly talks about" starts a second claim',
      text: 'Ada Quill warns against the excesses of the harbour board and openly talks about closing the toll loophole.',
      claims: [
        ['the excesses of the harbour board', 'Ada Quill', 'warns against'],
        ['closing the toll loophole', 'Ada Quill', 'talks about'],
      ],
    },
    {
      name: 'a two-word object is enough',
      text: 'Tomas Revel has denied the allegations.',
      claims: [['the allegations', 'Tomas Revel', 'denied']],
    },
    {
      name: 'a one-word name is enough, and ", who" describes it in the writer\'s words',
      text: 'Last spring the Harbour Workers Union endorsed Okafor, who has since backed a higher wage.',
      claims: [['Okafor', 'Harbour Workers Union', 'endorsed'], ['a higher wage', 'Okafor', 'backed']],
    },
    {
      name: '"called for" takes a bare noun phrase',
      text: 'Ada Quill has called for major spending on roads and a higher minimum wage.',
      claims: [['major spending on roads and a higher minimum wage', 'Ada Quill', 'called for']],
    },
  ]);
});

describe('claims: a progressive cue has its own subject', () => {
  check([
    {
      name: '"is saying" reports a clause',
      text: 'Tomas Revel is saying the ferry fares will rise again next spring.',
      claims: [['the ferry fares will rise again next spring', 'Tomas Revel', 'saying']],
    },
    {
      name: '"is slamming" reports its object',
      text: 'Ines Okafor is slamming the province\'s plan to sell the ferry fleet.',
      claims: [['the province\'s plan to sell the ferry fleet', 'Ines Okafor', 'slamming']],
    },
    {
      name: '"is reportedly asking" skips the adverb',
      text: 'Ada Quill is reportedly asking the council to delay the vote on fares.',
      claims: [['the council to delay the vote on fares', 'Ada Quill', 'asking']],
    },
  ]);
});

describe('claims: an adverb in -ly between subject and cue', () => {
  check([
    {
      name: '"has adamantly denied"',
      text: 'Mara Delacourt has adamantly denied the reports about the ferry contract.',
      claims: [['the reports about the ferry contract', 'Mara Delacourt', 'denied']],
    },
    {
      name: '"officially accused" keeps the person and the charge',
      text: 'Harbour officials have officially accused Tomas Revel of hiding the repair costs.',
      claims: [['Tomas Revel of hiding the repair costs', 'Harbour officials', 'accused']],
    },
    { name: 'a negation before the adverb still negates', text: 'Tomas Revel never explicitly said the ferry would close.', claims: [] },
    { name: '"reluctantly backed"', text: 'Ada Quill reluctantly backed the new harbour plan.', claims: [['the new harbour plan', 'Ada Quill', 'backed']] },
    {
      name: '"the family" is no adverb',
      text: 'The Quill family said the harbour plan was far too costly.',
      claims: [['the harbour plan was far too costly', 'The Quill family', 'said']],
    },
  ]);
});

describe('claims: "went on to" keeps the subject', () => {
  check([
    {
      name: '"went on to say"',
      text: 'Ada Quill went on to say the ferry would never sail again.',
      claims: [['the ferry would never sail again', 'Ada Quill', 'say']],
    },
    {
      name: '"went on to praise"',
      text: 'Tomas Revel went on to praise Okafor for her work on the timetable.',
      claims: [['Okafor for her work on the timetable', 'Tomas Revel', 'praise']],
    },
    { name: 'an infinitive after a noun has no subject', text: 'Attempts by the Harbour Gazette to confirm the closure failed.', claims: [] },
  ]);
});

describe('claims: the object of a preposition after a cue is its content', () => {
  check([
    {
      name: '"talked about"',
      text: 'In the same speech, Ada Quill talked about the ferry strike as a turning point.',
      claims: [['the ferry strike as a turning point', 'Ada Quill', 'talked about']],
    },
    {
      name: '"warns against" names no hearer',
      text: 'Tomas Revel warns against the excesses of the harbour board.',
      claims: [['the excesses of the harbour board', 'Tomas Revel', 'warns against']],
    },
    {
      name: '"railed against"',
      text: 'Ines Okafor railed against bloated construction budgets at the port.',
      claims: [['bloated construction budgets at the port', 'Ines Okafor', 'railed against']],
    },
    {
      name: '"spoke out against"',
      text: 'Mara Delacourt spoke out against the closure of the island clinic.',
      claims: [['the closure of the island clinic', 'Mara Delacourt', 'spoke out against']],
    },
  ]);
});

describe('claims: a light verb with a noun of speech', () => {
  check([
    {
      name: '"made her first comments about"',
      text: 'Ada Quill made her first public comments about the fare rise announced by the harbour board.',
      claims: [['the fare rise announced by the harbour board', 'Ada Quill', 'made her first public comments about']],
    },
    {
      name: '"took aim at"',
      text: 'Tomas Revel took aim at the harbour board for raising the fares.',
      claims: [['the harbour board for raising the fares', 'Tomas Revel', 'took aim at']],
    },
    {
      name: '"took issue with" and "took note of"',
      text: 'Tomas Revel took issue with the new timetable. The harbour board took note of the complaints from the islands.',
      claims: [
        ['the new timetable', 'Tomas Revel', 'took issue with'],
        ['the complaints from the islands', 'The harbour board', 'took note of'],
      ],
    },
    {
      name: '"acknowledged" takes an object after a possessive "her"',
      text: 'The Harbour Gazette acknowledged her many missteps on the ferry file.',
      claims: [['her many missteps on the ferry file', 'Harbour Gazette', 'acknowledged']],
    },
    {
      name: '"expressed hostility towards" reports the target; a bare feeling stays the content',
      text: 'Tomas Revel has expressed open hostility towards the harbour board. Ada Quill expressed deep frustration.',
      claims: [
        ['the harbour board', 'Tomas Revel', 'expressed open hostility towards'],
        ['deep frustration', 'Ada Quill', 'expressed'],
      ],
    },
    {
      name: '"voiced concern over"',
      text: 'Ines Okafor voiced concern over the safety of the old ferries.',
      claims: [['the safety of the old ferries', 'Ines Okafor', 'voiced concern over']],
    },
  ]);
});

describe('claims: objects that are no attitude', () => {
  check([
    { name: 'a hall that echoes has no object', text: 'The old ferry hall echoed with the noise of the crowd.', claims: [] },
    { name: '"made no mention of" reports nothing', text: 'Ada Quill made no mention of the ferry strike in her speech.', claims: [] },
    {
      name: 'an attitude verb never reports the clause before it',
      text: 'The smaller boxer dominated her rival from the start, rocking Quill\'s knees and knocking her down twice before the final punch.',
      claims: [],
    },
    { name: 'a shot at goal is no remark', text: 'Ada Quill took a shot at the goal in the last minute.', claims: [] },
    { name: 'making a meal is no remark', text: 'Tomas Revel made a sandwich about noon on the pier.', claims: [] },
    { name: 'a report raising questions has no speaker', text: 'The storm raised questions about the old sea wall.', claims: [] },
    { name: 'talking to someone reports nothing', text: 'Ada Quill talked to reporters outside the ferry terminal.', claims: [] },
    { name: 'speaking somewhere reports nothing', text: 'Tomas Revel spoke in Port Ellis on the second day of the tour.', claims: [] },
    { name: 'an engine holds no attitude', text: 'The engine rails against the hull were replaced in May.', claims: [] },
    { name: 'a phrasal verb moves things', text: 'She backed the car out of the narrow garage.', claims: [] },
    { name: '"backed up" is no support', text: 'He backed up the truck to the loading dock.', claims: [] },
    { name: 'finding boats reports nothing', text: 'Police found three boats near the old pier.', claims: [] },
    { name: 'a storm holds no attitude', text: 'The storm hammered the coast for three long days.', claims: [] },
    { name: 'a passive "backed by" has no object', text: 'The plan was backed by the whole council last week.', claims: [] },
  ]);
});

describe('claims objects: a former title opens the object', () => {
  check([
    {
      name: '"accused then-Mayor X of …" names a person as the object',
      text: 'Ada Quill had accused then-Mayor Tomas Vell of harassment.',
      claims: [['then-Mayor Tomas Vell of harassment', 'Ada Quill', 'accused']],
    },
    {
      name: '"ex-Minister" too',
      text: 'Ada Quill praised ex-Minister Tomas Vell for the ferry deal.',
      claims: [['ex-Minister Tomas Vell for the ferry deal', 'Ada Quill', 'praised']],
    },
    {
      name: 'negative: a lower-case "then-" compound is no title',
      text: 'Ada Quill had accused then-unknown sailors of theft.',
      claims: [],
    },
  ]);
});

describe('claims objects: "that" before a lone noun is a demonstrative (full analysis)', () => {
  check([
    {
      name: '"echoed that point."',
      text: 'Jonas Lund, a tax specialist at the Harbour Institute, echoed that point.',
      claims: [['that point', 'Jonas Lund', 'echoed']],
    },
    {
      name: '"backed that plan, but …"',
      text: 'Ada Quill backed that plan, but Vell did not.',
      claims: [['that plan', 'Ada Quill', 'backed']],
    },
    {
      name: 'negative: "that" opening a clause is still a complementizer',
      text: 'Ada Quill echoed that concerns were growing.',
      claims: [['concerns were growing', 'Ada Quill', 'echoed']],
    },
  ], { fullAnalysis: true });
});

describe('claims objects: "called out" someone', () => {
  check([
    {
      name: '"called out X for Y" is a rebuke with its object as content',
      text: 'Tomas Vell had previously called out Ada Quill for her ways.',
      claims: [['Ada Quill for her ways', 'Tomas Vell', 'called out']],
    },
    {
      name: 'an object with a reason',
      text: 'The union called out the council for its silence.',
      claims: [['the council for its silence', 'The union', 'called out']],
    },
    {
      name: 'negative: reading out names is no rebuke',
      text: 'The mayor called out the names of the winners.',
      claims: [],
    },
    {
      name: 'negative: "called out to" someone is shouting',
      text: 'Ada Quill called out to the crowd.',
      claims: [],
    },
  ]);
});

describe('claims objects: a colon before a list of names ends the object', () => {
  check([
    {
      name: '"accused X of Y: A, B and C"',
      text: 'The four women have accused the mayor of unwelcome advances: Ada Quill, Nell Varga and Jo Marlow.',
      claims: [['the mayor of unwelcome advances', 'The four women', 'accused']],
    },
    {
      name: 'negative: a colon before lower-case words stays in the object',
      text: 'Ada Quill praised the plan: cheaper fares for everyone.',
      claims: [['the plan: cheaper fares for everyone', 'Ada Quill', 'praised']],
    },
  ]);
});

describe('claims objects: "lash" and a message as the subject of a light verb (full analysis)', () => {
  check([
    {
      name: '"lashed out at" reports its object',
      text: 'Ada Quill lashed out at the new fares.',
      claims: [['the new fares', 'Ada Quill', 'lashed out at']],
    },
    {
      name: '"used a rally to lash X": an attitude as the purpose of an act',
      text: 'Ada Quill used a rally in Marlow on Sunday to lash Senator Tomas Vell, who is locked in a dead heat.',
      claims: [['Senator Tomas Vell', 'Ada Quill', 'lash']],
    },
    {
      name: 'negative: a storm lashing the coast reports nothing',
      text: 'The storm lashed the coast.',
      claims: [],
    },
    {
      name: 'an editorial "made little mention of" its topic',
      text: 'The Harbour Times editorial made little mention of Tomas Vell, the developer who is the nominee.',
      claims: [['Tomas Vell, the developer who is the nominee', 'The Harbour Times editorial', 'made little mention of']],
    },
    {
      name: 'negative: a storm "made no mention" of anything',
      text: 'The storm made no mention of the pier.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims objects: an attitude expressed without a topic (full analysis)', () => {
  check([
    {
      name: '"expressed frustration on Monday": the attitude is the content',
      text: 'Tomas Vell, the ranking member of the committee, expressed frustration on Monday in an interview.',
      claims: [['frustration', 'Tomas Vell', 'expressed']],
    },
    {
      name: 'negative: a one-word object that is no attitude',
      text: 'Ada Quill expressed thanks.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims objects: "was (first) reported by X"', () => {
  check([
    {
      name: 'the subject is what the agent reported, past an adverb',
      text: 'The marketing effort was first reported by The Harbour Journal.',
      claims: [['The marketing effort', 'Harbour Journal', 'reported by']],
    },
    {
      name: 'negative: a report by no speaker',
      text: 'The fire was reported by the ferry.',
      claims: [],
    },
  ]);
});

describe('claims objects: a proposal named by a participle and its agent (full analysis)', () => {
  check([
    {
      name: '"the proposals suggested by the tax experts"',
      text: 'As for the specific proposals suggested by the tax experts, Tomas Vell said Ada Quill would study them.',
      claims: [['the specific proposals', 'The tax experts', 'suggested by'], ['Ada Quill would study them', 'Tomas Vell', 'said']],
    },
    {
      name: 'negative: a map suggests no proposal',
      text: 'The route suggested by the map was closed.',
      claims: [],
    },
  ], { fullAnalysis: true });
});

describe('claims objects: a short conditional aside inside the object (full analysis)', () => {
  check([
    {
      name: '"promised X, if elected, starting with Y" keeps the whole promise',
      text: 'Tomas Vell promised a closer relationship with Marlow, if elected, starting with a meeting before the vote.',
      claims: [['a closer relationship with Marlow, if elected, starting with a meeting before the vote', 'Tomas Vell', 'promised']],
    },
    {
      name: 'negative: a conditional clause that runs to the end is still the writer\'s',
      text: 'Ada Quill backed the plan, if only for a week.',
      claims: [['the plan', 'Ada Quill', 'backed']],
    },
  ], { fullAnalysis: true });
});

describe('claims objects: more verbs of harsh criticism, active and passive (full analysis)', () => {
  check([
    {
      name: '"lambasted X for Y"',
      text: 'Ada Quill lambasted the council for its silence.',
      claims: [['the council for its silence', 'Ada Quill', 'lambasted']],
    },
    {
      name: '"has been eviscerated by X": a perfect auxiliary before the passive one',
      text: 'The plan has been eviscerated by the harbour council.',
      claims: [['The plan', 'The harbour council', 'eviscerated by']],
    },
    {
      name: 'negative: a fish eviscerated by a cook is no judgment',
      text: 'The fish was eviscerated by the ferry.',
      claims: [],
    },
  ], { fullAnalysis: true });
});
