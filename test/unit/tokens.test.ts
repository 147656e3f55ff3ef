import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import {
  encodeTokens,
  firstWords,
  foldingBlocks,
  HIGHLIGHT_KINDS,
  highlightSteps,
  highlightTokens,
  hoverTargetsAt,
  lineTable,
  outline,
  runSliced,
  type EntityHighlighting,
  type HighlightKind,
  type HighlightToken,
} from '../../src/core/tokens';
import type { Analysis, Claim, Entity, EntityType, Paragraph, Quote, Span, Speaker } from '../../src/core/types';

/** Finds the n-th occurrence (0-based) of `needle` in `text` as a span. */
function at(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return { start, end: start + needle.length };
}

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  text.split(/(\r\n|\r|\n)/).forEach((piece, i) => {
    if (i % 2 === 0 && piece.trim() !== '') {
      paragraphs.push({ start: offset, end: offset + piece.length, index: paragraphs.length, line: i / 2, endLine: i / 2, hash: piece });
    }
    offset += piece.length;
  });
  return paragraphs;
}

interface Fixture {
  readonly entities?: readonly [string, EntityType, number?][];
  /** [quoted text including marks, speaker id or null, speaker mention text, the mention's occurrence] */
  readonly quotes?: readonly [string, string | null, string?, number?][];
  readonly claims?: readonly [string, string, string][];
  readonly speakers?: readonly Omit<Speaker, 'quotes' | 'claims' | 'mentions'>[];
}

/** A hand-built analysis of invented text, so these tests do not depend on the engine's heuristics. */
function analysisOf(text: string, fixture: Fixture): Analysis {
  const entities: Entity[] = (fixture.entities ?? []).map(([needle, type, nth]) => ({ ...at(text, needle, nth ?? 0), text: needle, type }));
  const quotes: Quote[] = (fixture.quotes ?? []).map(([needle, speakerId, mention, nth]) => {
    const span = at(text, needle);
    return {
      ...span,
      text: needle,
      content: { start: span.start + 1, end: span.end - 1 },
      kind: 'full',
      closed: true,
      speakerId,
      speakerMention: mention ? at(text, mention, nth ?? 0) : null,
      cue: null,
    };
  });
  const claims: Claim[] = (fixture.claims ?? []).map(([needle, speakerId, mention]) => ({
    ...at(text, needle),
    text: needle,
    speakerId,
    speakerMention: at(text, mention),
    cue: null,
  }));
  const speakers: Speaker[] = (fixture.speakers ?? []).map((speaker) => ({
    ...speaker,
    mentions: [...quotes, ...claims].filter((item) => item.speakerId === speaker.id && item.speakerMention).map((item) => item.speakerMention as Span),
    quotes: quotes.flatMap((quote, i) => (quote.speakerId === speaker.id ? [i] : [])),
    claims: claims.flatMap((claim, i) => (claim.speakerId === speaker.id ? [i] : [])),
  }));
  return { length: text.length, paragraphs: paragraphsOf(text), quotes, claims, speakers, entities, duplicates: [], problems: [] };
}

function show(text: string, tokens: readonly HighlightToken[]): string[] {
  return tokens.map((token) => `${token.kind}:${text.slice(token.start, token.end)}`);
}

const SPEAKER_MARA: Omit<Speaker, 'quotes' | 'claims' | 'mentions'> = { id: 'mara-quill', name: 'Mara Quill', role: 'mayor of Dunmore', kind: 'person', aliases: ['Quill'] };

