import { fingerprint } from './normalize';
import type { Paragraph } from './types';

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Paragraphs are non-blank lines: one paragraph per line (as scraped articles come) or blocks separated by
 * blank lines both work, because a blank line simply yields nothing. Consecutive non-blank lines are
 * separate paragraphs; wrapped prose is rare in scraped news and treating lines as units keeps every
 * paragraph's removal a whole-line edit.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let line = 0;
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isHorizontalSpace(text.charCodeAt(s))) s++;
    while (e > s && isHorizontalSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      paragraphs.push({ start: s, end: e, index: paragraphs.length, line, endLine: line, hash: fingerprint(text.slice(s, e)) });
    }
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    push(lineStart, m.index);
    lineStart = m.index + m[0].length;
    line++;
  }
  push(lineStart, text.length);
  return paragraphs;
}

function isHorizontalSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}
