/**
 * Property tests of the CLI's byte layer: decoding and re-encoding, the fix plan over every supported
 * encoding, and the dry-run diff (checked by applying it with an independent little patcher).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { removeAllDuplicates } from '../../src/core/fix';
import { unifiedDiff } from '../../src/cli/diff';
import { decodeText, encodeText, type TextEncodingName } from '../../src/cli/encoding';
import { planFix } from '../../src/cli/fixFile';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const PARAGRAPHS = [
  'The ferry council met late on Tuesday.',
  '“Fares will rise,” the mayor said.',
  'שלום — said the visitor, smiling 🙂 at the quay.',
  'Zoë’s café re\u0301opened after the storm.',
  '"It\'s over," she said.',
  'Continue reading the main story',
];
const SEPARATORS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n'];
const ENCODINGS: { encoding: TextEncodingName; bom: boolean }[] = [
  { encoding: 'utf-8', bom: false },
  { encoding: 'utf-8', bom: true },
  { encoding: 'utf-16le', bom: true },
  { encoding: 'utf-16be', bom: true },
];

/** Documents made of a few paragraphs (so copies are frequent), any separators, with or without a final one. */
const documentArb = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(PARAGRAPHS.length - 1), fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 12 }),
    fc.boolean(),
  )
  .map(([parts, finalSeparator]) =>
    parts.map(([p, sep], i) => PARAGRAPHS[p] + (i < parts.length - 1 || finalSeparator ? sep : '')).join(''));

/** Applies a unified diff to `text` line by line, independently of diff.ts. */
function applyUnifiedDiff(text: string, diff: string): string {
  if (diff === '') return text;
  const oldLines = text.split(/(?<=\n)/).filter((l) => l !== '');
  const rows = diff.split('\n');
  assert.match(rows[0], /^--- /);
  assert.match(rows[1], /^\+\+\+ /);
  const out: string[] = [];
  let cursor = 0;
  let i = 2;
  while (i < rows.length && rows[i] !== '') {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(rows[i]);
    assert.ok(header, `hunk header: ${rows[i]}`);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const oldStart = oldCount === 0 ? Number(header[1]) : Number(header[1]) - 1;
    while (cursor < oldStart) out.push(oldLines[cursor++]);
    i++;
    let seenOld = 0;
    let last: { list: 'old' | 'new' | 'both' } | null = null;
    while (i < rows.length && rows[i] !== '' && !rows[i].startsWith('@@')) {
      const row = rows[i];
      const body = row.slice(1) + '\n';
      if (row.startsWith('\\')) {
        // The previous line had no newline: strip the one added to an added line (context lines are copied as is).
        assert.ok(last);
        if (last.list === 'new') out[out.length - 1] = out[out.length - 1].slice(0, -1);
      } else if (row[0] === ' ') {
        assert.equal(oldLines[cursor].replace(/\n?$/, '\n'), body, 'context line');
        out.push(oldLines[cursor++]);
        seenOld++;
        last = { list: 'both' };
      } else if (row[0] === '-') {
        assert.equal(oldLines[cursor].replace(/\n?$/, '\n'), body, 'removed line');
        cursor++;
        seenOld++;
        last = { list: 'old' };
      } else {
        assert.equal(row[0], '+');
        out.push(body);
        last = { list: 'new' };
      }
      i++;
    }
    assert.equal(seenOld, oldCount, 'hunk old line count');
  }
  while (cursor < oldLines.length) out.push(oldLines[cursor++]);
  return out.join('');
}

describe('news-lens CLI byte layer (properties)', function () {
  this.timeout(120_000);

  it('decodes and re-encodes any text byte for byte in every supported encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...ENCODINGS), (raw, like) => {
        const text = raw.split('\u0000').join('');
        const bytes = encodeText(text, like);
        const decoded = decodeText(bytes);
        assert.ok(decoded.ok);
        assert.equal(decoded.value.text, text);
        assert.equal(decoded.value.encoding, like.encoding);
        assert.deepEqual(Buffer.from(encodeText(decoded.value.text, decoded.value)), Buffer.from(bytes));
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
  });

  it('refuses arbitrary bytes unless they decode and re-encode exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeText(bytes);
        if (decoded.ok) assert.deepEqual(Buffer.from(encodeText(decoded.value.text, decoded.value)), Buffer.from(bytes));
      }),
      { numRuns: RUNS * 4, seed: 20261124 },
    );
  });

  it('plans fixes that remove exactly what the engine removes, keep the encoding, and are idempotent; the diff reproduces them', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(...ENCODINGS), (text, like) => {
        const bytes = encodeText(text, like);
        const decoded = decodeText(bytes);
        assert.ok(decoded.ok);
        const plan = planFix('doc', bytes, decoded.value, {});
        const expected = removeAllDuplicates(text);
        assert.equal(plan.text, expected.text);
        assert.equal(plan.removed, expected.removed);
        assert.deepEqual(Buffer.from(plan.bytes), Buffer.from(encodeText(expected.text, like)));
        assert.equal(applyUnifiedDiff(text, plan.diff), plan.text);
        assert.equal(plan.diff === '', plan.removed === 0);

        const again = decodeText(plan.bytes);
        assert.ok(again.ok);
        assert.equal(planFix('doc', plan.bytes, again.value, {}).removed, 0);
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
  });

  it('diffs arbitrary deletions so that applying the diff gives the edited text', () => {
    const caseArb = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' '), maxLength: 60 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 4 })));
    fc.assert(
      fc.property(caseArb, ([text, ranges]) => {
        // Non-overlapping deletions from the random ranges.
        const edits: { start: number; end: number; newText: string }[] = [];
        let floor = 0;
        for (const [a, b] of [...ranges].map(([x, y]) => [Math.min(x, y), Math.max(x, y)]).sort((x, y) => x[0] - y[0])) {
          if (a < floor || b === a) continue;
          edits.push({ start: a, end: b, newText: '' });
          floor = b;
        }
        let edited = '';
        let cursor = 0;
        for (const e of edits) {
          edited += text.slice(cursor, e.start);
          cursor = e.end;
        }
        edited += text.slice(cursor);
        assert.equal(applyUnifiedDiff(text, unifiedDiff('a', 'b', text, edits)), edited);
      }),
      { numRuns: RUNS * 2, seed: 20261124 },
    );
  });
});
