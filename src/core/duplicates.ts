import type { DuplicateFinding, DuplicateOptions, Paragraph } from './types';

/** PLACEHOLDER until the duplicates feature lands. */
export function findDuplicates(_text: string, _paragraphs: readonly Paragraph[], _options: DuplicateOptions | undefined): DuplicateFinding[] {
  return [];
}