describe('highlight tokens', () => {
  const text = '"Dunmore will rebuild by May 3," Mara Quill said. Quill met the Harbour Trust in Lisk.';
  const fixture: Fixture = {
    entities: [['Dunmore', 'place'], ['May 3', 'date'], ['Mara Quill', 'person'], ['Quill', 'person', 1], ['Harbour Trust', 'organization'], ['Lisk', 'place']],
    quotes: [['"Dunmore will rebuild by May 3,"', 'mara-quill', 'Mara Quill']],
    speakers: [SPEAKER_MARA],
  };

  const settings: readonly [EntityHighlighting, string[]][] = [
    ['all', ['quote:"', 'place:Dunmore', 'quote: will rebuild by ', 'date:May 3', 'quote:,"', 'speaker:Mara Quill', 'person:Quill', 'organization:Harbour Trust', 'place:Lisk']],
    ['people', ['quote:"Dunmore will rebuild by May 3,"', 'speaker:Mara Quill', 'person:Quill']],
    ['off', ['quote:"Dunmore will rebuild by May 3,"', 'speaker:Mara Quill']],
  ];
  for (const [setting, expected] of settings) {
    it(`entities: ${setting}`, () => {
      assert.deepEqual(show(text, highlightTokens(analysisOf(text, fixture), { entities: setting })), expected);
    });
  }

  const overlapCases: readonly { name: string; text: string; fixture: Fixture; expected: string[] }[] = [
    {
      name: 'a speaker mention wins over the entity it overlaps',
      text: 'Chief Mara Quill said "no."',
      fixture: { entities: [['Chief Mara Quill', 'person']], quotes: [['"no."', 'mara-quill', 'Mara Quill']], speakers: [SPEAKER_MARA] },
      expected: ['speaker:Mara Quill', 'quote:"no."'],
    },
    {
      name: 'overlapping entities keep the first',
      text: 'The Lisk Harbour Trust met.',
      fixture: { entities: [['Lisk Harbour', 'place'], ['Harbour Trust', 'organization']] },
      expected: ['place:Lisk Harbour'],
    },
    {
      name: 'quotes without a resolved speaker are left to the grammar',
      text: '"Maybe," someone said in Lisk.',
      fixture: { entities: [['Lisk', 'place']], quotes: [['"Maybe,"', null]] },
      expected: ['place:Lisk'],
    },
    {
      name: 'an entity running past the end of a quote cuts the quote short',
      text: 'She said "see Lisk" Harbour today.',
      fixture: { entities: [['Lisk" Harbour', 'place']], quotes: [['"see Lisk"', 'mara-quill', 'She']], speakers: [SPEAKER_MARA] },
      expected: ['speaker:She', 'quote:"see ', 'place:Lisk" Harbour'],
    },
    {
      name: 'a speaker mention inside a quote splits it',
      text: '"Ask Quill, she knows," Quill said.',
      fixture: { quotes: [['"Ask Quill, she knows,"', 'mara-quill', 'Quill']], speakers: [SPEAKER_MARA] },
      expected: ['quote:"Ask ', 'speaker:Quill', 'quote:, she knows,"'],
    },
    {
      name: 'claims contribute speaker mentions too',
      text: 'Quill said the port would reopen.',
      fixture: { claims: [['the port would reopen', 'mara-quill', 'Quill']], speakers: [SPEAKER_MARA] },
      expected: ['speaker:Quill'],
    },
  ];
  for (const testCase of overlapCases) {
    it(testCase.name, () => {
      assert.deepEqual(show(testCase.text, highlightTokens(analysisOf(testCase.text, testCase.fixture), { entities: 'all' })), testCase.expected);
    });
  }

  const insertionCases: readonly { name: string; text: string; fixture: Fixture; expected: string[] }[] = [
    {
      name: 'bracketed insertions are not part of a quote token',
      text: '"We back [the envoy] fully," Quill said.',
      fixture: { quotes: [['"We back [the envoy] fully,"', 'mara-quill', 'Quill']], speakers: [SPEAKER_MARA] },
      expected: ['quote:"We back ', 'quote: fully,"', 'speaker:Quill'],
    },
    {
      name: 'an entity inside an insertion keeps its colour, the insertion\'s words do not become quote',
      text: '"Ask [Lisk and] Dunmore," Quill said.',
      fixture: { entities: [['Lisk', 'place'], ['Dunmore', 'place']], quotes: [['"Ask [Lisk and] Dunmore,"', 'mara-quill', 'Quill']], speakers: [SPEAKER_MARA] },
      expected: ['quote:"Ask ', 'place:Lisk', 'quote: ', 'place:Dunmore', 'quote:,"', 'speaker:Quill'],
    },
    {
      name: 'an unclosed bracket runs to the end of the quote',
      text: '"We back [the envoy," Quill said [sic].',
      fixture: { quotes: [['"We back [the envoy,"', 'mara-quill', 'Quill']], speakers: [SPEAKER_MARA] },
      expected: ['quote:"We back ', 'speaker:Quill'],
    },
  ];
  for (const testCase of insertionCases) {
    it(testCase.name, () => {
      const tokens = highlightTokens(analysisOf(testCase.text, testCase.fixture), { entities: 'all', text: testCase.text });
      assert.deepEqual(show(testCase.text, tokens), testCase.expected);
    });
  }

  it('are sorted, non-overlapping and inside the text for any spans (property)', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(span, fc.constantFrom<EntityType>('person', 'place', 'organization', 'date', 'number')), { maxLength: 30 }),
        fc.array(fc.tuple(span, fc.option(span), fc.boolean()), { maxLength: 10 }),
        fc.constantFrom<EntityHighlighting>('all', 'people', 'off'),
        (entitySpans, quoteSpans, setting) => {
          const source = 'x'.repeat(260);
          const analysis: Analysis = {
            ...analysisOf(source, {}),
            entities: entitySpans.map(([s, type]) => ({ ...s, text: source.slice(s.start, s.end), type })),
            quotes: quoteSpans.map(([s, mention, resolved]) => ({
              ...s, text: source.slice(s.start, s.end), content: s, kind: 'full', closed: true,
              speakerId: resolved ? 'x' : null, speakerMention: mention, cue: null,
            })),
          };
          const tokens = highlightTokens(analysis, { entities: setting });
          tokens.forEach((token, i) => {
            assert.ok(token.start < token.end);
            if (i > 0) assert.ok(tokens[i - 1].end <= token.start, 'sorted and non-overlapping');
          });
          // Every shown entity that nothing else claimed is present.
          const shown = analysis.entities.filter((entity) => setting === 'all' || (setting === 'people' && entity.type === 'person'));
          for (const token of tokens.filter((t) => t.kind !== 'quote' && t.kind !== 'speaker')) {
            assert.ok(shown.some((entity) => entity.start === token.start && entity.end === token.end && entity.type === token.kind));
          }
          // And every shown entity that overlaps no other entity and no speaker mention is there (nothing lost in sorting).
          const mentions = analysis.quotes.filter((quote) => quote.speakerId !== null && quote.speakerMention).map((quote) => quote.speakerMention as Span);
          const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;
          for (const entity of shown) {
            const alone = shown.every((other) => other === entity || !overlaps(entity, other)) && mentions.every((mention) => !overlaps(entity, mention));
            if (alone) assert.ok(tokens.some((token) => token.start === entity.start && token.end === entity.end && token.kind === entity.type), `entity ${entity.start}-${entity.end} kept`);
          }
          for (const token of tokens.filter((t) => t.kind === 'quote')) {
            assert.ok(analysis.quotes.some((quote) => quote.speakerId !== null && quote.start <= token.start && token.end <= quote.end));
          }
        },
      ),
    );
  });

  it('come out of the real engine on invented text as spans of the text', () => {
    const story = 'Mara Quill, the mayor of Dunmore, said on Tuesday that 4,000 homes in Lisk had flooded.\n"We will rebuild every street," Quill said.';
    const analysis = analyze(story);
    const tokens = highlightTokens(analysis, { entities: 'all' });
    for (const token of tokens) assert.ok(HIGHLIGHT_KINDS.includes(token.kind));
    const shown = show(story, tokens);
    // Whatever the engine finds, tokens never overlap and every entity token is an engine entity.
    for (const token of tokens) {
      if (token.kind === 'quote' || token.kind === 'speaker') continue;
      assert.ok(analysis.entities.some((entity) => entity.start === token.start && entity.end === token.end), shown.join(' | '));
    }
  });
});

