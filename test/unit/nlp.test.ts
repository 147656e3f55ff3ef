import assert from 'node:assert/strict';
import { MAX_PARSED_PARAGRAPH_LENGTH, ParagraphParseCache, dictionaryTag, parseIdentity, type ParagraphParse } from '../../src/core/nlp';
import type { Span } from '../../src/core/types';

/** Every span of a parse, with the field it came from. */
function spansOf(parse: ParagraphParse): [string, Span][] {
  return [
    ...parse.terms.map((t): [string, Span] => ['term', t]),
    ...parse.sentences.map((s): [string, Span] => ['sentence', s]),
    ...parse.people.map((s): [string, Span] => ['person', s]),
    ...parse.places.map((s): [string, Span] => ['place', s]),
    ...parse.organizations.map((s): [string, Span] => ['organization', s]),
    ...parse.dates.map((s): [string, Span] => ['date', s]),
    ...parse.numbers.map((s): [string, Span] => ['number', s]),
  ];
}

function assertInBounds(parse: ParagraphParse, text: string): void {
  for (const [field, span] of spansOf(parse)) {
    assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${field} ${span.start}-${span.end} out of [0, ${text.length}]`);
  }
}

describe('nlp: ParagraphParseCache.parse', () => {
  const cases: { name: string; paragraph: string; people?: string[]; places?: string[]; organizations?: string[] }[] = [
    { name: 'plain sentence', paragraph: 'Maria Keller visited Paris on Monday.', people: ['Maria Keller'], places: ['Paris'] },
    { name: 'match starting with punctuation', paragraph: '"Barack Obama," she said, "was in Chicago."', people: ['Barack Obama'], places: ['Chicago'] },
    { name: 'brackets and curly quotes', paragraph: '“[Angela] Merkel met them in (Berlin),” the aide wrote.', places: ['Berlin'] },
    { name: 'possessive splits a run', paragraph: "Russia's envoy and Syria's army met in London.", places: ['Russia', 'Syria', 'London'] },
    { name: 'emoji and combining marks', paragraph: 'Zoë 🙂 met José Álvarez in Québec 🇨🇦 today.', places: ['Québec'] },
    { name: 'organization', paragraph: 'The Labour Party said talks in Geneva went well.', organizations: ['Labour Party'], places: ['Geneva'] },
  ];
  for (const { name, paragraph, people, places, organizations } of cases) {
    it(`term and entity spans are slice-true: ${name}`, () => {
      const parse = new ParagraphParseCache(10).parse(paragraph, 0);
      assert.ok(parse.terms.length > 0);
      assertInBounds(parse, paragraph);
      for (const term of parse.terms) assert.equal(paragraph.slice(term.start, term.end), term.text);
      for (let i = 1; i < parse.terms.length; i++) assert.ok(parse.terms[i].start >= parse.terms[i - 1].end, 'terms in order, not overlapping');
      const texts = (spans: readonly Span[]): string[] => spans.map((s) => paragraph.slice(s.start, s.end).replace(/['’]s$/, ''));
      for (const expected of people ?? []) assert.ok(texts(parse.people).includes(expected), `people ${JSON.stringify(texts(parse.people))} lacks ${expected}`);
      for (const expected of places ?? []) assert.ok(texts(parse.places).includes(expected), `places ${JSON.stringify(texts(parse.places))} lacks ${expected}`);
      for (const expected of organizations ?? []) {
        assert.ok(texts(parse.organizations).includes(expected), `organizations ${JSON.stringify(texts(parse.organizations))} lacks ${expected}`);
      }
    });
  }

  it('a match starting with a quote mark still gets the name, not the mark', () => {
    const paragraph = 'He said: "Vladimir Putin will come."';
    const parse = new ParagraphParseCache(10).parse(paragraph, 0);
    const people = parse.people.map((s) => paragraph.slice(s.start, s.end));
    assert.deepEqual(people, ['Vladimir Putin']);
  });

  it('offsets are absolute: a paragraph at offset N has every span shifted by N', () => {
    const paragraph = 'Officials in Kenya said 300 people left.';
    const prefix = 'First line of the story.\n\n';
    const text = prefix + paragraph;
    const cache = new ParagraphParseCache(10);
    const atZero = cache.parse(paragraph, 0);
    const shifted = cache.parse(paragraph, prefix.length);
    assertInBounds(shifted, text);
    assert.deepEqual(
      shifted.terms.map((t) => [t.start - prefix.length, t.end - prefix.length, t.text]),
      atZero.terms.map((t) => [t.start, t.end, t.text]),
    );
    for (const term of shifted.terms) assert.equal(text.slice(term.start, term.end), term.text);
    assert.equal(parseIdentity(shifted), parseIdentity(atZero), 'both reads come from one cached parse');
  });

  it('sentences cover their terms and end after their final punctuation', () => {
    const paragraph = 'The vote passed. "Nobody expected it," a senator said. Then came the recount!';
    const parse = new ParagraphParseCache(10).parse(paragraph, 0);
    assert.deepEqual(
      parse.sentences.map((s) => paragraph.slice(s.start, s.end)),
      ['The vote passed.', '"Nobody expected it," a senator said.', 'Then came the recount!'],
    );
  });

  const degenerate: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \t  '],
    ['punctuation only', '"“”‘’—…!?'],
    ['lone surrogates', 'a\uD800b\uDC00c said Bob \uD83D'],
    ['NUL and control bytes', 'x\u0000y\u0001z Paris'],
    ['right-to-left text', 'قال المتحدث باسم الوزارة إن'],
  ];
  for (const [name, paragraph] of degenerate) {
    it(`never throws and stays in bounds: ${name}`, () => {
      const parse = new ParagraphParseCache(10).parse(paragraph, 0);
      assertInBounds(parse, paragraph);
      for (const term of parse.terms) assert.equal(paragraph.slice(term.start, term.end), term.text);
    });
  }

  it('skips paragraphs too long to be prose', () => {
    const blob = 'word '.repeat(MAX_PARSED_PARAGRAPH_LENGTH / 5 + 1);
    const parse = new ParagraphParseCache(10).parse(blob, 0);
    assert.equal(parse.terms.length, 0);
  });
});

describe('nlp: cache reuse and eviction', () => {
  it('parses a paragraph once and answers repeats from the cache', () => {
    const cache = new ParagraphParseCache(10);
    cache.parse('Alpha met Beta in Rome.', 0);
    cache.parse('Alpha met Beta in Rome.', 100);
    cache.parse('Alpha met Beta in Rome.', 7);
    assert.equal(cache.parsed, 1);
    cache.parse('Gamma stayed home.', 0);
    assert.equal(cache.parsed, 2);
  });

  it('evicts the least recently used paragraph beyond capacity', () => {
    const cache = new ParagraphParseCache(2);
    cache.parse('One.', 0);
    cache.parse('Two.', 0);
    cache.parse('One.', 0); // "One." is now the most recent, so "Two." goes first
    cache.parse('Three.', 0);
    assert.equal(cache.size, 2);
    assert.equal(cache.parsed, 3);
    cache.parse('One.', 0);
    assert.equal(cache.parsed, 3, '"One." survived');
    cache.parse('Two.', 0);
    assert.equal(cache.parsed, 4, '"Two." was evicted and parsed again');
  });

  it('a capacity of 0 caches nothing but still parses', () => {
    const cache = new ParagraphParseCache(0);
    assert.ok(cache.parse('Rain fell in Oslo.', 0).terms.length > 0);
    cache.parse('Rain fell in Oslo.', 0);
    assert.equal(cache.parsed, 2);
    assert.equal(cache.size, 0);
  });

  it('a cached parse equals a fresh one', () => {
    const paragraph = 'Secretary Ann Lee told reporters in Lagos that 4.5% was enough.';
    const cache = new ParagraphParseCache(5);
    const first = cache.parse(paragraph, 3);
    const again = cache.parse(paragraph, 3);
    const fresh = new ParagraphParseCache(5).parse(paragraph, 3);
    const plain = (p: ParagraphParse): unknown => ({
      terms: p.terms,
      sentences: p.sentences,
      people: p.people,
      places: p.places,
      organizations: p.organizations,
      dates: p.dates,
      numbers: p.numbers,
    });
    assert.deepEqual(plain(again), plain(first));
    assert.deepEqual(plain(fresh), plain(first));
  });
});

describe('nlp: dictionaryTag', () => {
  const table: [string, boolean][] = [
    ['the', true],
    ['australian', true],
    ['zqxwv', false],
  ];
  for (const [word, known] of table) {
    it(`${word} is ${known ? '' : 'not '}in compromise's lexicon`, () => {
      assert.equal(dictionaryTag(word) !== null, known);
    });
  }
});
