import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDuplicates } from '../../src/core/duplicates';
import { applyEdits, keepThisVersionEdits, removalEdits, removeAllDuplicates } from '../../src/core/fix';
import { splitParagraphs } from '../../src/core/paragraphs';

/**
 * Safety of the duplicate fix, checked against an independent model of the document: a list of lines, each
 * with its own separator, built by the generator and never parsed back. The model's expected result after
 * removing the duplicates: the leading text, then each kept line followed by the separator that followed it
 * originally, except the last kept line, which is followed by the original end of the text.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

interface Line {
  /** Id of the paragraph content; lines with the same id are copies. */
  readonly id: number;
  readonly lead: string;
  readonly trail: string;
  /** Separator after this line (unused for the last line, which is followed by `ending`). */
  readonly separator: string;
}

interface Document {
  readonly contents: readonly string[];
  readonly leading: string;
  readonly lines: readonly Line[];
  readonly ending: string;
}

const WORDS = ['ferry', 'quay', 'council', 'winter', 'fares', 'said', 'late', 'harbour', 'vote', 'night'];
const PUNCTUATION = ['', '', ',', '.', '\u201d', '"', ' \u2014'];

/** Content words carry the paragraph's id, so different paragraphs never look alike (not even as near-duplicates). */
const contentArb = (id: number) =>
  fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)), { minLength: 1, maxLength: 12 })
    .map((words) => words.map(([word, mark]) => `${word}${id}${mark}`).join(' '));

const SEPARATORS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \n', '\r\n\t\r\n', '\n\n\n', '\n\u00a0\n'];
const LEADING = ['', '', '\n', '\r\n\r\n', ' \n', '\ufeff', '\ufeff\n'];
const ENDINGS = ['', '', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n'];
const SPACES = ['', '', '', ' ', '\t', '  ', '\u00a0'];

const documentArb: fc.Arbitrary<Document> = fc
  .integer({ min: 1, max: 6 })
  .chain((distinct) =>
    fc.record({
      contents: fc.tuple(...Array.from({ length: distinct }, (_, id) => contentArb(id))),
      // The order of paragraph ids: repeats anywhere give adjacent copies, 3+ copies, copies first or last.
      order: fc.array(fc.nat(distinct - 1), { minLength: 1, maxLength: 16 }),
      // Copied runs: [from, length, insert-at] of the order so far, applied in sequence.
      runs: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 2, max: 4 }), fc.nat()), { maxLength: 3 }),
      layout: fc.array(fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...SPACES), fc.constantFrom(...SEPARATORS)), { minLength: 40, maxLength: 40 }),
      leading: fc.constantFrom(...LEADING),
      ending: fc.constantFrom(...ENDINGS),
    }),
  )
  .map(({ contents, order, runs, layout, leading, ending }) => {
    const ids = [...order];
    for (const [from, length, at] of runs) {
      const start = from % ids.length;
      const run = ids.slice(start, start + length);
      const insertAt = start + run.length + (at % (ids.length - start - run.length + 1));
      ids.splice(insertAt, 0, ...run);
    }
    const lines = ids.slice(0, 40).map((id, i) => ({ id, lead: layout[i][0], trail: layout[i][1], separator: layout[i][2] }));
    return { contents, leading, lines, ending };
  });

function render(document: Document, lines: readonly Line[]): string {
  let text = document.leading;
  lines.forEach((line, i) => {
    text += line.lead + document.contents[line.id] + line.trail + (i === lines.length - 1 ? document.ending : line.separator);
  });
  return text;
}

/**
 * The model of a partial fix. Copies followed only by copies (the tail) take the separator before them, so
 * the line kept before a removed tail copy inherits that copy's separator; every other kept line keeps its own.
 */
function renderWithout(document: Document, removed: ReadonlySet<number>): string {
  const seen = new Set<number>();
  const isCopy = document.lines.map((line) => seen.has(line.id) || !seen.add(line.id));
  let tailStart = document.lines.length;
  while (tailStart > 0 && isCopy[tailStart - 1]) tailStart--;
  const last = document.lines.length - 1;
  const kept: { line: Line; after: string }[] = [];
  document.lines.forEach((line, i) => {
    const after = i === last ? document.ending : line.separator;
    if (!removed.has(i)) kept.push({ line, after });
    else if (i >= tailStart && kept.length > 0) kept[kept.length - 1].after = after;
  });
  return document.leading + kept.map(({ line, after }) => line.lead + document.contents[line.id] + line.trail + after).join('');
}

