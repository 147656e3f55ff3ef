import { checkClaims as check } from './attributionHelpers';

describe('claims recall: "cite" reports what the speaker puts forward', () => {
  check([
    {
      name: '"cited" with a noun-phrase object',
      text: 'Nora Quist cited the shortage of trained pilots.',
      claims: [['the shortage of trained pilots', 'Nora Quist', 'cited']],
    },
    {
      name: '"cites" in the present tense',
      text: 'Nora Quist cites the late delivery of two ferries.',
      claims: [['the late delivery of two ferries', 'Nora Quist', 'cites']],
    },
    {
      name: 'a passive "cited in the report" reports nothing',
      text: 'An engineer cited in the report was not available.',
      claims: [],
    },
  ]);
});


describe('claims recall: a short adverbial between the cue and "that"', () => {
  check([
    {
      name: '"acknowledged for the first time that"',
      text: 'Nora Quist acknowledged for the first time that the pier had been sold.',
      claims: [['the pier had been sold', 'Nora Quist', 'acknowledged']],
    },
    {
      name: '"reported back that"',
      text: 'Nora Quist reported back that the donors were willing to give more.',
      claims: [['the donors were willing to give more', 'Nora Quist', 'reported']],
    },
    {
      name: 'negative: "that" as a determiner after the adverbial opens no clause',
      text: 'Nora Quist spoke for the first time that winter.',
      claims: [],
    },
  ]);
});

describe('claims recall: evidence opening the clause past its modifiers', () => {
  check([
    {
      name: 'a participle and a time between the evidence and "found that"',
      text: 'Interviews conducted by the Ledger with dock workers last spring found that the yard had hired temporary crews.',
      claims: [['the yard had hired temporary crews', 'Interviews', 'found']],
    },
    {
      name: 'a by-agent and an of-phrase between the evidence and "found"',
      text: 'A review by The Harbour Times of the brochure and its footnotes found the claim hard to verify.',
      claims: [['the claim hard to verify', 'A review', 'found']],
    },
    {
      name: 'negative: people who found an object report nothing',
      text: 'Divers working for the harbour club last week found the anchor.',
      claims: [],
    },
  ]);
});

describe('claims recall: survey respondents speak, and ", while" others speak on their own', () => {
  check([
    {
      name: '"percent of respondents say" with a contrasting ", while … call" after a closing quote',
      text: 'Sixty percent of respondents say the levy is “plainly unfair,” while 20 percent call it “a fair price for clean water.”',
      claims: [
        ['the levy is “plainly unfair,”', 'Respondents', 'say'],
        ['it “a fair price for clean water.”', '20 percent', 'call'],
      ],
    },
    {
      name: 'negative: ", while" without a cue goes on with the sentence',
      text: 'Sixty percent of respondents say the levy is unfair, while in office or out of it.',
      claims: [['the levy is unfair, while in office or out of it', 'Respondents', 'say']],
    },
  ]);
});

describe('claims recall: a Title Case headline attacking a single name', () => {
  check([
    {
      name: '"X Blasts Quill After …": a one-name object of an attitude verb',
      text: 'Daughter Of Harbour Mayor Blasts Quill After Leak Reveals Plan\n\nThe daughter spoke on Friday.',
      claims: [['Quill', 'Harbour Mayor', 'Blasts']],
    },
    {
      name: 'negative: "Blasts Off" is a phrasal verb',
      text: 'Rocket Team Blasts Off From Island Pad\n\nIt rose at dawn.',
      claims: [],
    },
  ]);
});

describe('claims recall: "called the <noun> <name for it>"', () => {
  check([
    {
      name: 'a determiner and a noun as the thing named',
      text: 'Ada Quill called the decision a costly mistake.',
      claims: [['the decision a costly mistake', 'Ada Quill', 'called']],
    },
    {
      name: 'the name in quotation marks',
      text: 'Ada Quill called the verdict “a victory for the island.”',
      claims: [['the verdict “a victory for the island.”', 'Ada Quill', 'called']],
    },
    {
      name: 'negative: a phone call with a time after it',
      text: 'Ada Quill called the harbour the next morning.',
      claims: [],
    },
    {
      name: 'negative: a phone call with no name for the object',
      text: 'Ada Quill called the police.',
      claims: [],
    },
  ]);
});

