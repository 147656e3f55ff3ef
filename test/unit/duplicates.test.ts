import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { findDuplicates } from '../../src/core/duplicates';
import { removeAllDuplicates } from '../../src/core/fix';
import { fingerprint, normalizeForComparison, hashString } from '../../src/core/normalize';
import { splitParagraphs } from '../../src/core/paragraphs';
import type { DuplicateFinding, DuplicateOptions } from '../../src/core/types';

// Invented prose: long enough for word shingles, unrelated to one another.
const A = 'The harbour council voted on Tuesday to keep the night ferry running through the winter months, citing a rise in late commuters.';
const B = 'Residents of the eastern quarter said the new timetable would let them reach the hospital without changing buses twice.';
const C = 'A spokesperson for the ferry operator declined to say how much the extra crossings would cost or who would pay for them.';
const D = 'Opposition members called the decision rushed and asked for an independent review of the fares before the next budget.';
const E = 'The first extended crossing is scheduled for the second weekend of November, weather permitting.';
// One changed word removes five 5-word shingles, so near-duplicates need long paragraphs (about 50 words for 80%).
const LONG1 = `${A} ${B} ${C}`;
const LONG2 = `${D} ${E} Harbour staff will post the revised schedule at every pier and on the council website by Friday.`;

function analyse(text: string, options?: DuplicateOptions): DuplicateFinding[] {
  return findDuplicates(text, splitParagraphs(text), options);
}

/** Findings as "copies→originals" strings with 1-based line numbers, to compare compactly. */
function describe_(text: string, findings: readonly DuplicateFinding[]): string[] {
  const paragraphs = splitParagraphs(text);
  return findings.map((f) => {
    const lines = (indexes: readonly number[]) => indexes.map((i) => paragraphs[i].line + 1).join(',');
    return `${f.kind} ${lines(f.paragraphs)}→${lines(f.originals)}`;
  });
}

