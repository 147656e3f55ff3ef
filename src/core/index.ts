export * from './types';
export { analyze, Analyzer } from './analyze';
export { splitParagraphs } from './paragraphs';
export { normalizeForComparison, fingerprint } from './normalize';