describe('claims recall: a negated cue still reports a stance', () => {
  check([
    {
      name: '"do not explicitly confirm that"',
      text: 'The harbour letters do not explicitly confirm that the pier was sold.',
      claims: [['the pier was sold', 'The harbour letters', 'confirm']],
    },
    {
      name: '"has refused to confirm" a noun phrase',
      text: 'The Quill campaign has refused to confirm the authenticity of the memos.',
      claims: [['the authenticity of the memos', 'The Quill campaign', 'confirm']],
    },
    {
      name: '"had not previously endorsed" a name',
      text: 'Several of the councillors had not previously endorsed Quill.',
      claims: [['Quill', 'The councillors', 'endorsed']],
    },
    {
      name: 'negative: "did not respond to requests"',
      text: 'Ivo Brandt did not respond to requests for comment.',
      claims: [],
    },
    {
      name: 'negative: "won\'t say what"',
      text: 'Ivo Brandt won\'t say what he will do next.',
      claims: [],
    },
    {
      name: 'negative: "would not comment on"',
      text: 'The ferry company would not comment on the sale.',
      claims: [],
    },
    {
      name: 'negative: a negated "said" reports nothing',
      text: 'Ivo Brandt did not say the pier was sold.',
      claims: [],
    },
    {
      name: 'negative: a negated cue at the end denies no earlier clause',
      text: 'While Ada Quill has praised the plan, the council has not agreed.',
      claims: [['the plan', 'Ada Quill', 'praised']],
    },
    {
      name: 'negative: "not to mention"',
      text: 'The plan ignores the tides, not to mention the cost of the new pier.',
      claims: [],
    },
  ]);
});

describe('claims recall: a named hearer with an appositive before the request', () => {
  check([
    {
      name: '"asked <name>, <appositive>, to …"',
      text: 'Tom Vale asked Mara Ruiz, a retired judge from Tarn County, to look into the harbour board.',
      claims: [['to look into the harbour board', 'Tom Vale', 'asked']],
    },
    {
      name: 'negative: a comma without a following request',
      text: 'Tom Vale asked Mara Ruiz, a retired judge, about the harbour board.',
      claims: [],
    },
  ]);
});

describe('claims recall: a judgment in the passive with a by-agent', () => {
  check([
    {
      name: '"were denounced by" reports the subject, held by the agent',
      text: 'The harbour plan and its steep new fees were denounced by the chairman of the ferry union.',
      claims: [['The harbour plan and its steep new fees', 'The chairman of the ferry union', 'denounced by']],
    },
    {
      name: '"were described by … as"',
      text: 'The two cases were described by senior officials as unrelated.',
      claims: [['The two cases', 'Senior officials', 'described by']],
    },
    {
      name: 'negative: a passive of no judgment',
      text: 'The parcel was delivered by a courier.',
      claims: [],
    },
    {
      name: 'negative: backing in the passive is no judgment reported',
      text: 'The bill was backed by the council.',
      claims: [],
    },
  ]);
});

describe('claims recall: a possessive speaker\'s remark and its topic', () => {
  check([
    {
      name: '"his crude comments on" as the subject ends before its verb',
      text: 'His crude comments on the ferry video were not the only problem.',
      claims: [['the ferry video', null, 'His crude comments on']],
    },
    {
      name: '"her message about" after a verb',
      text: 'Brandt pivoted to her message about rebuilding the pier.',
      claims: [['rebuilding the pier', null, 'her message about']],
    },
    {
      name: 'a possessive name: "Quill’s allegations of"',
      text: 'The mayor read Quill’s allegations of a secret harbour deal.',
      claims: [['a secret harbour deal', null, 'Quill’s allegations of']],
    },
    {
      name: 'negative: support is no remark',
      text: 'Her support for the levy was firm.',
      claims: [],
    },
    {
      name: 'negative: a remark without a topic',
      text: 'His comments were brief.',
      claims: [],
    },
  ]);
});

describe('claims recall: "who he calls a …"', () => {
  check([
    {
      name: 'the relative pronoun is the object of the naming verb',
      text: 'Ivo was glad to work for Brandt, who he calls a patient teacher and a great friend.',
      claims: [['a patient teacher and a great friend', null, 'calls']],
    },
    {
      name: 'negative: "who calls" has the relative as its subject',
      text: 'Ivo was glad to work for Brandt, who calls a taxi every morning.',
      claims: [],
    },
  ]);
});

describe('claims recall: "shown support for" is a light verb with a speech noun', () => {
  check([
    {
      name: '"has recently shown support for"',
      text: 'Ada Quill has recently shown support for a longer school day.',
      claims: [['a longer school day', 'Ada Quill', 'shown support for']],
    },
    {
      name: 'negative: "showed" with no speech noun',
      text: 'Ada Quill showed the visitors around the harbour.',
      claims: [],
    },
  ]);
});

describe('claims recall: what a speaker publishes', () => {
  check([
    {
      name: '"published" with a noun-phrase object',
      text: 'The Harbour Ledger published the letters from the mayor.',
      claims: [['the letters from the mayor', 'Harbour Ledger', 'published']],
    },
    {
      name: 'negative: a passive "was published" names no publisher',
      text: 'The letters were published on Monday.',
      claims: [],
    },
    {
      name: 'negative: "published since" has no object',
      text: 'The Harbour Ledger has published since 1890.',
      claims: [],
    },
  ]);
});

describe('claims precision: a comparison\'s standard is no report', () => {
  check([
    {
      name: 'negative: "lower than Ferrylink says they are"',
      text: 'Costs that are lower than Ferrylink says they are could make the plan cheaper.',
      claims: [],
    },
    {
      name: 'the same cue outside a comparison reports',
      text: 'The harbour agency says the cost of the ferry is lower.',
      claims: [['the cost of the ferry is lower', 'The harbour agency', 'says']],
    },
  ]);
});

