import type { Analysis, Entity, EntityType, Quote, Span, Speaker } from './types';

/**
 * What the editor colours from an analysis. The order is the semantic token legend's: a token's type index
 * is its kind's position here.
 */
export type HighlightKind = 'person' | 'place' | 'organization' | 'date' | 'number' | 'speaker' | 'quote';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'place', 'organization', 'date', 'number', 'speaker', 'quote'];

/** `all`: every entity type; `people`: persons only; `off`: no entities (speakers and quotes stay). */
export type EntityHighlighting = 'all' | 'people' | 'off';
export const ENTITY_HIGHLIGHTING: readonly EntityHighlighting[] = ['all', 'people', 'off'];

export interface HighlightOptions {
  readonly entities: EntityHighlighting;
  /**
   * The analysed text: when given, bracketed editorial insertions inside quotes ("[the envoy]") are left
   * out of quote tokens, as the grammar does, since they are not the speaker's words.
   */
  readonly text?: string;
}

export interface HighlightToken extends Span {
  readonly kind: HighlightKind;
}

/** How many items a step handles before handing control back to a sliced driver. */
const STEP_ITEMS = 128;

function entityShown(type: EntityType, setting: EntityHighlighting): boolean {
  return setting === 'all' || (setting === 'people' && type === 'person');
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * A sorted copy of spans (by start, longer first), yielding every few hundred items: a bottom-up merge sort
 * that costs one linear pass when the input is already sorted (the engine reports most spans in order).
 */
function* sortedSteps<T extends Span>(items: readonly T[]): Generator<void, T[], void> {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) {
    if (byStart(items[i - 1], items[i]) > 0) sorted = false;
    if (i % (STEP_ITEMS * 4) === 0) yield;
  }
  if (sorted) return items.slice();
  let source = items.slice();
  let target = new Array<T>(source.length);
  let work = 0;
  for (let width = 1; width < source.length; width *= 2) {
    for (let low = 0; low < source.length; low += 2 * width) {
      const middle = Math.min(low + width, source.length);
      const high = Math.min(low + 2 * width, source.length);
      let left = low;
      let right = middle;
      for (let k = low; k < high; k++) {
        target[k] = left < middle && (right >= high || byStart(source[left], source[right]) <= 0) ? source[left++] : source[right++];
        if (++work % (STEP_ITEMS * 4) === 0) yield;
      }
    }
    [source, target] = [target, source];
  }
  return source;
}

function sortedCopy<T extends Span>(items: readonly T[]): T[] {
  return runToEnd(sortedSteps(items));
}

/** Where a quote or claim names (or refers to) its resolved speaker: coloured as `speaker`. */
function* speakerMentionSteps(analysis: Analysis): Generator<void, Span[], void> {
  const mentions: Span[] = [];
  for (const items of [analysis.quotes, analysis.claims]) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.speakerId !== null && item.speakerMention && item.speakerMention.end > item.speakerMention.start) mentions.push(item.speakerMention);
      if (i % (STEP_ITEMS * 4) === 0) yield;
    }
  }
  return yield* sortedSteps(mentions);
}

/**
 * Builds the sorted, non-overlapping highlight tokens of an analysis into `out`, yielding every few hundred
 * items so a driver can spread the work over several event-loop turns. Where spans overlap, a speaker
 * mention wins over an entity, an entity over the quote around it (the quote is split around it).
 */
