import { fingerprintRange } from './normalize';
import type { Paragraph, Span } from './types';

const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

/**
 * Paragraphs are non-blank lines: one paragraph per line (as scraped articles come) or blocks separated by
 * blank lines both work, because a blank line simply yields nothing. Consecutive non-blank lines are
 * separate paragraphs; wrapped prose is rare in scraped news and treating lines as units keeps every
 * paragraph's removal a whole-line edit. Line breaks are `\r\n`, `\r` and `\n`, as in VS Code.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  scanParagraphs(text, (start, end, line) => {
    paragraphs.push({ start, end, index: paragraphs.length, line, endLine: line, hash: fingerprintRange(text, start, end) });
  });
  return paragraphs;
}

/** The same paragraphs as `splitParagraphs`, as bare spans: no hashing, for callers that only need layout. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  scanParagraphs(text, (start, end) => {
    spans.push({ start, end });
  });
  return spans;
}

function scanParagraphs(text: string, emit: (start: number, end: number, line: number) => void): void {
  // Native searches find the line breaks far faster than a loop over every character; only the ends of
  // each line are inspected for spaces.
  const hasCarriageReturn = text.indexOf('\r') >= 0;
  const lineBreak = /\r\n?|\n/g;
  let lineStart = 0;
  let line = 0;
  for (;;) {
    let breakAt: number;
    let breakLength = 1;
    if (hasCarriageReturn) {
      const match = lineBreak.exec(text);
      breakAt = match ? match.index : -1;
      if (match) breakLength = match[0].length;
    } else {
      breakAt = text.indexOf('\n', lineStart);
    }
    const lineEnd = breakAt < 0 ? text.length : breakAt;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isHorizontalSpace(text.charCodeAt(start))) start++;
    while (end > start && isHorizontalSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) emit(start, end, line);
    if (breakAt < 0) return;
    lineStart = breakAt + breakLength;
    line++;
  }
}

/** Whitespace other than line breaks (everything `\s` matches except CR and LF), plus zero-width spaces. */
export function isHorizontalSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === BOM
  );
}

/** Start of the line containing `offset` (after a leading byte-order mark, which no edit may remove). */
export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === LF || c === CR) return i;
    i--;
  }
  return offset > 0 && text.charCodeAt(0) === BOM ? 1 : 0;
}

/** Where the line containing `offset` ends: the offset of its line break, or the text's length. */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return i;
}

/**
 * The span that removes paragraphs `first..last` (indexes into `paragraphs`, in text order) as whole lines,
 * together with exactly one separator (line break and any blank lines), so the paragraphs around them end up
 * separated as before:
 * - by default the block's lines and the separator after them go, and the separator before stays: every
 *   kept line keeps its own line break (this is deleting whole lines);
 * - with `separatorBefore`, or when nothing follows the block, the separator before the block goes instead,
 *   so whatever ended the text (a final line break, trailing blank lines, or nothing) stays as it was.
 */
export function removalSpan(text: string, paragraphs: readonly Span[], first: number, last: number, separatorBefore = false): Span {
  const previous = paragraphs[first - 1];
  const next = paragraphs[last + 1];
  if (next && !(separatorBefore && previous)) {
    return { start: lineStartAt(text, paragraphs[first].start), end: lineStartAt(text, next.start) };
  }
  const end = lineEndAt(text, paragraphs[last].end);
  if (previous) return { start: lineEndAt(text, previous.end), end };
  return { start: lineStartAt(text, paragraphs[first].start), end };
}