describe('claims precision: "say" as a noun', () => {
  check([
    {
      name: 'negative: "the final say on"',
      text: 'The commissioner has the final say on any harbour regulations.',
      claims: [],
    },
    {
      name: 'negative: "a say in"',
      text: 'Residents want a say in the ferry timetable.',
      claims: [],
    },
    {
      name: '"Some say" keeps its group subject',
      text: 'Some say the ferry timetable is too thin.',
      claims: [['the ferry timetable is too thin', 'Some', 'say']],
    },
  ]);
});

describe('claims recall: "has since" before the cue', () => {
  check([
    {
      name: '"has since expressed support for"',
      text: 'Ivo Brandt has since expressed support for a longer school day.',
      claims: [['a longer school day', 'Ivo Brandt', 'expressed support for']],
    },
    {
      name: 'negative: "since" as a subordinator opens no claim',
      text: 'Ivo Brandt has lived in Tallinn since the war ended.',
      claims: [],
    },
  ]);
});

describe('claims recall: evidence "showing" what it shows', () => {
  check([
    {
      name: '"with polls showing her with a lead"',
      text: 'With polls showing her with a comfortable lead, Ada Quill flew home.',
      claims: [['her with a comfortable lead', 'Polls', 'showing']],
    },
    {
      name: 'negative: a map showing a place',
      text: 'A map showing the old harbour hangs in the hall.',
      claims: [],
    },
    {
      name: 'negative: a person showing visitors around',
      text: 'He kept showing the visitors around.',
      claims: [],
    },
  ]);
});

describe('claims: "…, said X" after a clause whose subject names a speaker noun, and anonymous sources', () => {
  check([
    {
      name: 'a clause whose subject holds a speaker noun is the claim, not the speaker',
      text: 'Sales of the ferry company have been steady, said Ada Quill.',
      claims: [['Sales of the ferry company have been steady', 'Ada Quill', 'said']],
    },
    {
      name: 'the speaker after the cue may be a source described by what it knows',
      text: 'The crew waited too long before turning back, said a source close to the inquiry.',
      claims: [['The crew waited too long before turning back', 'A source close to the inquiry', 'said']],
    },
    {
      name: '", adding that …" goes on with that source',
      text: 'The pier was unsafe, said an official familiar with the survey, adding that repairs would take a year.',
      claims: [
        ['The pier was unsafe', 'An official familiar with the survey', 'said'],
        ['repairs would take a year', 'An official familiar with the survey', 'adding'],
      ],
    },
    {
      name: 'negative: a participle after the speaker noun still leaves the phrase a subject',
      text: 'An engineer quoted in the survey, who asked not to be named, said the pier was unsafe.',
      claims: [['the pier was unsafe', 'An engineer', 'said']],
    },
  ]);
});

describe('claims recall: a possessive pronoun speaks like its subject form', () => {
  check([
    {
      name: '"his comments on" goes to the man named before',
      text: 'Tomas Vell spoke on Monday. His crude comments on the ferry video were not the only problem.',
      claims: [['the ferry video', 'Tomas Vell', 'His crude comments on']],
    },
    {
      name: '"her message about" goes to the woman named before',
      text: 'Ada Quill was there. Brandt pivoted to her message about rebuilding the pier.',
      claims: [['rebuilding the pier', 'Ada Quill', 'her message about']],
    },
    {
      name: 'negative: "their" is a group and never one person',
      text: 'Tomas Vell spoke on Monday. Their comments on the ferry video were harsh.',
      claims: [['the ferry video', null, 'Their comments on']],
    },
  ], { fullAnalysis: true });
});

describe('claims recall: more remarks and their topics (full analysis)', () => {
  check([
    {
      name: '"has spoken out before about": an adverb before the preposition, and an adjunct inside a relative clause',
      text: 'Tomas Vell has spoken out before about the abuse Ada Quill has faced during the campaign.',
      claims: [['the abuse Ada Quill has faced during the campaign', 'Tomas Vell', 'spoken out before about']],
    },
    {
      name: '"raised questions about" names a topic',
      text: 'Tomas Vell raised questions about the cost of the pier.',
      claims: [['the cost of the pier', 'Tomas Vell', 'raised questions about']],
    },
    {
      name: '"X\'s proposals to …": the infinitive, up to the main clause\'s adverb and verb',
      text: 'Nor would Quill\'s proposals to increase taxes on the rich necessarily have any impact.',
      claims: [['to increase taxes on the rich', null, 'Quill\'s proposals']],
    },
    {
      name: 'a past verb after the infinitive ends it',
      text: 'His calls to reopen the pier went unheeded.',
      claims: [['to reopen the pier', null, 'His calls']],
    },
    {
      name: 'negative: "calls to the office" are no proposal',
      text: 'Her calls to the office were not returned.',
      claims: [],
    },
    {
      name: 'negative: the adjunct after a plain object is still the writer\'s',
      text: 'Ada Quill announced her bid during a rally.',
      claims: [['her bid', 'Ada Quill', 'announced']],
    },
  ], { fullAnalysis: true });
});
