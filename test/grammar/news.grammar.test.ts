import assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, tokenize, type ScopedToken } from './textmate';

const QUOTE = 'string.quoted.double.news';
const SINGLE = 'string.quoted.single.news';
const OPEN = 'punctuation.definition.string.begin.news';
const CLOSE = 'punctuation.definition.string.end.news';
const INSERTION = 'meta.embedded.insertion.news';
const NUMBER = 'constant.numeric.news';
const DATE = 'constant.character.escape.date.news';
const CUE = 'keyword.other.cue.news';
const SPEAKER = 'keyword.control.speaker.news';

/** The maximal runs of text carrying `scope`, in reading order (runs never join across lines). */
function runs(tokens: readonly ScopedToken[], scope: string): string[] {
  const found: string[] = [];
  let current: { line: number; end: number; text: string } | undefined;
  for (const token of tokens) {
    if (!token.scopes.includes(scope) || token.text === '') {
      if (current) found.push(current.text);
      current = undefined;
    } else if (current && current.line === token.line && current.end === token.start) {
      current.text += token.text;
      current.end = token.end;
    } else {
      if (current) found.push(current.text);
      current = { line: token.line, end: token.end, text: token.text };
    }
  }
  if (current) found.push(current.text);
  return found;
}

interface Case {
  readonly name: string;
  readonly text: string;
  /** For each scope, exactly the runs of text that must carry it (an empty list: nothing may). */
  readonly expect: Readonly<Record<string, readonly string[]>>;
}

