import type { ParagraphParse } from './nlp';
import type { FoundQuote } from './quotes';
import type { Claim, Entity, Paragraph, Quote, Speaker } from './types';

/** PLACEHOLDER until the engine lands. */
export function attribute(
  _text: string,
  _paragraphs: readonly Paragraph[],
  quotes: readonly FoundQuote[],
  _entities: readonly Entity[],
  _parses: readonly ParagraphParse[],
): { quotes: Quote[]; claims: Claim[]; speakers: Speaker[] } {
  return { quotes: quotes.map((q) => ({ ...q, speakerId: null, speakerMention: null, cue: null })), claims: [], speakers: [] };
}
