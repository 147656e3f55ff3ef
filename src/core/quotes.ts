import type { Paragraph, Problem, Quote, QuoteKind } from './types';

/** A quotation before attribution. */
export type FoundQuote = Omit<Quote, 'speakerId' | 'speakerMention' | 'cue'>;

/**
 * Finds direct quotations paragraph by paragraph, in one linear pass over the quote marks.
 *
 * - Double marks (straight, curly, low-9, guillemets) delimit quotations; single marks inside them are nested
 *   quotes and never close the outer one. Single-quoted quotations outside double ones are kept only when
 *   both marks are found in the paragraph, because a lone single mark is usually an apostrophe.
 * - Apostrophes (don't, Assad's, '90s, rock 'n' roll, 'em) never open or close anything.
 * - A quotation that runs on to the next paragraph, which opens with a quote mark again (the newspaper
 *   convention for multi-paragraph quotes), is reported as one quote per paragraph piece, each slice-true and
 *   `closed`; only a quotation whose paragraph ends without such a continuation is unclosed, reported as a
 *   problem and cut at the end of its paragraph (or before the next opening mark).
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): { quotes: FoundQuote[]; problems: Problem[] } {
  const quotes: FoundQuote[] = [];
  const problems: Problem[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const next = i + 1 < paragraphs.length ? paragraphs[i + 1] : undefined;
    scanParagraph(text, paragraph, next, quotes, problems);
  }
  return { quotes, problems };
}

const QUOTE_MARK = /["\u201C\u201D\u201E\u201F\u00AB\u00BB'\u2018\u2019\u201A\u201B\u2039\u203A]/g;

type MarkRole = 'open' | 'close' | 'either';

interface Mark {
  readonly at: number;
  /** 1, or 2 for a doubled apostrophe ('') standing for a double mark. */
  readonly length: number;
  readonly double: boolean;
  readonly role: MarkRole;
  readonly straight: boolean;
}

function classify(ch: string): { double: boolean; role: MarkRole; straight: boolean } {
  switch (ch) {
    case '"':
      return { double: true, role: 'either', straight: true };
    case '\u201C': // “
    case '\u201E': // „
    case '\u201F':
    case '\u00AB': // «
      return { double: true, role: 'open', straight: false };
    case '\u201D': // ”
    case '\u00BB': // »
      return { double: true, role: 'close', straight: false };
    case "'":
      return { double: false, role: 'either', straight: true };
    case '\u2018': // ‘
    case '\u201A':
    case '\u201B':
    case '\u2039':
      return { double: false, role: 'open', straight: false };
    default: // ’ ›
      return { double: false, role: 'close', straight: false };
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
/** Characters after which a quote mark opens a quotation. */
const OPENING_CONTEXT = new Set(['(', '[', '{', '\u2014', '\u2013', '-', ':', '/', '\u201C', '"', '\u2018', "'", '\u00AB']);
/** Words whose first letters an apostrophe elides: 'em, 'til, 'cause, rock 'n' roll. */
const ELIDED_WORDS = new Set(['em', 'til', 'till', 'cause', 'cos', 'tis', 'twas', 'bout', 'n', 'round', 'nother', 's']);

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LETTER_OR_DIGIT.test(ch);
}
function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || ch === '' || SPACE.test(ch);
}

