import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findDuplicates } from '../../src/core/duplicates';
import { applyEdits, keepThisVersionEdits, removalEdits, removeAllDuplicates } from '../../src/core/fix';
import { splitParagraphs } from '../../src/core/paragraphs';
import type { DuplicateFinding } from '../../src/core/types';

// Invented one-line paragraphs (exact duplicates need no length) and a long one for near-duplicates.
const A = 'The ferry will run late on Fridays.';
const B = 'Fares stay the same until spring.';
const C = 'The quay is closed for repairs.';
const LONG =
  'The harbour council voted on Tuesday to keep the night ferry running through the winter months, citing a rise in late commuters. ' +
  'Residents of the eastern quarter said the new timetable would let them reach the hospital without changing buses twice. ' +
  'A spokesperson for the operator declined to say how much the extra crossings would cost.';
const LONG_EDITED = LONG.replace('Tuesday', 'Monday');

function findingsOf(text: string): DuplicateFinding[] {
  return findDuplicates(text, splitParagraphs(text), undefined);
}

describe('removeAllDuplicates', () => {
  const cases: { name: string; input: string; expected: string; removed: number }[] = [
    { name: 'LF, one paragraph per line', input: `${A}\n${B}\n${A}\n${C}\n`, expected: `${A}\n${B}\n${C}\n`, removed: 1 },
    { name: 'CRLF', input: `${A}\r\n${B}\r\n${A}\r\n${C}\r\n`, expected: `${A}\r\n${B}\r\n${C}\r\n`, removed: 1 },
    { name: 'CR only', input: `${A}\r${B}\r${A}\r${C}`, expected: `${A}\r${B}\r${C}`, removed: 1 },
    { name: 'mixed endings keep each kept line its own break', input: `${A}\r\n${B}\n${A}\r${C}\r\n`, expected: `${A}\r\n${B}\n${C}\r\n`, removed: 1 },
    { name: 'blank-line separated', input: `${A}\n\n${B}\n\n${A}\n\n${C}\n`, expected: `${A}\n\n${B}\n\n${C}\n`, removed: 1 },
    { name: 'blank-line separated CRLF', input: `${A}\r\n\r\n${B}\r\n\r\n${A}\r\n\r\n${C}`, expected: `${A}\r\n\r\n${B}\r\n\r\n${C}`, removed: 1 },
    { name: 'duplicate is the last paragraph, final newline kept', input: `${A}\n${B}\n${A}\n`, expected: `${A}\n${B}\n`, removed: 1 },
    { name: 'duplicate is the last paragraph, no final newline', input: `${A}\n${B}\n${A}`, expected: `${A}\n${B}`, removed: 1 },
    { name: 'duplicate is last after a blank line, no final newline', input: `${A}\n\n${B}\n\n${A}`, expected: `${A}\n\n${B}`, removed: 1 },
    { name: 'duplicate is last, trailing blank lines kept', input: `${A}\n\n${B}\n\n${A}\n\n\n`, expected: `${A}\n\n${B}\n\n\n`, removed: 1 },
    { name: 'adjacent copies', input: `${A}\n${A}\n${B}\n`, expected: `${A}\n${B}\n`, removed: 1 },
    { name: 'adjacent copies at the end', input: `${A}\n${A}\n${A}`, expected: `${A}`, removed: 2 },
    { name: 'adjacent copies at the end with final CRLF', input: `${B}\r\n${A}\r\n${A}\r\n${A}\r\n`, expected: `${B}\r\n${A}\r\n`, removed: 2 },
    { name: 'three copies spread out', input: `${A}\n\n${B}\n\n${A}\n\n${C}\n\n${A}\n`, expected: `${A}\n\n${B}\n\n${C}\n`, removed: 2 },
    { name: 'a copied run', input: `${A}\n${B}\n${C}\n${A}\n${B}\n`, expected: `${A}\n${B}\n${C}\n`, removed: 2 },
    { name: 'a copied run in the middle with blank lines', input: `${A}\n\n${B}\n\n${A}\n\n${B}\n\n${C}\n`, expected: `${A}\n\n${B}\n\n${C}\n`, removed: 2 },
    { name: 'trailing spaces go with the removed line only', input: `${A}  \n${B}\t\n${A}   \n${C} \n`, expected: `${A}  \n${B}\t\n${C} \n`, removed: 1 },
    { name: 'leading spaces go with the removed line only', input: `  ${A}\n ${B}\n\t${A}\n${C}`, expected: `  ${A}\n ${B}\n${C}`, removed: 1 },
    { name: 'whitespace-only lines between paragraphs count as separator', input: `${A}\n  \n${B}\n \t \n${A}\n\n${C}`, expected: `${A}\n  \n${B}\n \t \n${C}`, removed: 1 },
    { name: 'leading blank lines stay', input: `\n\n${A}\n${A}\n`, expected: `\n\n${A}\n`, removed: 1 },
    { name: 'byte-order mark stays', input: `\ufeff${A}\n${B}\n${A}\n`, expected: `\ufeff${A}\n${B}\n`, removed: 1 },
    { name: 'near-duplicates are removed too', input: `${LONG}\n\n${B}\n\n${LONG_EDITED}\n`, expected: `${LONG}\n\n${B}\n`, removed: 1 },
    { name: 'nothing to remove', input: `${A}\n${B}\n`, expected: `${A}\n${B}\n`, removed: 0 },
    { name: 'empty text', input: '', expected: '', removed: 0 },
    { name: 'rules are not duplicates', input: `${A}\n***\n${B}\n***\n`, expected: `${A}\n***\n${B}\n***\n`, removed: 0 },
  ];
  for (const { name, input, expected, removed } of cases) {
    it(name, () => {
      const result = removeAllDuplicates(input);
      assert.equal(result.text, expected);
      assert.equal(result.removed, removed);
      assert.equal(removeAllDuplicates(result.text).text, result.text, 'a second fix changes nothing');
    });
  }

  const seed = path.resolve(__dirname, '../../../../shared/seeds/000_5d0278a4d8633017.txt');
  (fs.existsSync(seed) ? it : it.skip)('leaves the seed article with 11 paragraphs and nothing else changed', () => {
    const text = fs.readFileSync(seed, 'utf8');
    const result = removeAllDuplicates(text);
    const lines = text.split('\n');
    const expected = lines.filter((_, i) => ![4, 8, 9].includes(i)).join('\n');
    assert.equal(result.text, expected);
    assert.equal(splitParagraphs(result.text).length, 11);
    assert.equal(result.removed, 3);
  });
});

