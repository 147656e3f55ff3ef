/**
 * The engine's data model. Every span is a half-open `[start, end)` range of UTF-16 code-unit offsets into
 * the exact text given to `analyze`, so `text.slice(span.start, span.end)` is always the reported text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

export type EntityType = 'person' | 'place' | 'organization' | 'date' | 'number';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'date', 'number'];

export interface Entity extends TextSpan {
  readonly type: EntityType;
}

/** A paragraph's content, without its line terminator(s). */
export interface Paragraph extends Span {
  /** 0-based position among the paragraphs. */
  readonly index: number;
  /** 0-based line of `start` and of `end`. */
  readonly line: number;
  readonly endLine: number;
  /** Fingerprint of the normalized text: equal for paragraphs that differ only in quote style, spacing, dashes. */
  readonly hash: string;
}

/** `full`: the quote is a whole sentence or more; `partial`: a fragment quoted inside a sentence. */
export type QuoteKind = 'full' | 'partial';

export interface Quote extends TextSpan {
  /** The span between the marks (for an unclosed quote: up to the end of its paragraph). */
  readonly content: Span;
  readonly kind: QuoteKind;
  /** False when no closing mark was found; the quote then stops at its paragraph's end. */
  readonly closed: boolean;
  /** Id of the speaker it is attributed to, or null. */
  readonly speakerId: string | null;
  /** Where the speaker is named (or referred to by a pronoun) for this quote, if in the text. */
  readonly speakerMention: Span | null;
  /** The verb of saying or phrase ("said", "according to") linking quote and speaker. */
  readonly cue: TextSpan | null;
}

/** Reported (indirect) speech: `Clinton said the United States and Russia have agreed …`. */
export interface Claim extends TextSpan {
  readonly speakerId: string | null;
  readonly speakerMention: Span | null;
  readonly cue: TextSpan | null;
}

export type SpeakerKind = 'person' | 'group' | 'organization';

export interface Speaker {
  /** Stable across edits that don't rename the speaker: derived from the canonical name. */
  readonly id: string;
  /** The fullest name used in the text ("Hillary Clinton"). */
  readonly name: string;
  /** A role the text gives ("U.S. Secretary of State"), or null. */
  readonly role: string | null;
  readonly kind: SpeakerKind;
  /** Other surface forms used for this speaker ("Clinton"). */
  readonly aliases: readonly string[];
  readonly mentions: readonly Span[];
  /** Indexes into `Analysis.quotes` and `Analysis.claims`, in reading order. */
  readonly quotes: readonly number[];
  readonly claims: readonly number[];
}

export type DuplicateKind = 'exact' | 'near';

/**
 * A run of consecutive paragraphs that repeats an earlier run. `paragraphs[i]` copies `originals[i]`.
 */
export interface DuplicateFinding {
  readonly kind: DuplicateKind;
  readonly paragraphs: readonly number[];
  readonly originals: readonly number[];
  /** 1 for exact copies; the lowest Jaccard similarity in the run for near-duplicates. */
  readonly similarity: number;
  /** From the first copied paragraph's start to the last one's end. */
  readonly span: Span;
  /** What a removal deletes: the copies and exactly one separator, so no blank line is doubled or lost. */
  readonly removal: Span;
}

export type ProblemCode = 'unclosed-quote' | 'not-text' | 'too-large';

export interface Problem extends Span {
  readonly code: ProblemCode;
  readonly message: string;
}

export interface Analysis {
  /** Length of the analysed text in UTF-16 code units. */
  readonly length: number;
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly speakers: readonly Speaker[];
  readonly entities: readonly Entity[];
  readonly duplicates: readonly DuplicateFinding[];
  readonly problems: readonly Problem[];
}

export interface DuplicateOptions {
  /** Minimum word 5-gram Jaccard similarity for a near-duplicate, 0..1; 1 or more turns them off. */
  readonly similarity?: number;
  /** Shingle length in words. */
  readonly shingleSize?: number;
}

export interface AnalyzeOptions {
  /** User lexicon: surface form → entity type ("Hezbollah" → organization). */
  readonly lexicon?: Readonly<Record<string, EntityType>>;
  readonly duplicates?: DuplicateOptions;
  /** Skip entity/quote analysis and only split paragraphs and find duplicates. */
  readonly duplicatesOnly?: boolean;
}