/** Whether a single mark at `at` is an apostrophe rather than a quote mark. */
function isApostrophe(text: string, at: number, start: number, end: number): boolean {
  const before = at > start ? text[at - 1] : undefined;
  const after = at + 1 < end ? text[at + 1] : undefined;
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return true; // don't, Assad's, O'Neil
  if (isSpaceOrEdge(before) || (before !== undefined && OPENING_CONTEXT.has(before))) {
    // '90s, '08
    if (after !== undefined && /\d/.test(after)) {
      let j = at + 1;
      while (j < end && j - at <= 5 && /\d/.test(text[j])) j++;
      const digits = j - at - 1;
      if (digits === 2 && (j >= end || !isLetterOrDigit(text[j]) || text[j] === 's')) return true;
    }
    // 'em, 'til, rock 'n' roll
    let j = at + 1;
    while (j < end && j - at <= 7 && LETTER.test(text[j])) j++;
    const word = text.slice(at + 1, j).toLowerCase();
    if (word.length > 0 && ELIDED_WORDS.has(word) && (j >= end || !isLetterOrDigit(text[j]))) {
      const closesN = word === 'n' && (text[j] === "'" || text[j] === '\u2019');
      if (closesN || word !== 'n') return true;
    }
  }
  // The closing mark of 'n'.
  if (before === 'n' && at >= start + 2 && (text[at - 2] === "'" || text[at - 2] === '\u2019' || text[at - 2] === '\u2018')) {
    const beforeN = at - 3 >= start ? text[at - 3] : undefined;
    if (isSpaceOrEdge(beforeN)) return true;
  }
  return false;
}

function looksLikeOpener(text: string, at: number, start: number, end: number): boolean {
  const before = at > start ? text[at - 1] : undefined;
  const after = at + 1 < end ? text[at + 1] : undefined;
  if (isSpaceOrEdge(after)) return false;
  return isSpaceOrEdge(before) || (before !== undefined && OPENING_CONTEXT.has(before));
}

function looksLikeCloser(text: string, at: number, start: number, end: number): boolean {
  const before = at > start ? text[at - 1] : undefined;
  const after = at + 1 < end ? text[at + 1] : undefined;
  if (isSpaceOrEdge(before)) return false;
  return !isLetterOrDigit(after);
}

function collectMarks(text: string, paragraph: Paragraph): Mark[] {
  const marks: Mark[] = [];
  // Search the paragraph alone: a search of the whole text from here would run on to the next mark in a later
  // paragraph, which makes many mark-less paragraphs quadratic.
  const body = text.slice(paragraph.start, paragraph.end);
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(body); m !== null; m = QUOTE_MARK.exec(body)) {
    const at = paragraph.start + m.index;
    if (m[0] === "'" && text[at + 1] === "'" && at + 1 < paragraph.end) {
      // Two apostrophes typed for a double mark (''smooth'').
      marks.push({ at, length: 2, double: true, role: 'either', straight: true });
      QUOTE_MARK.lastIndex = m.index + 2;
      continue;
    }
    const kind = classify(m[0]);
    if (!kind.double && isApostrophe(text, at, paragraph.start, paragraph.end)) continue;
    marks.push({ at, length: 1, ...kind });
  }
  return marks;
}

/** Whether the paragraph opens with a double quote mark: the continuation of a multi-paragraph quote. */
function opensWithQuote(text: string, paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false;
  const ch = text[paragraph.start];
  return ch === '"' || ch === '\u201C' || ch === '\u201E' || ch === '\u00AB';
}