describe('removalEdits', () => {
  it('deletes exactly each finding\'s `removal` when given that finding alone', () => {
    const texts = [
      `${A}\n${B}\n${A}\n${C}\n${B}\n${C}`,
      `${A}\r\n\r\n${B}\r\n\r\n${A}\r\n\r\n${B}\r\n`,
      `${A}\n${A}\n${A}`,
    ];
    for (const text of texts) {
      for (const finding of findingsOf(text)) {
        assert.deepEqual(removalEdits(text, [finding]), [{ start: finding.removal.start, end: finding.removal.end, newText: '' }]);
      }
    }
  });

  it('gives adjacent findings touching, not overlapping, edits so no separator is doubled', () => {
    const text = `${B}\n${A}\n${A}\n${A}\n`;
    const findings = findingsOf(text);
    assert.equal(findings.length, 2);
    const edits = removalEdits(text, findings);
    assert.deepEqual(edits.map((e) => text.slice(e.start, e.end)), [`\n${A}`, `\n${A}`]);
    assert.equal(edits[0].end, edits[1].start);
    assert.equal(applyEdits(text, edits), `${B}\n${A}\n`);
  });

  it('ignores a finding whose removal is not one of the safe shapes', () => {
    const text = `${A}\n${B}\n${A}\n${C}\n`;
    const [finding] = findingsOf(text);
    const greedy = { ...finding, removal: { start: finding.removal.start - 1, end: finding.removal.end } };
    assert.deepEqual(removalEdits(text, [greedy]), []);
  });

  it('ignores the same finding given twice', () => {
    const text = `${A}\n${B}\n${A}\n${C}\n`;
    const [finding] = findingsOf(text);
    assert.equal(applyEdits(text, removalEdits(text, [finding, finding])), `${A}\n${B}\n${C}\n`);
  });

  it('removes only the findings it is given', () => {
    const text = `${A}\n${B}\n${A}\n${B}\n${C}\n${A}\n`;
    const findings = findingsOf(text);
    assert.equal(findings.length, 2);
    assert.equal(applyEdits(text, removalEdits(text, [findings[1]])), `${A}\n${B}\n${A}\n${B}\n${C}\n`);
  });

  const staleCases: { name: string; edit: (text: string) => string }[] = [
    { name: 'a line inserted above', edit: (text) => `New first line.\n${text}` },
    { name: 'the copy edited', edit: (text) => text.replace(/([^\n]*)\n$/, 'Something else entirely.\n') },
    { name: 'the text emptied', edit: () => '' },
  ];
  for (const { name, edit } of staleCases) {
    it(`ignores a stale finding: ${name}`, () => {
      const text = `${A}\n${B}\n${A}\n`;
      const [finding] = findingsOf(text);
      const changed = edit(text);
      assert.deepEqual(removalEdits(changed, [finding]), []);
    });
  }

  it('ignores malformed findings', () => {
    const text = `${A}\n${B}\n${A}\n`;
    const [finding] = findingsOf(text);
    const malformed: DuplicateFinding[] = [
      { ...finding, paragraphs: [] , originals: [] },
      { ...finding, originals: [2] },
      { ...finding, paragraphs: [7], originals: [0] },
      { ...finding, paragraphs: [2, 3], originals: [0, 1] },
    ];
    for (const f of malformed) assert.deepEqual(removalEdits(text, [f]), []);
  });
});