/** Word 5-gram Jaccard similarity computed independently of the engine, on strings. */
function referenceJaccard(a: string, b: string, size = 5): number {
  const shingles = (text: string): Set<string> => {
    const words = text.toLowerCase().replace(/['`]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
    const set = new Set<string>();
    for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
    return set;
  };
  const x = shingles(a);
  const y = shingles(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

describe('findDuplicates', () => {
  const cases: { name: string; text: string; options?: DuplicateOptions; expected: string[] }[] = [
    { name: 'no duplicates', text: [A, B, C].join('\n'), expected: [] },
    { name: 'a later exact copy', text: [A, B, A, C].join('\n'), expected: ['exact 3→1'] },
    { name: 'adjacent copies', text: [A, A, B].join('\n'), expected: ['exact 2→1'] },
    { name: 'three copies each point at the first', text: [A, B, A, C, A].join('\n'), expected: ['exact 3→1', 'exact 5→1'] },
    { name: 'three adjacent copies are separate findings against the first', text: [A, A, A].join('\n'), expected: ['exact 2→1', 'exact 3→1'] },
    { name: 'a copied run is one finding', text: [A, B, C, B, C, D].join('\n'), expected: ['exact 4,5→2,3'] },
    { name: 'a run right after its original', text: [A, B, A, B].join('\n'), expected: ['exact 3,4→1,2'] },
    { name: 'a pair repeated twice gives two runs', text: [A, B, A, B, A, B].join('\n'), expected: ['exact 3,4→1,2', 'exact 5,6→1,2'] },
    { name: 'copies in another order are separate findings', text: [A, B, B, A].join('\n'), expected: ['exact 3→2', 'exact 4→1'] },
    { name: 'blank-line separated paragraphs', text: [A, B, A, B].join('\n\n'), expected: ['exact 5,7→1,3'] },
    {
      name: 'boilerplate line repeated three times',
      text: ['Continue reading the main story', A, 'Continue reading the main story', B, 'Continue reading the main story'].join('\n'),
      expected: ['exact 3→1', 'exact 5→1'],
    },
    { name: 'short lines count when exactly equal', text: ['Advertisement', A, 'Advertisement'].join('\n'), expected: ['exact 3→1'] },
    { name: 'short lines differing in case are not near-duplicates', text: ['Photo: the harbour', A, 'PHOTO: THE HARBOUR'].join('\n'), expected: [] },
    { name: 'rules without letters or digits are never duplicates', text: [A, '***', B, '***', C, '* * *', '* * *'].join('\n'), expected: [] },
    { name: 'near-duplicate: one word changed', text: [LONG1, B, LONG1.replace('Tuesday', 'Monday')].join('\n'), expected: ['near 3→1'] },
    { name: 'similarity 1 turns near-duplicates off', text: [LONG1, B, LONG1.replace('Tuesday', 'Monday')].join('\n'), options: { similarity: 1 }, expected: [] },
    { name: 'a low threshold catches a heavier edit', text: [LONG1, LONG1.replace('Tuesday to keep', 'Monday to run').replace('eastern', 'western')].join('\n'), options: { similarity: 0.5 }, expected: ['near 2→1'] },
    { name: 'default threshold ignores a heavier edit', text: [LONG1, LONG1.replace('Tuesday to keep', 'Monday to run').replace('eastern', 'western')].join('\n'), expected: [] },
    { name: 'a run mixing exact and near copies is one near finding', text: [A, LONG1, C, A, LONG1.replace('eastern', 'western')].join('\n'), expected: ['near 4,5→1,2'] },
    { name: 'an exact copy of a near-duplicate points at that copy', text: [LONG1, B, LONG1.replace('Tuesday', 'Monday'), LONG1.replace('Tuesday', 'Monday')].join('\n'), expected: ['near 3→1', 'exact 4→3'] },
    { name: 'a run never overlaps its own originals', text: [LONG1, LONG1.replace('Tuesday', 'Monday'), LONG1.replace('Tuesday', 'Monday')].join('\n'), expected: ['near 2→1', 'exact 3→2'] },
    { name: 'CRLF, CR and mixed line breaks', text: `${A}\r\n${B}\r${A}\n\r\n${B}`, expected: ['exact 3,5→1,2'] },
    { name: 'leading and trailing spaces are ignored', text: `${A}\n  ${B}\t\n${A}   \n\u00a0${B}`, expected: ['exact 3,4→1,2'] },
  ];
  for (const { name, text, options, expected } of cases) {
    it(name, () => {
      assert.deepEqual(describe_(text, analyse(text, options)), expected);
    });
  }

  const normalizationCases: { name: string; original: string; copy: string }[] = [
    { name: 'curly vs straight double quotes', original: '"We will not cut the late ferry," the mayor said on the quay.', copy: '\u201cWe will not cut the late ferry,\u201d the mayor said on the quay.' },
    { name: 'curly vs straight apostrophes', original: "The operator's board hasn't met since May.", copy: 'The operator\u2019s board hasn\u2019t met since May.' },
    { name: 'dash variants', original: 'Fares rose 5% - the largest rise in a decade.', copy: 'Fares rose 5% \u2014 the largest rise in a decade.' },
    { name: 'whitespace runs and tabs', original: 'The vote was 7 to 2 after a long debate.', copy: 'The vote  was\t7 to 2   after a long debate.' },
    { name: 'NFKC: fullwidth digits and a ligature', original: 'The fine was 120 euros for the first offence.', copy: 'The \ufb01ne was \uff11\uff12\uff10 euros for the \ufb01rst offence.' },
    { name: 'non-breaking spaces', original: 'Crossings resume at 6 a.m. on Monday.', copy: 'Crossings\u00a0resume at 6\u00a0a.m. on Monday.' },
    { name: 'an ellipsis character vs three dots', original: 'He paused... then voted yes on the motion.', copy: 'He paused\u2026 then voted yes on the motion.' },
  ];
  for (const { name, original, copy } of normalizationCases) {
    it(`exact after normalization: ${name}`, () => {
      const text = [original, A, copy].join('\n');
      const findings = analyse(text);
      assert.deepEqual(describe_(text, findings), ['exact 3→1']);
      assert.equal(findings[0].similarity, 1);
    });
  }

  it('reports the exact Jaccard similarity of a near-duplicate', () => {
    const copy = LONG1.replace('Tuesday', 'Monday');
    const text = [LONG1, B, copy].join('\n');
    const [finding] = analyse(text);
    assert.equal(finding.kind, 'near');
    assert.equal(finding.similarity, referenceJaccard(LONG1, copy));
    assert.ok(finding.similarity >= 0.8 && finding.similarity < 1);
  });

  it('honours a custom shingle size', () => {
    const copy = A.replace('Tuesday', 'Monday');
    const text = [A, B, copy].join('\n');
    assert.ok(referenceJaccard(A, copy, 2) >= 0.8 && referenceJaccard(A, copy, 5) < 0.8);
    assert.deepEqual(describe_(text, analyse(text)), []);
    const findings = analyse(text, { shingleSize: 2 });
    assert.deepEqual(describe_(text, findings), ['near 3→1']);
    assert.equal(findings[0].similarity, referenceJaccard(A, copy, 2));
  });

  it('reports the lowest similarity in a near run', () => {
    const first = LONG1.replace('eastern', 'western');
    const second = LONG2.replace('rushed', 'hasty').replace('Friday', 'Thursday');
    const text = [A, LONG1, LONG2, D, first, second].join('\n');
    const [finding] = analyse(text, { similarity: 0.6 });
    assert.deepEqual(finding.paragraphs, [4, 5]);
    assert.deepEqual(finding.originals, [1, 2]);
    assert.ok(referenceJaccard(LONG2, second) < referenceJaccard(LONG1, first));
    assert.equal(finding.similarity, referenceJaccard(LONG2, second));
  });

  it('picks the most similar earlier paragraph, not the earliest', () => {
    const base = `${A} ${B}`;
    const words = base.split(' ');
    const x = ['Late', 'on', 'Monday', 'night', ...words.slice(4)].join(' ');
    const y = `${base} Officials agreed.`;
    const text = [x, C, y, D, base].join('\n');
    // Preconditions, measured independently: y is not a near-duplicate of x, base is one of both, closer to y.
    assert.ok(referenceJaccard(x, y) < 0.8);
    assert.ok(referenceJaccard(base, x) >= 0.8);
    assert.ok(referenceJaccard(base, y) > referenceJaccard(base, x));
    const findings = analyse(text);
    assert.deepEqual(describe_(text, findings), ['near 5→3']);
    assert.equal(findings[0].similarity, referenceJaccard(base, y));
  });

  it('gives spans that slice to the copies and removals that cover them', () => {
    const text = `${A}\r\n\r\n  ${B}  \r\n${C}\r\n${B}\r\n${C}\r\n${D}`;
    const paragraphs = splitParagraphs(text);
    const [finding] = findDuplicates(text, paragraphs, undefined);
    assert.equal(text.slice(finding.span.start, finding.span.end), `${B}\r\n${C}`);
    assert.equal(text.slice(finding.removal.start, finding.removal.end), `${B}\r\n${C}\r\n`);
  });

  it('is linear enough for 100,000 one-word paragraphs', () => {
    const words = ['ferry', 'harbour', 'vote', 'winter', 'quay'];
    const text = Array.from({ length: 100_000 }, (_, i) => words[i % words.length]).join('\n');
    const started = Date.now();
    const findings = analyse(text);
    // Paragraphs 6..100,000 repeat 1..5: each repetition is a run copying the first five.
    assert.equal(findings.length, 19_999);
    for (const f of findings) assert.deepEqual(f.originals, [0, 1, 2, 3, 4]);
    assert.ok(Date.now() - started < 5000);
  });

  it('stays fast when thousands of paragraphs share one phrase', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `According to the harbour office, crossing number ${i} left on time.`).join('\n');
    const started = Date.now();
    const findings = analyse(text, { similarity: 0.5 });
    assert.ok(Date.now() - started < 5000);
    for (const f of findings) assert.equal(f.kind, 'near');
  });

  it('stays bounded on hundreds of long, half-similar paragraphs and still finds the true near-duplicate', () => {
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
    const base = Array.from({ length: 600 }, (_, i) => `word${i}`);
    // Each paragraph changes ~4% of the words: every pair shares about half its shingles, below 0.8.
    const paragraphs = Array.from({ length: 300 }, () => base.map((w) => (next() < 0.04 ? `x${Math.floor(next() * 1e9)}` : w)).join(' '));
    const copy = paragraphs[150].replace('word300', 'changed');
    const text = [...paragraphs, copy].join('\n');
    const started = Date.now();
    const findings = analyse(text);
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual(describe_(text, findings), ['near 301→151']);
  });

  const hostile: { name: string; text: string }[] = [
    { name: 'empty', text: '' },
    { name: 'whitespace only', text: ' \n\t\r\n\u00a0\n' },
    { name: 'NUL bytes', text: `${A}\u0000\n\u0000\u0000\n${A}\u0000\n\u0000\u0000` },
    { name: 'lone surrogates', text: `\ud800 ${A}\n\udc00\n\ud800 ${A}\n\udc00` },
    { name: 'a single 5 MB line', text: `${A} `.repeat(Math.ceil(5_000_000 / (A.length + 1))) },
    { name: 'two 2.4 MB lines, the second a copy', text: `${`${B} `.repeat(20_000)}\n${`${B} `.repeat(20_000)}` },
    { name: '10,000 unmatched quote marks', text: `${'\u201c'.repeat(10_000)}\n${A}\n${'"'.repeat(10_000)}\n${'\u201c'.repeat(10_000)}` },
    { name: 'RTL, combining marks and emoji', text: `\u05e9\u05dc\u05d5\u05dd \u201c\u05d0\u05de\u05e8\u201d e\u0301 \ud83d\udcf0\n${A}\n\u05e9\u05dc\u05d5\u05dd \u201c\u05d0\u05de\u05e8\u201d \u00e9 \ud83d\udcf0` },
    { name: 'CJK without spaces', text: '\u6e2f\u53e3\u7684\u6e21\u8f2a\u5c07\u7e7c\u7e8c\u904b\u884c\u3002\n\u6e2f\u53e3\u7684\u6e21\u8f2a\u5c07\u7e7c\u7e8c\u904b\u884c\u3002' },
  ];
  for (const { name, text } of hostile) {
    it(`copes with hostile input: ${name}`, () => {
      const paragraphs = splitParagraphs(text);
      const findings = findDuplicates(text, paragraphs, undefined);
      for (const f of findings) {
        assert.ok(f.removal.start <= f.span.start && f.span.end <= f.removal.end && f.removal.end <= text.length);
        assert.equal(text.slice(f.span.start, f.span.end), text.slice(paragraphs[f.paragraphs[0]].start, paragraphs[f.paragraphs[f.paragraphs.length - 1]].end));
      }
      const fixed = removeAllDuplicates(text);
      assert.equal(removeAllDuplicates(fixed.text).text, fixed.text);
      assert.equal(splitParagraphs(fixed.text).length, paragraphs.length - fixed.removed);
    });
  }

  it('treats NFC and NFD spellings as exact duplicates, and a repeated RTL line', () => {
    const text = ['Caf\u00e9 owners on the quay said little.', A, 'Cafe\u0301 owners on the quay said little.'].join('\n');
    assert.deepEqual(describe_(text, analyse(text)), ['exact 3→1']);
  });

  const seed = path.resolve(__dirname, '../../../../shared/seeds/000_5d0278a4d8633017.txt');
  (fs.existsSync(seed) ? it : it.skip)('finds exactly lines 5 and 9–10 in the seed article', () => {
    const text = fs.readFileSync(seed, 'utf8');
    assert.deepEqual(describe_(text, analyse(text)), ['exact 5→4', 'exact 9,10→7,8']);
  });
});

describe('fingerprint', () => {
  // The fast path must give exactly the hash of the documented normalization.
  const alphabet = [
    'a', 'Z', '7', ' ', '  ', '\t', '\n', '\r', '`', "'", '"', '-', '.', '\u00a0', '\u00e9', '\u00c9', '\u00bd', '\u00b4', '\u0132',
    '\u2018', '\u2019', '\u201c', '\u201d', '\u201e', '\u2013', '\u2014', '\u2011', '\u2026', '\u2033', '\u2009', '\u202f', '\u3000',
    '\ufeff', '\u200b', '\u0301', '\uff21', '\ufb01', '\u20ac', '\u2212', '\u00ab', '\u00bb', '\ud83d\ude00', '\u05d0',
  ];
  it('formats the 53-bit hash as 14 hex digits', () => {
    const reference = (text: string): string => {
      let h1 = 0x811c9dc5;
      let h2 = 0x01000193;
      for (let i = 0; i < text.length; i++) {
        h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193);
        h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x5bd1e995);
      }
      return ((h2 >>> 0) & 0x1fffff).toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
    };
    for (const text of ['', 'a', A, B, '\u201cquoted\u201d', 'x'.repeat(1000)]) assert.equal(hashString(text), reference(text));
  });

  it('equals hashString(normalizeForComparison(text)) on mixed alphabets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.equal(fingerprint(text), hashString(normalizeForComparison(text)));
      }),
      { seed: 4242, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe('near-duplicate search finds what a brute-force comparison finds', () => {
  const vocabulary = ['the', 'ferry', 'council', 'voted', 'late', 'winter', 'quay', 'fares', 'rose', 'said'];
  const paragraphArb = fc.array(fc.constantFrom(...vocabulary), { minLength: 3, maxLength: 24 }).map((w) => w.join(' '));
  const documentArb = fc
    .array(fc.tuple(paragraphArb, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...vocabulary)), { maxLength: 2 })), { minLength: 1, maxLength: 25 })
    .map((items) => {
      // Each item is new text or a lightly edited copy of an earlier paragraph (edits: word replacements).
      const paragraphs: string[] = [];
      for (const [fresh, pick, edits] of items) {
        if (paragraphs.length === 0 || pick % 2 === 0) {
          paragraphs.push(fresh);
          continue;
        }
        const words = paragraphs[pick % paragraphs.length].split(' ');
        for (const [position, word] of edits) words[position % words.length] = word;
        paragraphs.push(words.join(' '));
      }
      return paragraphs;
    });

  function bruteForce(paragraphs: readonly string[], threshold: number): { original: number; similarity: number }[] {
    const result: { original: number; similarity: number }[] = [];
    const firstByText = new Map<string, number>();
    const originals: number[] = [];
    paragraphs.forEach((text, i) => {
      const first = firstByText.get(text);
      if (first !== undefined) {
        result.push({ original: first, similarity: 1 });
        return;
      }
      firstByText.set(text, i);
      if (text.split(' ').length < 5) {
        result.push({ original: -1, similarity: 0 });
        originals.push(i);
        return;
      }
      let best = { original: -1, similarity: 0 };
      for (const j of originals) {
        if (paragraphs[j].split(' ').length < 5) continue;
        const similarity = referenceJaccard(paragraphs[j], text);
        if (similarity >= threshold && similarity > best.similarity) best = { original: j, similarity };
      }
      result.push(best);
      if (best.original < 0) originals.push(i);
    });
    return result;
  }

  for (const threshold of [0.8, 0.6]) {
    it(`threshold ${threshold}`, () => {
      fc.assert(
        fc.property(documentArb, (paragraphs) => {
          const text = paragraphs.join('\n');
          const expected = bruteForce(paragraphs, threshold);
          const actual = paragraphs.map(() => -1);
          for (const finding of analyse(text, { similarity: threshold })) {
            finding.paragraphs.forEach((p, k) => {
              actual[p] = finding.originals[k];
            });
            const similarities = finding.paragraphs.map((p) => expected[p].similarity);
            assert.equal(finding.similarity, Math.min(...similarities));
            assert.equal(finding.kind === 'exact', finding.paragraphs.every((p, k) => paragraphs[p] === paragraphs[finding.originals[k]]));
          }
          assert.deepEqual(actual, expected.map((e) => e.original));
        }),
        { seed: 99, numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
      );
    });
  }
});
