/** The engine's public surface: what the CLI, the bench and eval scripts, and other tools may use. */
export * from './types';
export { analyze, Analyzer } from './analyze';
export { splitParagraphs } from './paragraphs';
export { normalizeForComparison, fingerprint } from './normalize';
export { findDuplicates, DEFAULT_SIMILARITY, DEFAULT_SHINGLE_SIZE } from './duplicates';
export { removalEdits, keepThisVersionEdits, applyEdits, removeAllDuplicates } from './fix';
export type { TextEdit, RemoveAllResult } from './fix';
export { reportsFor, duplicateMessage, FINDING_CODES } from './messages';
export type { FindingCode, Report } from './messages';