describe('keepThisVersionEdits', () => {
  const cases: { name: string; input: string; expected: string }[] = [
    { name: 'original first, copy later', input: `${LONG}\n\n${B}\n\n${LONG_EDITED}\n`, expected: `${B}\n\n${LONG_EDITED}\n` },
    { name: 'original in the middle, CRLF', input: `${A}\r\n${LONG}\r\n${B}\r\n${LONG_EDITED}`, expected: `${A}\r\n${B}\r\n${LONG_EDITED}` },
    { name: 'original right before the copy', input: `${A}\n${LONG}\n${LONG_EDITED}\n`, expected: `${A}\n${LONG_EDITED}\n` },
    { name: 'byte-order mark stays when the first paragraph goes', input: `\ufeff${LONG}\n${LONG_EDITED}`, expected: `\ufeff${LONG_EDITED}` },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const [finding] = findingsOf(input);
      assert.equal(finding.kind, 'near');
      assert.equal(applyEdits(input, keepThisVersionEdits(input, finding)), expected);
    });
  }

  it('returns no edits for a stale finding', () => {
    const text = `${LONG}\n${LONG_EDITED}\n`;
    const [finding] = findingsOf(text);
    assert.deepEqual(keepThisVersionEdits(`${A}\n${text}`, finding), []);
  });
});

describe('applyEdits', () => {
  const cases: { name: string; edits: { start: number; end: number; newText: string }[]; expected: string }[] = [
    { name: 'no edits', edits: [], expected: 'abcdef' },
    { name: 'unsorted edits', edits: [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: '' }], expected: 'bcdEf' },
    { name: 'insertion and touching edits', edits: [{ start: 2, end: 2, newText: '+' }, { start: 2, end: 4, newText: '' }], expected: 'ab+ef' },
  ];
  for (const { name, edits, expected } of cases) {
    it(name, () => assert.equal(applyEdits('abcdef', edits), expected));
  }

  it('rejects overlapping and out-of-range edits', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]), RangeError);
    assert.throws(() => applyEdits('abc', [{ start: 1, end: 9, newText: '' }]), RangeError);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 1, newText: '' }]), RangeError);
  });
});
