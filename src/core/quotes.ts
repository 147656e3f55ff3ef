import type { Paragraph, Problem, Quote } from './types';

/** A quotation before attribution. */
export type FoundQuote = Omit<Quote, 'speakerId' | 'speakerMention' | 'cue'>;

/** PLACEHOLDER until the engine lands. */
export function findQuotes(_text: string, _paragraphs: readonly Paragraph[]): { quotes: FoundQuote[]; problems: Problem[] } {
  return { quotes: [], problems: [] };
}