/** Decodes relative semantic token data back to absolute (line, character, text, kind) rows. */
function decode(data: Uint32Array, text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const rows: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    rows.push(`${line}:${character} ${HIGHLIGHT_KINDS[data[i + 3]]} ${lines[line].slice(character, character + data[i + 2])}`);
    assert.equal(data[i + 4], 0);
  }
  return rows;
}

describe('semantic token encoding', () => {
  const cases: readonly { name: string; text: string; tokens: readonly [string, HighlightKind, number?][]; range?: [string, string]; expected: string[] }[] = [
    {
      name: 'tokens on one line use relative starts',
      text: 'Quill met Lisk and Dunmore.',
      tokens: [['Quill', 'person'], ['Lisk', 'place'], ['Dunmore', 'place']],
      expected: ['0:0 person Quill', '0:10 place Lisk', '0:19 place Dunmore'],
    },
    {
      name: 'tokens on later lines restart their character',
      text: 'Quill\nmet\n  Lisk',
      tokens: [['Quill', 'person'], ['Lisk', 'place']],
      expected: ['0:0 person Quill', '2:2 place Lisk'],
    },
    {
      name: 'a quote across lines is split per line (LF)',
      text: 'He said "one\ntwo\nthree" then.',
      tokens: [['"one\ntwo\nthree"', 'quote']],
      expected: ['0:8 quote "one', '1:0 quote two', '2:0 quote three"'],
    },
    {
      name: 'a quote across lines is split per line (CRLF, CR)',
      text: 'He said "one\r\ntwo\rthree" then.',
      tokens: [['"one\r\ntwo\rthree"', 'quote']],
      expected: ['0:8 quote "one', '1:0 quote two', '2:0 quote three"'],
    },
    {
      name: 'blank lines inside a token produce no empty tokens',
      text: '"one\n\n\ntwo"',
      tokens: [['"one\n\n\ntwo"', 'quote']],
      expected: ['0:0 quote "one', '3:0 quote two"'],
    },
    {
      name: 'a range keeps only the clipped part of the tokens inside it',
      text: 'Quill met Lisk and the Harbour Trust.',
      tokens: [['Quill', 'person'], ['Lisk', 'place'], ['Harbour Trust', 'organization']],
      range: ['ill met', 'Harbour'],
      expected: ['0:2 person ill', '0:10 place Lisk'],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const tokens = testCase.tokens.map(([needle, kind, nth]) => ({ ...at(testCase.text, needle, nth ?? 0), kind }));
      const range = testCase.range ? { start: at(testCase.text, testCase.range[0]).start, end: at(testCase.text, testCase.range[1]).start } : undefined;
      assert.deepEqual(decode(encodeTokens(tokens, lineTable(testCase.text), range), testCase.text), testCase.expected);
    });
  }

  it('the line table matches a split on CRLF, LF and CR', () => {
    const text = 'a\r\nbb\n\rccc\r\n';
    const table = lineTable(text);
    assert.deepEqual(table.starts, [0, 3, 6, 7, 12]);
    assert.deepEqual(table.ends, [1, 5, 6, 10, 12]);
  });
});