function scanParagraph(text: string, paragraph: Paragraph, next: Paragraph | undefined, quotes: FoundQuote[], problems: Problem[]): void {
  const { start, end } = paragraph;
  const marks = collectMarks(text, paragraph);
  // For each mark, the role of the next double mark after it: a straight mark inside a curly quotation closes
  // it (mixed styles are common in scraped text) unless a curly closer comes before the next opener.
  const nextDoubleRole: (MarkRole | null)[] = new Array<MarkRole | null>(marks.length).fill(null);
  for (let k = marks.length - 2; k >= 0; k--) {
    const following = marks[k + 1];
    nextDoubleRole[k] = following.double ? following.role : nextDoubleRole[k + 1];
  }

  let open: Mark | null = null; // open double quotation
  let inner: Mark | null = null; // open single quotation (nested, or top level)

  const emit = (from: number, to: number, contentStart: number, contentEnd: number, closed: boolean): void => {
    const kind = quoteKind(text, paragraph, from, to, contentStart, contentEnd);
    quotes.push({ start: from, end: to, text: text.slice(from, to), content: { start: contentStart, end: contentEnd }, kind, closed });
  };

  const closeUnclosedBefore = (limit: number): void => {
    if (!open) return;
    let to = limit;
    while (to > open.at + open.length && SPACE.test(text[to - 1])) to--;
    const continued = limit === end && opensWithQuote(text, next);
    emit(open.at, to, Math.min(open.at + open.length, to), to, continued);
    if (!continued) {
      problems.push({
        start: open.at,
        end: to,
        code: 'unclosed-quote',
        message: 'This quotation has no closing mark; it is taken to run to the end of its paragraph.',
      });
    }
    open = null;
    inner = null;
  };

  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k];
    const at = mark.at;
    if (mark.double) {
      if (open) {
        const curlyOpen = !open.straight;
        let closes: boolean;
        if (mark.role === 'close') closes = true;
        else if (mark.role === 'open') closes = looksLikeCloser(text, at, start, end) && !looksLikeOpener(text, at, start, end);
        else closes = !curlyOpen || (nextDoubleRole[k] !== 'close' && looksLikeCloser(text, at + mark.length - 1, start, end));
        if (closes) {
          emit(open.at, at + mark.length, open.at + open.length, at, true);
          open = null;
          inner = null;
        } else if (mark.role === 'open') {
          // A second opening mark: the first quotation was never closed.
          closeUnclosedBefore(at);
          open = mark;
        }
        continue;
      }
      // No quotation open.
      if (mark.role === 'open' || (looksLikeOpener(text, at, start, end) && !(mark.role === 'close' && looksLikeCloser(text, at, start, end)))) {
        if (inner && !open) inner = null; // a lone single mark before a double quotation was an apostrophe
        open = mark;
      }
      continue;
    }
    // Single marks.
    if (inner) {
      if (mark.role !== 'open' && looksLikeCloser(text, at, start, end)) {
        if (!open) emit(inner.at, at + 1, inner.at + 1, at, true);
        inner = null;
      }
      continue;
    }
    if (mark.role !== 'close' || !looksLikeCloser(text, at, start, end)) {
      if (looksLikeOpener(text, at, start, end)) inner = mark;
    }
  }
  closeUnclosedBefore(end);
}

const SENTENCE_END = /[.!?\u2026]/;

/** `full` when the quotation reads as a sentence of its own; `partial` when it is a fragment inside one. */
function quoteKind(text: string, paragraph: Paragraph, from: number, to: number, contentStart: number, contentEnd: number): QuoteKind {
  let s = contentStart;
  while (s < contentEnd && !isLetterOrDigit(text[s]) && !SENTENCE_END.test(text[s])) s++;
  if (s >= contentEnd) return 'partial';
  const first = text[s];
  let e = contentEnd;
  while (e > s && SPACE.test(text[e - 1])) e--;
  const last = text[e - 1];
  let b = from;
  while (b > paragraph.start && SPACE.test(text[b - 1])) b--;
  const before = b > paragraph.start ? text[b - 1] : '';
  const startsSentence = before === '' || before === ':' || SENTENCE_END.test(before) || OPENING_CONTEXT.has(before);
  // A paragraph that is only a quoted phrase without closing punctuation is a sub-heading, not a sentence.
  if (from === paragraph.start && to === paragraph.end && !/[.!?,;\u2026]/.test(last)) return 'partial';
  const lowercase = first !== first.toUpperCase() && first === first.toLowerCase();
  const ellipsisStart = first === '.' || first === '\u2026';
  if (lowercase) return startsSentence && before === '' ? 'full' : 'partial';
  if (startsSentence || ellipsisStart) return 'full';
  const endsLikeSentence = /[.!?,;\u2026\u2014]/.test(last);
  if (before === ',' && endsLikeSentence) return 'full';
  // An upper-case fragment inside a sentence: a full quotation only if it holds a sentence's worth of words.
  if (!endsLikeSentence) return 'partial';
  let words = 0;
  for (let i = s; i < e && words < 6; i++) if (SPACE.test(text[i]) && !SPACE.test(text[i - 1])) words++;
  return words >= 5 ? 'full' : 'partial';
}
