/**
 * Safe removal of duplicate paragraphs: pure functions from text and findings to text edits. A removal is a
 * finding's `removal` span: the copies' whole lines plus exactly one separator (see `removalSpan`), so nothing
 * but the copies and their separators is ever deleted, line endings and a missing final newline stay as they
 * were, and fixing twice is a no-op. Spans are checked against the text before use.
 */
import { findDuplicates } from './duplicates';
import { fingerprintRange } from './normalize';
import { paragraphSpans, removalSpan, splitParagraphs } from './paragraphs';
import type { DuplicateFinding, DuplicateOptions, Span } from './types';

/** A paragraph's layout, with its fingerprint when the caller already has it (from `splitParagraphs`). */
type Layout = Span & { readonly hash?: string };

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface RemoveAllResult {
  readonly text: string;
  /** Number of paragraphs removed. */
  readonly removed: number;
  readonly edits: TextEdit[];
  readonly findings: DuplicateFinding[];
}

/**
 * Edits that remove the given findings' copies with exactly one separator each; sorted and non-overlapping.
 * The edit for a finding deletes exactly `finding.removal`; the removals of findings from one analysis never
 * overlap, and any subset of them can be applied together. A finding that does not match `text` (stale: its
 * paragraphs are not where it says, an exact copy no longer equals its original, or its removal is not one
 * of the two safe shapes) is ignored rather than allowed to delete the wrong text, as is a finding whose
 * removal overlaps an earlier one.
 */
export function removalEdits(text: string, findings: readonly DuplicateFinding[]): TextEdit[] {
  return editsForRemoval(text, paragraphSpans(text), findings);
}

/**
 * "Keep this version instead": removes the original paragraph(s) of a finding and keeps the copy. Returns no
 * edits for a stale finding.
 */
export function keepThisVersionEdits(text: string, finding: DuplicateFinding): TextEdit[] {
  const paragraphs = paragraphSpans(text);
  if (!isCurrent(text, paragraphs, finding)) return [];
  const first = finding.originals[0];
  const span = removalSpan(text, paragraphs, first, finding.originals[finding.originals.length - 1]);
  return [{ start: span.start, end: span.end, newText: '' }];
}

/** Applies sorted or unsorted, non-overlapping edits. Throws RangeError on overlapping or out-of-range edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let position = 0;
  for (const edit of sorted) {
    if (!(edit.start >= position && edit.end >= edit.start && edit.end <= text.length)) {
      throw new RangeError(`Edit [${edit.start}, ${edit.end}) overlaps another edit or lies outside the text (length ${text.length})`);
    }
    parts.push(text.slice(position, edit.start), edit.newText);
    position = edit.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/** Finds the duplicates in `text` and removes them all. */
export function removeAllDuplicates(text: string, options?: DuplicateOptions): RemoveAllResult {
  const paragraphs = splitParagraphs(text);
  const findings = findDuplicates(text, paragraphs, options);
  const edits = editsForRemoval(text, paragraphs, findings);
  const removed = findings.reduce((sum, finding) => sum + finding.paragraphs.length, 0);
  return { text: applyEdits(text, edits), removed, edits, findings };
}

function editsForRemoval(text: string, paragraphs: readonly Layout[], findings: readonly DuplicateFinding[]): TextEdit[] {
  const removals = findings
    .filter((finding) => isCurrent(text, paragraphs, finding) && hasSafeRemoval(text, paragraphs, finding))
    .map((finding) => finding.removal)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: TextEdit[] = [];
  let position = 0;
  for (const removal of removals) {
    if (removal.start < position) continue; // the same finding twice, or findings from different analyses
    edits.push({ start: removal.start, end: removal.end, newText: '' });
    position = removal.end;
  }
  return edits;
}

/** The removal is the copies' lines with the separator after them, or with the separator before them. */
function hasSafeRemoval(text: string, paragraphs: readonly Span[], finding: DuplicateFinding): boolean {
  const first = finding.paragraphs[0];
  const last = finding.paragraphs[finding.paragraphs.length - 1];
  const { start, end } = finding.removal;
  return [false, true].some((separatorBefore) => {
    const safe = removalSpan(text, paragraphs, first, last, separatorBefore);
    return safe.start === start && safe.end === end;
  });
}

/** Whether a finding still describes `text`: its paragraphs are where it says, consecutive, with earlier originals. */
function isCurrent(text: string, paragraphs: readonly Layout[], finding: DuplicateFinding): boolean {
  const copies = finding.paragraphs;
  const originals = finding.originals;
  if (copies.length === 0 || copies.length !== originals.length) return false;
  for (let k = 0; k < copies.length; k++) {
    const copy = copies[k];
    const original = originals[k];
    if (!Number.isInteger(copy) || !Number.isInteger(original) || original < 0 || copy >= paragraphs.length) return false;
    if (original >= copies[0] || (k > 0 && (copy !== copies[k - 1] + 1 || original !== originals[k - 1] + 1))) return false;
    if (finding.kind === 'exact') {
      const a = paragraphs[copy];
      const b = paragraphs[original];
      if (fingerprintOf(text, a) !== fingerprintOf(text, b)) return false;
    }
  }
  return finding.span.start === paragraphs[copies[0]].start && finding.span.end === paragraphs[copies[copies.length - 1]].end;
}

function fingerprintOf(text: string, paragraph: Layout): string {
  return paragraph.hash ?? fingerprintRange(text, paragraph.start, paragraph.end);
}
