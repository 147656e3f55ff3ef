import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/lineIndex';
import { describeLines, duplicateMessage, helpUrl, reportsFor, similarityPercent, summaryText } from '../../src/core/messages';
import type { Analysis, DuplicateFinding, Paragraph } from '../../src/core/types';

const para = (line: number, endLine = line): Pick<Paragraph, 'line' | 'endLine'> => ({ line, endLine });
const finding = (kind: 'exact' | 'near', originals: number[], similarity = 1): Pick<DuplicateFinding, 'kind' | 'similarity' | 'originals'> =>
  ({ kind, originals, similarity });

describe('duplicate messages', () => {
  const rows: { name: string; finding: ReturnType<typeof finding>; originals: Pick<Paragraph, 'line' | 'endLine'>[]; expected: string }[] = [
    { name: 'exact single', finding: finding('exact', [3]), originals: [para(3)], expected: 'Duplicate of the paragraph at line 4' },
    { name: 'exact run', finding: finding('exact', [6, 7]), originals: [para(6), para(7)], expected: 'Duplicate of the paragraphs at lines 7\u20138' },
    { name: 'near single', finding: finding('near', [0], 0.92), originals: [para(0)], expected: 'Near-duplicate (92% similar) of the paragraph at line 1' },
    { name: 'near run over blank lines', finding: finding('near', [1, 2], 0.875), originals: [para(2), para(4)], expected: 'Near-duplicate (87% similar) of the paragraphs at lines 3, 5' },
  ];
  for (const row of rows) it(row.name, () => assert.equal(duplicateMessage(row.finding, row.originals), row.expected));

  const percents: [number, number][] = [[0.92, 92], [0.8, 80], [0.999, 99], [1, 99], [0.7, 70], [Number.NaN, 0]];
  for (const [similarity, expected] of percents) it(`similarity ${similarity} shows ${expected}%`, () => assert.equal(similarityPercent(similarity), expected));

  it('describes contiguous lines as a range', () => assert.equal(describeLines([para(6), para(7)]), 'lines 7\u20138'));
});

describe('help URLs', () => {
  const rows: [string, string][] = [
    ['https://example.invalid/news-lens.git', 'https://example.invalid/news-lens#duplicate-paragraph'],
    ['git+https://github.com/o/news-lens.git', 'https://github.com/o/news-lens#duplicate-paragraph'],
    ['https://github.com/o/news-lens/', 'https://github.com/o/news-lens#duplicate-paragraph'],
  ];
  for (const [repository, expected] of rows) it(repository, () => assert.equal(helpUrl(repository, 'duplicate-paragraph'), expected));
});

describe('reportsFor on an invented article', () => {
  const text = [
    'Alpha paragraph about the river crossing and its long history of floods.',
    'Beta paragraph: the mayor promised a new bridge by the end of the decade.',
    'Gamma paragraph: engineers warned that the budget was far too small.',
    'Alpha paragraph about the river crossing and its long history of floods.',
    'Delta paragraph: residents will be asked for their views in a survey.',
    'Beta paragraph: the mayor promised a new bridge by the end of the decade.',
    'Gamma paragraph: engineers warned that the budget was far too small.',
  ].join('\r\n');
  const analysis: Analysis = new Analyzer().analyze(text);

  it('one report per finding, with the first copy as related information and exact copies unnecessary', () => {
    const reports = reportsFor(analysis, { unclosedQuotes: false });
    const lines = new LineIndex(text);
    const view = reports.map((r) => ({
      code: r.code,
      line: lines.positionAt(r.span.start).line + 1,
      endLine: lines.positionAt(r.span.end).line + 1,
      related: r.related ? lines.positionAt(r.related.span.start).line + 1 : undefined,
      message: r.message,
      unnecessary: r.unnecessary,
    }));
    assert.deepEqual(view, [
      { code: 'duplicate-paragraph', line: 4, endLine: 4, related: 1, message: 'Duplicate of the paragraph at line 1', unnecessary: true },
      { code: 'duplicate-paragraph', line: 6, endLine: 7, related: 2, message: 'Duplicate of the paragraphs at lines 2\u20133', unnecessary: true },
    ]);
  });

  it('duplicates can be switched off and the number of reports limited', () => {
    assert.equal(reportsFor(analysis, { duplicates: false, unclosedQuotes: false }).length, 0);
    assert.equal(reportsFor(analysis, { limit: 1 }).length, 1);
  });

  it('summarises speakers, claims (quotes + reported speech) and duplicate paragraphs', () => {
    const summary = summaryText({ speakers: [], quotes: [], claims: [], duplicates: analysis.duplicates });
    assert.equal(summary, `0 speakers \u00b7 0 claims \u00b7 ${analysis.duplicates.reduce((n, f) => n + f.paragraphs.length, 0)} duplicates`);
  });
});

describe('summaryText plurals', () => {
  const one = { speakers: [{}], quotes: [{}], claims: [], duplicates: [{ paragraphs: [4] }] } as unknown as Analysis;
  it('singular', () => assert.equal(summaryText(one), '1 speaker \u00b7 1 claim \u00b7 1 duplicate'));
});

describe('LineIndex', () => {
  const rows: { text: string; offset: number; line: number; character: number }[] = [
    { text: 'ab\ncd', offset: 3, line: 1, character: 0 },
    { text: 'ab\r\ncd', offset: 4, line: 1, character: 0 },
    { text: 'ab\r\ncd', offset: 3, line: 0, character: 3 },
    { text: 'ab\rcd\n', offset: 6, line: 2, character: 0 },
    { text: 'ab', offset: 99, line: 0, character: 2 },
    { text: '', offset: 0, line: 0, character: 0 },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} @${row.offset}`, () => assert.deepEqual(new LineIndex(row.text).positionAt(row.offset), { line: row.line, character: row.character }));
  }
});

describe('reportsFor: unclosed quotes', () => {
  const analysis: Analysis = {
    length: 40, paragraphs: [], quotes: [], claims: [], speakers: [], entities: [], duplicates: [],
    problems: [
      { start: 10, end: 20, code: 'unclosed-quote', message: 'This quotation is never closed' },
      { start: 0, end: 0, code: 'not-text', message: 'not text' },
    ],
  };
  const rows: { name: string; unclosedQuotes: boolean | undefined; expected: number }[] = [
    { name: 'reported by default, other problem codes are not', unclosedQuotes: undefined, expected: 1 },
    { name: 'can be switched off', unclosedQuotes: false, expected: 0 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const reports = reportsFor(analysis, { unclosedQuotes: row.unclosedQuotes });
      assert.equal(reports.length, row.expected);
      if (row.expected) assert.deepEqual(reports[0], { code: 'unclosed-quote', message: 'This quotation is never closed', span: { start: 10, end: 20 }, unnecessary: false });
    });
  }
});