export function* highlightSteps(analysis: Analysis, options: HighlightOptions, out: HighlightToken[]): Generator<void, HighlightToken[], void> {
  const mentions = yield* speakerMentionSteps(analysis);
  const entities: Entity[] = [];
  for (let i = 0; i < analysis.entities.length; i++) {
    const entity = analysis.entities[i];
    if (entityShown(entity.type, options.entities) && entity.end > entity.start) entities.push(entity);
    if (i % (STEP_ITEMS * 4) === 0) yield;
  }
  const sortedEntities = yield* sortedSteps(entities);

  // Atoms: speaker mentions and entities, greedily made non-overlapping in reading order.
  const atoms: HighlightToken[] = [];
  let m = 0;
  let e = 0;
  let work = 0;
  while (m < mentions.length || e < sortedEntities.length) {
    const takeMention = e >= sortedEntities.length || (m < mentions.length && mentions[m].start <= sortedEntities[e].start);
    const next: HighlightToken = takeMention
      ? { start: mentions[m].start, end: mentions[m].end, kind: 'speaker' }
      : { start: sortedEntities[e].start, end: sortedEntities[e].end, kind: sortedEntities[e].type };
    if (takeMention) m++;
    else e++;
    const last = atoms[atoms.length - 1];
    if (!last || next.start >= last.end) atoms.push(next);
    else if (next.kind === 'speaker' && last.kind !== 'speaker') atoms[atoms.length - 1] = next;
    if (++work % STEP_ITEMS === 0) yield;
  }

  // Quotes with a resolved speaker, split around the atoms inside them; atoms are emitted in order.
  const quotes = yield* sortedSteps(analysis.quotes.filter((quote) => quote.speakerId !== null));
  let a = 0;
  let covered = 0;
  const emitAtomsBefore = (offset: number): void => {
    while (a < atoms.length && atoms[a].start < offset) {
      out.push(atoms[a]);
      covered = Math.max(covered, atoms[a].end);
      a++;
    }
  };
  const text = options.text;
  /** Bracketed insertions inside a quote, found by scanning only the quote's own characters. */
  const insertionsOf = (quote: Span): Span[] => {
    const found: Span[] = [];
    if (text === undefined) return found;
    let open = -1;
    for (let i = quote.start; i < quote.end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x5b && open < 0) open = i;
      else if (code === 0x5d && open >= 0) {
        found.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    if (open >= 0) found.push({ start: open, end: quote.end });
    return found;
  };
  let insertions: Span[] = [];
  const pushQuotePiece = (start: number, end: number): void => {
    let from = start;
    for (const insertion of insertions) {
      if (insertion.end <= from || insertion.start >= end) continue;
      if (insertion.start > from) out.push({ start: from, end: insertion.start, kind: 'quote' });
      from = Math.max(from, insertion.end);
    }
    if (end > from) out.push({ start: from, end, kind: 'quote' });
  };
  for (const quote of quotes) {
    emitAtomsBefore(quote.start);
    insertions = insertionsOf(quote);
    let cursor = Math.max(quote.start, covered);
    while (cursor < quote.end) {
      const atom = atoms[a];
      const pieceEnd = atom && atom.start < quote.end ? atom.start : quote.end;
      if (pieceEnd > cursor) pushQuotePiece(cursor, pieceEnd);
      if (!atom || atom.start >= quote.end) break;
      out.push(atom);
      covered = Math.max(covered, atom.end);
      cursor = Math.max(cursor, atom.end);
      a++;
    }
    covered = Math.max(covered, quote.end);
    if (++work % STEP_ITEMS === 0) yield;
  }
  emitAtomsBefore(Number.POSITIVE_INFINITY);
  return out;
}

/** The highlight tokens of an analysis, computed in one go (tests, CLI, small documents). */
export function highlightTokens(analysis: Analysis, options: HighlightOptions): HighlightToken[] {
  return runToEnd(highlightSteps(analysis, options, []));
}

/** Line layout of a text: where each line's content starts and ends (line breaks: CRLF, LF, CR). */
export interface LineTable {
  readonly starts: readonly number[];
  /** Exclusive end of each line's content, before its line break. */
  readonly ends: readonly number[];
}

export function* lineTableSteps(text: string): Generator<void, LineTable, void> {
  const starts: number[] = [0];
  const ends: number[] = [];
  const chunk = 16_384;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      ends.push(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
    if (i % chunk === chunk - 1) yield;
  }
  ends.push(text.length);
  return { starts, ends };
}

export function lineTable(text: string): LineTable {
  return runToEnd(lineTableSteps(text));
}

/**
 * Encodes tokens in the LSP/VS Code relative format (deltaLine, deltaStart, length, type, modifiers),
 * splitting any token that crosses a line break into one token per line, since editors need single-line
 * tokens. Only the part of each token inside `[range.start, range.end)` is kept, when a range is given.
 */
export function* encodeSteps(tokens: readonly HighlightToken[], lines: LineTable, range?: Span): Generator<void, Uint32Array, void> {
  const data: number[] = [];
  let previousLine = 0;
  let previousStart = 0;
  let line = 0;
  const from = range ? firstEndingAfter(tokens, range.start) : 0;
  for (let t = from; t < tokens.length; t++) {
    const token = tokens[t];
    const start = range ? Math.max(token.start, range.start) : token.start;
    const end = range ? Math.min(token.end, range.end) : token.end;
    if (range && token.start >= range.end) break;
    while (line + 1 < lines.starts.length && lines.starts[line + 1] <= start) line++;
    let pieceStart = start;
    let pieceLine = line;
    while (pieceStart < end && pieceLine < lines.starts.length) {
      const pieceEnd = Math.min(end, lines.ends[pieceLine]);
      if (pieceEnd > pieceStart) {
        const character = pieceStart - lines.starts[pieceLine];
        data.push(pieceLine - previousLine, pieceLine === previousLine ? character - previousStart : character, pieceEnd - pieceStart, HIGHLIGHT_KINDS.indexOf(token.kind), 0);
        previousLine = pieceLine;
        previousStart = character;
      }
      pieceLine++;
      if (pieceLine < lines.starts.length) pieceStart = Math.max(pieceStart, lines.starts[pieceLine]);
    }
    if (t % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  return Uint32Array.from(data);
}

export function encodeTokens(tokens: readonly HighlightToken[], lines: LineTable, range?: Span): Uint32Array {
  return runToEnd(encodeSteps(tokens, lines, range));
}

/** Index of the first token that ends after `offset` (tokens are sorted and non-overlapping). */
function firstEndingAfter(tokens: readonly HighlightToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Work this long before yielding to the event loop. */
  readonly sliceMs?: number;
  readonly isCancelled?: () => boolean;
  /** How to yield; by default a macrotask, so pending I/O and messages run in between. */
  readonly pause?: () => Promise<void>;
  readonly now?: () => number;
  /**
   * A clock of this process's CPU time in ms (e.g. from `process.cpuUsage()`), to also report each slice's
   * CPU time: on a loaded machine wall time includes the moments the OS runs other processes.
   */
  readonly cpuNow?: () => number;
}

export interface SliceStats {
  readonly slices: number;
  /** The longest stretch of synchronous work, in ms of wall time. */
  readonly longestSliceMs: number;
  /** The most CPU time one slice used, in ms (0 without `cpuNow`). */
  readonly longestSliceCpuMs: number;
}

/**
 * Runs a step generator in time slices, yielding between them, so a long computation never blocks the
 * event loop for much more than `sliceMs`. Resolves undefined when cancelled.
 */
export async function runSliced<T>(steps: Generator<void, T, void>, options: SliceOptions = {}): Promise<{ value: T; stats: SliceStats } | undefined> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const cpuNow = options.cpuNow ?? (() => 0);
  let slices = 0;
  let longest = 0;
  let longestCpu = 0;
  for (;;) {
    if (options.isCancelled?.()) return undefined;
    const started = now();
    const cpuStarted = cpuNow();
    slices++;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        longest = Math.max(longest, now() - started);
        longestCpu = Math.max(longestCpu, cpuNow() - cpuStarted);
        return { value: step.value, stats: { slices, longestSliceMs: longest, longestSliceCpuMs: longestCpu } };
      }
      if (now() - started >= sliceMs) break;
    }
    longest = Math.max(longest, now() - started);
    longestCpu = Math.max(longestCpu, cpuNow() - cpuStarted);
    await pause();
  }
}