/** First occurrences, in order: what must remain. */
function firstOccurrences(document: Document): Line[] {
  const seen = new Set<number>();
  return document.lines.filter((line) => !seen.has(line.id) && seen.add(line.id));
}

const contentsOf = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('duplicate fix safety (property)', () => {
  it('removes exactly the later copies and their separators, nothing else', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const text = render(document, document.lines);
        const kept = firstOccurrences(document);
        const result = removeAllDuplicates(text);
        assert.equal(result.text, render(document, kept));
        assert.deepEqual(contentsOf(result.text), kept.map((line) => document.contents[line.id]));
        assert.equal(result.removed, document.lines.length - kept.length);
      }),
      { seed: 20261124, numRuns: RUNS },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const once = removeAllDuplicates(render(document, document.lines));
        const twice = removeAllDuplicates(once.text);
        assert.equal(twice.text, once.text);
        assert.equal(twice.removed, 0);
        assert.deepEqual(twice.edits, []);
      }),
      { seed: 7, numRuns: RUNS },
    );
  });

  it('gives slice-true spans and removals that never overlap, alone or in any subset', () => {
    fc.assert(
      fc.property(documentArb, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (document, pick) => {
        const text = render(document, document.lines);
        const paragraphs = splitParagraphs(text);
        const findings = findDuplicates(text, paragraphs, undefined);
        let previousEnd = 0;
        for (const finding of findings) {
          const { span, removal } = finding;
          assert.ok(previousEnd <= removal.start && removal.start <= span.start && span.start < span.end && span.end <= removal.end && removal.end <= text.length);
          previousEnd = removal.end;
          const first = paragraphs[finding.paragraphs[0]];
          const last = paragraphs[finding.paragraphs[finding.paragraphs.length - 1]];
          assert.equal(text.slice(span.start, span.end), text.slice(first.start, last.end));
          // What a removal deletes besides the copies is only line breaks and spaces.
          const copies = finding.paragraphs.map((i) => text.slice(paragraphs[i].start, paragraphs[i].end));
          let rest = text.slice(removal.start, removal.end);
          for (const copy of copies) rest = rest.replace(copy, '');
          assert.match(rest, /^[\s\ufeff]*$/u);
          assert.deepEqual(removalEdits(text, [finding]), [{ start: removal.start, end: removal.end, newText: '' }]);
        }
        // Any subset of the findings applied together leaves one separator between neighbours: the result
        // equals the model with exactly those copies removed.
        const chosen = findings.filter((_, i) => pick[i % pick.length]);
        const removedIndexes = new Set(chosen.flatMap((f) => f.paragraphs));
        assert.equal(applyEdits(text, removalEdits(text, chosen)), renderWithout(document, removedIndexes));
      }),
      { seed: 42, numRuns: RUNS },
    );
  });

  it('"keep this version" removes exactly the originals and their separators', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const text = render(document, document.lines);
        for (const finding of findDuplicates(text, splitParagraphs(text), undefined)) {
          const result = applyEdits(text, keepThisVersionEdits(text, finding));
          assert.equal(result, renderWithout(document, new Set(finding.originals)));
        }
      }),
      { seed: 11, numRuns: RUNS },
    );
  });

  it('on arbitrary text: never throws, keeps every non-copy paragraph and is idempotent', () => {
    const pieces = ['ferry', 'quay', 'Ferry', 'the', ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\u00a0', '\u2028', '\ufeff', '\u201c', '"', '\u2014', '-', '\u0301', '\ud83d\udcf0', '\ud800', '\u0000', '*'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        const paragraphs = splitParagraphs(text);
        const findings = findDuplicates(text, paragraphs, { similarity: 0.5 });
        const copies = new Set(findings.flatMap((f) => f.paragraphs));
        const result = removeAllDuplicates(text, { similarity: 0.5 });
        assert.deepEqual(contentsOf(result.text), paragraphs.filter((_, i) => !copies.has(i)).map((p) => text.slice(p.start, p.end)));
        // Each edit deletes whole copies and whitespace (line breaks, blank lines, spaces) and nothing else.
        const copyContents = paragraphs.filter((_, i) => copies.has(i));
        for (const edit of result.edits) {
          let deleted = '';
          let position = edit.start;
          for (const copy of copyContents.filter((p) => p.start >= edit.start && p.end <= edit.end)) {
            deleted += text.slice(position, copy.start);
            position = copy.end;
          }
          deleted += text.slice(position, edit.end);
          assert.match(deleted, /^[\s\u200b]*$/u);
        }
        assert.equal(removeAllDuplicates(result.text, { similarity: 0.5 }).text, result.text);
      }),
      { seed: 3, numRuns: RUNS },
    );
  });
});