describe('sliced token building', () => {
  function bigAnalysis(paragraphs: number): { text: string; analysis: Analysis } {
    const line = '"Dunmore will rebuild by May 3," Mara Quill said in Lisk.';
    const text = Array.from({ length: paragraphs }, () => line).join('\n');
    const entities: Entity[] = [];
    const quotes: Quote[] = [];
    for (let p = 0; p < paragraphs; p++) {
      const base = p * (line.length + 1);
      const span = (needle: string): Span => ({ start: base + line.indexOf(needle), end: base + line.indexOf(needle) + needle.length });
      entities.push({ ...span('Dunmore'), text: 'Dunmore', type: 'place' }, { ...span('May 3'), text: 'May 3', type: 'date' }, { ...span('Lisk'), text: 'Lisk', type: 'place' });
      const quote = span('"Dunmore will rebuild by May 3,"');
      quotes.push({ ...quote, text: '', content: quote, kind: 'full', closed: true, speakerId: 'mara-quill', speakerMention: span('Mara Quill'), cue: null });
    }
    return { text, analysis: { ...analysisOf('', {}), length: text.length, entities, quotes } };
  }

  it('gives the same tokens sliced as in one go, over several slices', async () => {
    const { analysis } = bigAnalysis(2000);
    let clock = 0;
    let cpu = 0;
    const sliced = await runSliced(highlightSteps(analysis, { entities: 'all' }, []), {
      sliceMs: 5, now: () => clock++, cpuNow: () => (cpu += 0.5), pause: async () => undefined,
    });
    assert.ok(sliced);
    assert.ok(sliced.stats.slices > 1, `slices: ${sliced.stats.slices}`);
    // Each slice reads the wall clock about 6 times (5 ms at 1 ms a read); the CPU clock is read twice.
    assert.ok(sliced.stats.longestSliceMs >= 5 && sliced.stats.longestSliceMs <= 7, `wall ${sliced.stats.longestSliceMs}`);
    assert.equal(sliced.stats.longestSliceCpuMs, 0.5);
    assert.deepEqual(sliced.value, highlightTokens(analysis, { entities: 'all' }));
  });

  it('stops when cancelled', async () => {
    const { analysis } = bigAnalysis(2000);
    let clock = 0;
    let pauses = 0;
    const result = await runSliced(highlightSteps(analysis, { entities: 'all' }, []), {
      sliceMs: 5, now: () => clock++, pause: async () => { pauses++; }, isCancelled: () => pauses >= 2,
    });
    assert.equal(result, undefined);
    assert.equal(pauses, 2);
  });
});

