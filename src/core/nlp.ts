/**
 * The only module that talks to compromise, so its quirks are handled once:
 * - match-level offsets are wrong when a match starts with punctuation, so every span here is built from
 *   TERM offsets, each checked against the text;
 * - `json({offset:true})` on views is quadratic on large texts, so offsets are computed once per parse with
 *   `compute('offset')` and read from the terms;
 * - parsing costs ~7 µs per character, so each paragraph is parsed once and kept in a bounded LRU cache;
 * - its cost grows faster than linearly with a sentence's length, so a long paragraph is parsed in pieces of
 *   whole sentences, and a run-on stretch without sentence ends is cut at a clause or word boundary;
 * - its last default step groups terms into noun and verb phrases ("chunks"), which nothing here reads, and
 *   costs about 8% of a parse, so it is dropped from the steps every parse runs.
 */
import nlp from 'compromise';
import { detach } from './strings';
import type { Span } from './types';

dropUnusedParseSteps();

function dropUnusedParseSteps(): void {
  try {
    const world = nlp.world() as { hooks?: unknown };
    const hooks = world.hooks;
    if (!Array.isArray(hooks)) return;
    const chunks = hooks.indexOf('chunks');
    if (chunks >= 0) hooks.splice(chunks, 1);
  } catch {
    // An unexpected compromise build keeps its default steps: slower, never wrong.
  }
}

export interface Term extends Span {
  readonly text: string;
  /** compromise's tags for the term ("Person", "Verb", "ProperNoun", …). */
  readonly tags: readonly string[];
}

/** One paragraph's parse. All offsets are absolute (into the analysed text). */
export interface ParagraphParse {
  readonly terms: readonly Term[];
  readonly sentences: readonly Span[];
  readonly people: readonly Span[];
  readonly places: readonly Span[];
  readonly organizations: readonly Span[];
  readonly dates: readonly Span[];
  readonly numbers: readonly Span[];
  /**
   * Identity of the cached parse this one was shifted from: the same object for every read of the same
   * cached paragraph, so later stages can cache their own per-paragraph work against it (in a WeakMap).
   */
  readonly source?: object;
}

/** The object identifying a parse's cached original (see `ParagraphParse.source`). */
export function parseIdentity(parse: ParagraphParse): object {
  return parse.source ?? parse;
}

/**
 * Paragraphs longer than this are not given to compromise: real paragraphs are a few KB, and a megabyte
 * "paragraph" (a log, a minified blob) would block for seconds while yielding nothing useful.
 */
export const MAX_PARSED_PARAGRAPH_LENGTH = 100_000;

/**
 * Paragraphs up to this length are parsed whole; longer ones in pieces of at most this length. Well above
 * a news paragraph (so those parse exactly as compromise sees them), well below where compromise's cost
 * on one run-on sentence turns superlinear.
 */
export const PARSE_PIECE_LENGTH = 4_000;

/** The fields of compromise's term objects this module reads (its published `Term` type omits offsets). */
interface CompromiseTerm {
  readonly text: string;
  readonly tags: Set<string>;
  readonly offset?: { readonly start: number; readonly length: number };
}

const EMPTY_PARSE: ParagraphParse = { terms: [], sentences: [], people: [], places: [], organizations: [], dates: [], numbers: [] };

export class ParagraphParseCache {
  /** Insertion order is recency order: a hit is deleted and re-inserted, the oldest entry is evicted. */
  private readonly entries = new Map<string, { readonly key: string; readonly parse: ParagraphParse }>();
  /** Identical tag sets share one frozen array: most terms carry one of a few hundred sets. */
  private readonly tagSets = new Map<string, readonly string[]>();
  private parsedCount = 0;

  constructor(readonly capacity: number) {}