const cases: readonly Case[] = [
  // Quotations
  {
    name: 'straight double quotes with their marks',
    text: 'Mara Quill said "the bridge opens in spring."',
    expect: { [QUOTE]: ['"the bridge opens in spring."'], [OPEN]: ['"'], [CLOSE]: ['"'] },
  },
  {
    name: 'curly double quotes',
    text: '\u201CWe are ready,\u201D the mayor said.',
    expect: { [QUOTE]: ['\u201CWe are ready,\u201D'], [OPEN]: ['\u201C'], [CLOSE]: ['\u201D'] },
  },
  {
    name: 'two quotations on one line stay separate',
    text: '"Yes," she said, and then "no."',
    expect: { [QUOTE]: ['"Yes,"', '"no."'] },
  },
  {
    name: 'single quotes inside double quotes',
    text: '"They called it \'the long winter\' back then," Ode said.',
    expect: { [SINGLE]: ["'the long winter'"], [QUOTE]: ['"They called it \'the long winter\' back then,"'] },
  },
  {
    name: 'curly single quotes inside curly double quotes',
    text: '\u201CShe wrote \u2018never again\u2019 on the wall,\u201D he said.',
    expect: { [SINGLE]: ['\u2018never again\u2019'] },
  },
  {
    name: 'an unclosed single quote stops at the closing double mark',
    text: '"She called it \'madness and left," he said.',
    expect: { [SINGLE]: ["'madness and left,"], [QUOTE]: ['"She called it \'madness and left,"'] },
  },
  // Apostrophes never open a string
  {
    name: 'contractions and possessives inside a quote',
    text: '"I don\'t think Assad\'s men will stay," he said.',
    expect: { [SINGLE]: [], [QUOTE]: ['"I don\'t think Assad\'s men will stay,"'] },
  },
  {
    name: "elisions inside a quote: '90s, rock 'n' roll, 'em",
    text: '"It was the \'90s, rock \'n\' roll ruled and we loved \'em," Vey said.',
    expect: { [SINGLE]: [], [NUMBER]: [] },
  },
  {
    name: 'curly apostrophes inside a curly quote',
    text: '\u201CWe don\u2019t know the \u201990s,\u201D Vey said.',
    expect: { [SINGLE]: [], [QUOTE]: ['\u201CWe don\u2019t know the \u201990s,\u201D'] },
  },
  {
    name: 'apostrophes and single quotes outside quotations',
    text: "Tom's aunt didn't go; the rebels' chief said 'no' to talks.",
    expect: { [QUOTE]: [], [SINGLE]: [] },
  },
  {
    name: 'a height in inches is not a quotation',
    text: 'The player is 6\'11" tall and fast.',
    expect: { [QUOTE]: [] },
  },
  // Unclosed quotes stop at the end of their paragraph
  {
    name: 'an unclosed quote stops at the end of its line',
    text: '"This quote never closes\nThe next line is plain.',
    expect: { [QUOTE]: ['"This quote never closes'], [CLOSE]: [] },
  },
  {
    name: 'a closing mark alone at the end of a continued paragraph does not open a new quote',
    text: '"First part runs on\nand ends here." Then plain text.',
    expect: { [QUOTE]: ['"First part runs on'] },
  },
  {
    name: 'an unclosed curly quote stops at the end of its line',
    text: '\u201CNo end in sight\nPlain again, said Tom.',
    expect: { [QUOTE]: ['\u201CNo end in sight'], [CUE]: ['said'], [SPEAKER]: ['Tom'] },
  },
  {
    name: 'CRLF line ends',
    text: '"First," she said.\r\n"Second never closes\r\nThird line, 40,000 people.\r\n',
    expect: { [QUOTE]: ['"First,"', '"Second never closes'], [NUMBER]: ['40,000'] },
  },
  {
    name: 'a quotation nested in a curly quotation keeps both string scopes',
    text: '\u201CHe told me "never again" twice,\u201D she said.',
    expect: { [QUOTE]: ['\u201CHe told me "never again" twice,\u201D'] },
  },
  // Editorial insertions
  {
    name: 'bracketed insertion inside a quote',
    text: '"We back [the envoy\'s] plan," Lo said.',
    expect: { [INSERTION]: ["[the envoy's]"], [SINGLE]: [] },
  },
  {
    name: 'brackets outside a quote are not insertions',
    text: 'The plan [draft] failed.',
    expect: { [INSERTION]: [] },
  },
  {
    name: 'an unclosed bracket stops at the closing quote mark',
    text: '"We back [the envoy," Lo said.',
    expect: { [INSERTION]: ['[the envoy,'], [QUOTE]: ['"We back [the envoy,"'] },
  },
  // Numbers
  {
    name: 'numbers: thousands, compounds, percentages, currencies',
    text: 'About 40,000 people, a 21-month war, 4.5% growth, $3 million and \u20AC20 million, 12 percent, the 3rd time.',
    expect: { [NUMBER]: ['40,000', '21-month', '4.5%', '$3 million', '\u20AC20 million', '12 percent', '3rd'] },
  },
  {
    name: 'numbers inside quotes',
    text: '"We lost 300 homes," Vey said.',
    expect: { [NUMBER]: ['300'] },
  },
  {
    name: 'digits inside words are not numbers',
    text: "The 1990s, the '90s, the G20 and B2B deals.",
    expect: { [NUMBER]: [] },
  },
  // Dates
  {
    name: 'month-day dates, abbreviations, day-month, weekdays',
    text: 'On December 6 and Dec. 7, and 6 December 2012, talks resumed on Monday; by Sept. 30, 2013 they ended.',
    expect: { [DATE]: ['December 6', 'Dec. 7', '6 December 2012', 'Monday', 'Sept. 30, 2013'], [NUMBER]: [] },
  },
  {
    name: 'bare months are not dates',
    text: 'May he rest. March on, they cried.',
    expect: { [DATE]: [] },
  },
  // Verbs of saying next to a name
  {
    name: 'name then cue',
    text: '"Go," Clinton said.',
    expect: { [SPEAKER]: ['Clinton'], [CUE]: ['said'] },
  },
  {
    name: 'cue then name',
    text: '"Go," said Clinton.',
    expect: { [SPEAKER]: ['Clinton'], [CUE]: ['said'] },
  },
  {
    name: 'told takes the speaker before it, never the listener after it',
    text: 'Lund told Pell the plan was dead.',
    expect: { [SPEAKER]: ['Lund'], [CUE]: ['told'] },
  },
  {
    name: 'the listener after told is never a speaker',
    text: 'The envoy told Pell the plan was dead.',
    expect: { [SPEAKER]: [], [CUE]: [] },
  },
  {
    name: 'verbs that take an object never make it a speaker',
    text: 'The rebels declared Damascus a zone and warned Reuters; they urged Lund to leave.',
    expect: { [SPEAKER]: [], [CUE]: [] },
  },
  {
    name: 'full name with an adverb before the cue',
    text: 'Hillary Clinton also said the talks failed.',
    expect: { [SPEAKER]: ['Hillary Clinton'], [CUE]: ['said'] },
  },
  {
    name: 'names with particles',
    text: '"No," said Bashar al-Assad.',
    expect: { [SPEAKER]: ['Bashar al-Assad'], [CUE]: ['said'] },
  },
  {
    name: 'according to',
    text: 'The toll rose, according to Mara Quill.',
    expect: { [SPEAKER]: ['Mara Quill'], [CUE]: ['according to'] },
  },
  {
    name: 'pronouns, common nouns and weekdays are not speakers',
    text: 'He said no. The envoy said yes. She told us. They said Monday it was over.',
    expect: { [SPEAKER]: [], [CUE]: [], [DATE]: ['Monday'] },
  },
  {
    name: 'a cue inside a quotation is part of the quotation',
    text: '"Ask why Tom said that," Vey said.',
    expect: { [SPEAKER]: ['Vey'], [CUE]: ['said'] },
  },
  {
    name: 'a sentence end does not join names across it',
    text: 'They met in Syria. Clinton said little.',
    expect: { [SPEAKER]: ['Clinton'] },
  },
];

describe('news grammar (TextMate)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = (await loadGrammar()).grammar;
  });

  for (const testCase of cases) {
    it(testCase.name, () => {
      const tokens = tokenize(grammar, testCase.text);
      for (const [scope, expected] of Object.entries(testCase.expect)) {
        assert.deepEqual(runs(tokens, scope), expected, `${scope} in ${JSON.stringify(testCase.text)}`);
      }
    });
  }

  it('nests a straight quotation inside a curly one (two string scopes)', () => {
    const tokens = tokenize(grammar, '\u201CHe told me "never again" twice,\u201D she said.');
    const inner = tokens.find((token) => token.text.includes('never again'));
    assert.ok(inner);
    assert.equal(inner.scopes.filter((scope) => scope === QUOTE).length, 2);
  });

  it('tokenizes every line of a long paragraph-per-line text with no state leaking across unclosed quotes', () => {
    const lines = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? `"Unclosed quote number ${i}` : `Plain line ${i}, Dec. 7.`));
    const tokens = tokenize(grammar, lines.join('\n'));
    for (let line = 0; line < lines.length; line++) {
      const quoted = tokens.some((token) => token.line === line && token.scopes.includes(QUOTE));
      assert.equal(quoted, line % 3 === 0, `line ${line}`);
    }
  });
});