describe('hover targets', () => {
  const text = '"We will rebuild," Mara Quill said in Lisk. Later Quill said "not yet" about Lisk.';
  const analysis = analysisOf(text, {
    entities: [['Mara Quill', 'person'], ['Lisk', 'place'], ['Quill', 'person', 1], ['Lisk', 'place', 1]],
    quotes: [['"We will rebuild,"', 'mara-quill', 'Mara Quill'], ['"not yet"', 'mara-quill', 'Quill', 1]],
    speakers: [SPEAKER_MARA],
  });
  const cases: readonly { name: string; at: string; nth?: number; expected: string[] }[] = [
    { name: 'a quote: its speaker and the speaker\'s other quotes', at: 'rebuild', expected: ['quote:Mara Quill:1'] },
    { name: 'a speaker mention: the speaker, then the entity', at: 'Mara', expected: ['speaker:Mara Quill', 'entity:person:1'] },
    { name: 'an entity: its type and mention count', at: 'Lisk', expected: ['entity:place:2'] },
    { name: 'plain text: nothing', at: 'about', expected: [] },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const targets = hoverTargetsAt(analysis, at(text, testCase.at, testCase.nth ?? 0).start + 1);
      assert.deepEqual(targets.map((target) => {
        if (target.kind === 'quote') return `quote:${target.speaker?.name ?? '-'}:${target.otherQuotes}`;
        if (target.kind === 'speaker') return `speaker:${target.speaker.name}`;
        return `entity:${target.entity.type}:${target.mentions}`;
      }), testCase.expected);
    });
  }
});

describe('outline and folding', () => {
  it('lists paragraphs by first words with their quotes by speaker', () => {
    const text = '"We will rebuild every single street," Mara Quill said.\n\nThe council met on Tuesday and voted to borrow more.\n"Perhaps," someone said.';
    const analysis = analysisOf(text, {
      quotes: [['"We will rebuild every single street,"', 'mara-quill', 'Mara Quill'], ['"Perhaps,"', null]],
      speakers: [SPEAKER_MARA],
    });
    assert.deepEqual(outline(analysis, text).map((p) => [p.name, p.detail, p.quotes.map((q) => `${q.name}: ${q.detail}`)]), [
      ['"We will rebuild every single street,"\u2026', '\u00B6 1', ['Mara Quill: We will rebuild every single street,']],
      ['The council met on Tuesday and\u2026', '\u00B6 2', []],
      ['"Perhaps," someone said.', '\u00B6 3', ['Unattributed: Perhaps,']],
    ]);
  });

  it('marks duplicated paragraphs as copies', () => {
    const text = 'One line.\nTwo line.\nOne line.';
    const base = analysisOf(text, {});
    const analysis: Analysis = { ...base, duplicates: [{ kind: 'exact', paragraphs: [2], originals: [0], similarity: 1, span: at(text, 'One line.', 1), removal: at(text, '\nOne line.') }] };
    assert.deepEqual(outline(analysis, text).map((p) => p.detail), ['\u00B6 1', '\u00B6 2', '\u00B6 3, copy of \u00B6 1']);
  });

  const folding: readonly [string, string, [number, number][]][] = [
    ['one paragraph per line folds as one run', 'a\nb\nc', [[0, 2]]],
    ['blank lines separate runs; single lines never fold', 'a\nb\n\nc\n\n\nd\ne\nf', [[0, 1], [6, 8]]],
    ['empty text', '', []],
  ];
  for (const [name, text, expected] of folding) {
    it(`folding: ${name}`, () => {
      assert.deepEqual(foldingBlocks(analysisOf(text, {})).map((b) => [b.startLine, b.endLine]), expected);
    });
  }

  it('folds multi-line paragraphs inside a run', () => {
    const paragraphs: Paragraph[] = [
      { start: 0, end: 1, index: 0, line: 0, endLine: 0, hash: 'a' },
      { start: 2, end: 5, index: 1, line: 1, endLine: 3, hash: 'b' },
    ];
    assert.deepEqual(foldingBlocks({ ...analysisOf('', {}), paragraphs }).map((b) => [b.startLine, b.endLine]), [[0, 3], [1, 3]]);
  });

  const words: readonly [string, number, string][] = [
    ['  one two   three ', 6, 'one two three'],
    ['a b c d e f g', 3, 'a b c\u2026'],
    ['', 6, ''],
  ];
  for (const [input, count, expected] of words) {
    it(`firstWords(${JSON.stringify(input)}, ${count})`, () => assert.equal(firstWords(input, count), expected));
  }
});