  /** How many paragraphs were actually parsed by compromise (cache misses) since construction. */
  get parsed(): number {
    return this.parsedCount;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Parses `paragraph`, which starts at `offset` in the analysed text; offsets in the result are absolute.
   * Never throws: text compromise can't handle yields an empty parse.
   */
  parse(paragraphSlice: string, offset: number): ParagraphParse {
    // Keyed by the exact text rather than a digest: no collision can ever hand back another paragraph's terms.
    let entry = this.entries.get(paragraphSlice);
    if (entry) {
      this.entries.delete(paragraphSlice);
    } else {
      // Kept as a copy: the key and every term's text would otherwise keep this version of the document alive.
      const paragraph = detach(paragraphSlice);
      entry = { key: paragraph, parse: this.parseUncached(paragraph) };
      this.parsedCount++;
    }
    if (this.capacity > 0) {
      this.entries.set(entry.key, entry);
      while (this.entries.size > this.capacity) {
        const oldest = this.entries.keys().next();
        if (oldest.done) break;
        this.entries.delete(oldest.value);
      }
    }
    return offset === 0 ? entry.parse : shiftParse(entry.parse, offset);
  }

  private parseUncached(paragraph: string): ParagraphParse {
    if (paragraph.length === 0 || paragraph.length > MAX_PARSED_PARAGRAPH_LENGTH) return EMPTY_PARSE;
    try {
      return this.runCompromise(paragraph);
    } catch {
      return EMPTY_PARSE;
    }
  }

  private runCompromise(paragraph: string): ParagraphParse {
    const terms: Term[] = [];
    const sentences: Span[] = [];
    if (paragraph.length <= PARSE_PIECE_LENGTH) {
      this.parsePiece(paragraph, 0, terms, sentences);
    } else {
      for (const piece of splitIntoPieces(paragraph, PARSE_PIECE_LENGTH)) {
        this.parsePiece(paragraph.slice(piece.start, piece.end), piece.start, terms, sentences);
      }
    }
    return {
      terms,
      sentences,
      people: runsOfTag(terms, 'Person', isHonorific),
      places: runsOfTag(terms, 'Place', () => false),
      organizations: runsOfTag(terms, 'Organization', () => false),
      dates: runsOfTag(terms, 'Date', () => false),
      numbers: runsOfTag(terms, 'Value', () => false),
    };
  }

  /** Parses one piece starting at `pieceStart` in the paragraph, appending its terms and sentences shifted by it. */
  private parsePiece(piece: string, pieceStart: number, terms: Term[], sentences: Span[]): void {
    const doc = nlp(piece);
    doc.compute('offset');
    const sentencesOfTerms = doc.docs as unknown as CompromiseTerm[][];
    let cursor = 0;
    let previousEnd = 0;
    for (const sentence of sentencesOfTerms) {
      let first: Span | null = null;
      let last: Span | null = null;
      for (const term of sentence) {
        const located = locateTerm(piece, term, cursor);
        if (!located) continue;
        cursor = located.end;
        first ??= located;
        last = located;
        terms.push({ start: located.start + pieceStart, end: located.end + pieceStart, text: piece.slice(located.start, located.end), tags: this.internTags(term.tags) });
      }
      if (first && last) {
        const span = { start: sentenceStart(piece, first.start, previousEnd), end: sentenceEnd(piece, last.end) };
        previousEnd = span.end;
        sentences.push({ start: span.start + pieceStart, end: span.end + pieceStart });
      }
    }
  }

  private internTags(tags: Set<string>): readonly string[] {
    const list = [...tags];
    const key = list.join(',');
    let shared = this.tagSets.get(key);
    if (!shared) {
      shared = Object.freeze(list);
      this.tagSets.set(key, shared);
    }
    return shared;
  }
}

/**
 * Consecutive pieces covering `paragraph`, each at most `limit` long: whole sentences (as compromise splits
 * them) packed together, and a longer sentence cut at the latest clause break, else word break, else code
 * point boundary before the limit.
 */
export function splitIntoPieces(paragraph: string, limit: number): Span[] {
  const pieces: Span[] = [];
  let pieceStart = 0;
  let pieceEnd = 0;
  for (const sentence of sentenceSpans(paragraph)) {
    if (sentence.end - pieceStart <= limit) {
      pieceEnd = sentence.end;
      continue;
    }
    if (pieceEnd > pieceStart) pieces.push({ start: pieceStart, end: pieceEnd });
    pieceStart = pieceEnd;
    while (sentence.end - pieceStart > limit) {
      const cut = cutBefore(paragraph, pieceStart, pieceStart + limit);
      pieces.push({ start: pieceStart, end: cut });
      pieceStart = cut;
    }
    pieceEnd = sentence.end;
  }
  if (pieceEnd > pieceStart) pieces.push({ start: pieceStart, end: pieceEnd });
  return pieces;
}

/** compromise's own sentence split as spans, or the whole paragraph as one if it doesn't cover the text. */
function sentenceSpans(paragraph: string): Span[] {
  const whole = [{ start: 0, end: paragraph.length }];
  let parts: unknown;
  try {
    const world = nlp.world() as { methods?: { one?: { tokenize?: { splitSentences?: (text: string, world: unknown) => unknown } } } };
    parts = world.methods?.one?.tokenize?.splitSentences?.(paragraph, world);
  } catch {
    return whole;
  }
  if (!Array.isArray(parts)) return whole;
  const spans: Span[] = [];
  let start = 0;
  for (const part of parts) {
    if (typeof part !== 'string' || !paragraph.startsWith(part, start)) return whole;
    if (part.length > 0) spans.push({ start, end: start + part.length });
    start += part.length;
  }
  return start === paragraph.length ? spans : whole;
}

/**
 * Where to end a piece that starts at `from` and may not pass `limit`: after the whitespace following the
 * last clause mark (so names and numbers stay whole), else after the last whitespace, else at `limit`
 * moved back off a surrogate pair's second half. Only the window's second half is searched so that
 * pieces stay long.
 */
function cutBefore(paragraph: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  let wordBreak = -1;
  for (let i = limit; i > floor; i--) {
    if (!/\s/.test(paragraph[i - 1]) || /\s/.test(paragraph[i] ?? '')) continue;
    if (/[,;:—–)\]"”’]/.test(paragraph[i - 2] ?? '')) return i;
    if (wordBreak < 0) wordBreak = i;
  }
  if (wordBreak > 0) return wordBreak;
  const code = paragraph.charCodeAt(limit);
  const previous = paragraph.charCodeAt(limit - 1);
  return code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff ? limit - 1 : limit;
}

/** Where compromise's term really is: its offset when it agrees with the text, else the next occurrence. */
function locateTerm(paragraph: string, term: CompromiseTerm, cursor: number): Span | null {
  const text = typeof term.text === 'string' ? term.text : '';
  if (text.length === 0) return null;
  const offset = term.offset;
  if (offset && offset.start >= cursor && paragraph.startsWith(text, offset.start)) {
    return { start: offset.start, end: offset.start + text.length };
  }
  const found = paragraph.indexOf(text, cursor);
  return found < 0 ? null : { start: found, end: found + text.length };
}

/** A sentence starts at its opening quote mark or bracket, if any, not at its first word. */
function sentenceStart(paragraph: string, firstTermStart: number, previousEnd: number): number {
  let start = firstTermStart;
  while (start > previousEnd && /["'“‘«([]/.test(paragraph[start - 1])) start--;
  return start;
}

/** A sentence ends after its last term's trailing punctuation and closing marks (not its spaces). */
function sentenceEnd(paragraph: string, lastTermEnd: number): number {
  let end = lastTermEnd;
  while (end < paragraph.length && /[.!?…"'”’)\]]/.test(paragraph[end])) end++;
  return end;
}

function isHonorific(term: Term): boolean {
  return term.tags.includes('Honorific');
}

/**
 * Runs of consecutive terms carrying `tag`, split where punctuation other than a hyphen or apostrophe
 * separates two terms ("Paris, France" is two places) and after a possessive ("Syria's army").
 */
function runsOfTag(terms: readonly Term[], tag: string, skip: (term: Term) => boolean): Span[] {
  const runs: Span[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    const tagged = term.tags.includes(tag) && !skip(term);
    const joined = start >= 0 && term.start - end <= 1 && i > 0 && !terms[i - 1].tags.includes('Possessive');
    if (tagged && start >= 0 && joined) {
      end = term.end;
      continue;
    }
    if (start >= 0) runs.push({ start, end });
    start = tagged ? term.start : -1;
    end = tagged ? term.end : -1;
  }
  if (start >= 0) runs.push({ start, end });
  return runs;
}

let knownWords: Readonly<Record<string, unknown>> | null = null;

/** Whether compromise's lexicon knows the lowercase word: unknown capitalized words are likely names. */
export function isKnownWord(lower: string): boolean {
  return dictionaryTag(lower) !== null;
}

/** compromise's lexicon tag for a lowercase word ("Demonym" for "australian"), or null if unknown. */
export function dictionaryTag(lower: string): string | null {
  if (!knownWords) {
    try {
      const world = nlp.world() as { model?: { one?: { lexicon?: Record<string, unknown> } } };
      knownWords = world.model?.one?.lexicon ?? {};
    } catch {
      knownWords = {};
    }
  }
  if (!Object.prototype.hasOwnProperty.call(knownWords, lower)) return null;
  const tag = knownWords[lower];
  return typeof tag === 'string' ? tag : Array.isArray(tag) && typeof tag[0] === 'string' ? tag[0] : '';
}

function shiftParse(parse: ParagraphParse, offset: number): ParagraphParse {
  return new ShiftedParse(parse, offset);
}

/**
 * A cached parse seen at another offset. Fields are shifted on first use only: later stages that cache their
 * own per-paragraph work (by `source`) never pay for shifting the terms of unchanged paragraphs.
 */
class ShiftedParse implements ParagraphParse {
  private shiftedTerms: readonly Term[] | null = null;
  private shiftedSpans = new Map<string, readonly Span[]>();

  constructor(
    private readonly original: ParagraphParse,
    private readonly offset: number,
  ) {}

  get source(): object {
    return parseIdentity(this.original);
  }

  get terms(): readonly Term[] {
    if (!this.shiftedTerms) {
      const offset = this.offset;
      this.shiftedTerms = this.original.terms.map((t) => ({ start: t.start + offset, end: t.end + offset, text: t.text, tags: t.tags }));
    }
    return this.shiftedTerms;
  }

  get sentences(): readonly Span[] {
    return this.spans('sentences');
  }

  get people(): readonly Span[] {
    return this.spans('people');
  }

  get places(): readonly Span[] {
    return this.spans('places');
  }

  get organizations(): readonly Span[] {
    return this.spans('organizations');
  }

  get dates(): readonly Span[] {
    return this.spans('dates');
  }

  get numbers(): readonly Span[] {
    return this.spans('numbers');
  }

  private spans(field: 'sentences' | 'people' | 'places' | 'organizations' | 'dates' | 'numbers'): readonly Span[] {
    let shifted = this.shiftedSpans.get(field);
    if (!shifted) {
      const offset = this.offset;
      shifted = this.original[field].map((s) => ({ start: s.start + offset, end: s.end + offset }));
      this.shiftedSpans.set(field, shifted);
    }
    return shifted;
  }
}