// Hover targets ---------------------------------------------------------------------------------------

export type HoverTarget =
  | { readonly kind: 'speaker'; readonly span: Span; readonly speaker: Speaker }
  | { readonly kind: 'entity'; readonly span: Span; readonly entity: Entity; readonly mentions: number; readonly speaker: Speaker | null }
  | { readonly kind: 'quote'; readonly span: Span; readonly quote: Quote; readonly index: number; readonly speaker: Speaker | null; readonly otherQuotes: number };

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function entityKey(entity: Pick<Entity, 'type' | 'text'>): string {
  return `${entity.type}\u0000${entity.text.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** What is under `offset`, most specific first: a speaker mention, an entity, the quote around them. */
export function hoverTargetsAt(analysis: Analysis, offset: number): HoverTarget[] {
  const targets: HoverTarget[] = [];
  const speakersById = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const speakerOfMention = analysis.speakers.find((speaker) => speaker.mentions.some((mention) => contains(mention, offset)));
  const attributed = [...analysis.quotes, ...analysis.claims].find((item) => item.speakerId !== null && item.speakerMention && contains(item.speakerMention, offset));
  const mentionSpeaker = attributed ? speakersById.get(attributed.speakerId ?? '') : speakerOfMention;
  const mentionSpan = attributed?.speakerMention ?? speakerOfMention?.mentions.find((mention) => contains(mention, offset));
  if (mentionSpeaker && mentionSpan) targets.push({ kind: 'speaker', span: mentionSpan, speaker: mentionSpeaker });

  const entity = analysis.entities.find((candidate) => contains(candidate, offset));
  if (entity) {
    const key = entityKey(entity);
    let mentions = 0;
    for (const other of analysis.entities) if (entityKey(other) === key) mentions++;
    targets.push({ kind: 'entity', span: entity, entity, mentions, speaker: mentionSpeaker ?? null });
  }

  const index = analysis.quotes.findIndex((quote) => contains(quote, offset));
  if (index >= 0) {
    const quote = analysis.quotes[index];
    const speaker = quote.speakerId !== null ? speakersById.get(quote.speakerId) ?? null : null;
    targets.push({ kind: 'quote', span: quote, quote, index, speaker, otherQuotes: speaker ? speaker.quotes.filter((i) => i !== index).length : 0 });
  }
  return targets;
}

// Outline and folding --------------------------------------------------------------------------------

export interface OutlineQuote {
  readonly span: Span;
  /** The speaker's name, or "Unattributed". */
  readonly name: string;
  /** The quote's first words. */
  readonly detail: string;
}

export interface OutlineParagraph {
  readonly span: Span;
  /** The paragraph's first words. */
  readonly name: string;
  /** "¶ 3", plus "copy of ¶ 2" for duplicated paragraphs. */
  readonly detail: string;
  readonly quotes: readonly OutlineQuote[];
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return '';
  return words.length > count ? `${words.slice(0, count).join(' ')}\u2026` : words.join(' ');
}

/** Paragraphs by their first words, each with its quotes by speaker: for the Outline view and breadcrumbs. */
export function outline(analysis: Analysis, text: string): OutlineParagraph[] {
  const speakersById = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker]));
  const copyOf = new Map<number, number>();
  for (const finding of analysis.duplicates) finding.paragraphs.forEach((paragraph, i) => copyOf.set(paragraph, finding.originals[i]));
  const quotes = sortedCopy(analysis.quotes);
  let q = 0;
  return analysis.paragraphs.map((paragraph) => {
    const inside: OutlineQuote[] = [];
    while (q < quotes.length && quotes[q].start < paragraph.start) q++;
    for (let i = q; i < quotes.length && quotes[i].start < paragraph.end; i++) {
      const quote = quotes[i];
      const speaker = quote.speakerId !== null ? speakersById.get(quote.speakerId) : undefined;
      inside.push({
        span: { start: quote.start, end: Math.min(quote.end, paragraph.end) },
        name: speaker?.name ?? 'Unattributed',
        detail: firstWords(text.slice(quote.content.start, quote.content.end)),
      });
    }
    const original = copyOf.get(paragraph.index);
    return {
      span: { start: paragraph.start, end: paragraph.end },
      name: firstWords(text.slice(paragraph.start, paragraph.end)) || `Paragraph ${paragraph.index + 1}`,
      detail: original === undefined ? `\u00B6 ${paragraph.index + 1}` : `\u00B6 ${paragraph.index + 1}, copy of \u00B6 ${original + 1}`,
      quotes: inside,
    };
  });
}

export interface LineBlock {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * Folding blocks: each run of paragraphs on consecutive lines (a multi-line paragraph, or one-paragraph-
 * per-line text between blank lines), and each paragraph spanning several lines. Single lines never fold.
 */
export function foldingBlocks(analysis: Analysis): LineBlock[] {
  const blocks = new Map<string, LineBlock>();
  const add = (startLine: number, endLine: number): void => {
    if (endLine > startLine) blocks.set(`${startLine}:${endLine}`, { startLine, endLine });
  };
  let runStart = -1;
  let runEnd = -1;
  for (const paragraph of analysis.paragraphs) {
    if (runStart >= 0 && paragraph.line === runEnd + 1) {
      runEnd = paragraph.endLine;
    } else {
      add(runStart, runEnd);
      runStart = paragraph.line;
      runEnd = paragraph.endLine;
    }
    add(paragraph.line, paragraph.endLine);
  }
  add(runStart, runEnd);
  return [...blocks.values()].sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
}
