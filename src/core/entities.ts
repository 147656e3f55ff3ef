import type { ParagraphParse } from './nlp';
import type { Entity, EntityType, Paragraph } from './types';

/** PLACEHOLDER until the engine lands. */
export function extractEntities(
  _text: string,
  _paragraphs: readonly Paragraph[],
  _parses: readonly ParagraphParse[],
  _lexicon: Readonly<Record<string, EntityType>> | undefined,
): Entity[] {
  return [];
}
