/**
 * What News Lens reports about a document, independent of the front end: the VS Code diagnostics and the
 * CLI's lint output share these codes, texts and help anchors so the two never disagree.
 */
import type { Analysis, DuplicateFinding, Paragraph, Span } from './types';

export type FindingCode = 'duplicate-paragraph' | 'near-duplicate-paragraph' | 'unclosed-quote';

export const FINDING_CODES: readonly FindingCode[] = ['duplicate-paragraph', 'near-duplicate-paragraph', 'unclosed-quote'];

/** The README section (GitHub-style heading anchor) that explains each code. */
export function helpAnchor(code: FindingCode): string {
  return code;
}

/**
 * The help page of a code: the repository's web address (as written in package.json, `.git` and `git+`
 * stripped) with the README section's anchor.
 */
export function helpUrl(repositoryUrl: string, code: FindingCode): string {
  const base = repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  return `${base}#${helpAnchor(code)}`;
}

/** Percentage shown for a near-duplicate: rounded down, so "100%" is never claimed for an inexact copy. */
export function similarityPercent(similarity: number): number {
  if (!Number.isFinite(similarity)) return 0;
  return Math.max(0, Math.min(99, Math.floor(similarity * 100 + 1e-9)));
}

/** "line 4", "lines 7–8" or "lines 3, 6" (1-based), for the paragraphs a finding copies. */
export function describeLines(paragraphs: readonly Pick<Paragraph, 'line' | 'endLine'>[]): string {
  if (paragraphs.length === 0) return 'line ?';
  const first = paragraphs[0].line + 1;
  const last = paragraphs[paragraphs.length - 1].endLine + 1;
  if (paragraphs.length === 1 && first === last) return `line ${first}`;
  const contiguous = paragraphs.every((p, i) => i === 0 || p.line === paragraphs[i - 1].endLine + 1);
  if (contiguous) return `lines ${first}\u2013${last}`;
  return `lines ${paragraphs.map((p) => p.line + 1).join(', ')}`;
}

/** "Duplicate of the paragraph at line 4" / "Near-duplicate (92% similar) of the paragraphs at lines 7–8". */
export function duplicateMessage(
  finding: Pick<DuplicateFinding, 'kind' | 'similarity' | 'originals'>,
  originals: readonly Pick<Paragraph, 'line' | 'endLine'>[],
): string {
  const what = finding.originals.length > 1 ? 'paragraphs' : 'paragraph';
  const where = describeLines(originals);
  return finding.kind === 'exact'
    ? `Duplicate of the ${what} at ${where}`
    : `Near-duplicate (${similarityPercent(finding.similarity)}% similar) of the ${what} at ${where}`;
}

export function duplicateCode(finding: Pick<DuplicateFinding, 'kind'>): FindingCode {
  return finding.kind === 'exact' ? 'duplicate-paragraph' : 'near-duplicate-paragraph';
}

/** One reportable finding, with offsets into the analysed text. */
export interface Report {
  readonly code: FindingCode;
  readonly message: string;
  readonly span: Span;
  /** Where the first copy is, for duplicates. */
  readonly related?: { readonly span: Span; readonly message: string };
  /** Exact copies add nothing: editors may fade them. */
  readonly unnecessary: boolean;
  /** Index into `Analysis.duplicates` for duplicate reports. */
  readonly duplicateIndex?: number;
}

export interface ReportOptions {
  readonly duplicates?: boolean;
  readonly unclosedQuotes?: boolean;
  /** At most this many reports (editors show a bounded number anyway; this bounds the work too). */
  readonly limit?: number;
}

/** The findings of an analysis as reports, in text order: one per duplicate finding (a run is one) and per unclosed quote. */
export function reportsFor(analysis: Analysis, options: ReportOptions = {}): Report[] {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const reports: Report[] = [];
  if (options.duplicates !== false) {
    analysis.duplicates.forEach((finding, duplicateIndex) => {
      const originals = finding.originals.map((i) => analysis.paragraphs[i]).filter((p): p is Paragraph => p !== undefined);
      if (originals.length === 0) return;
      const first = originals[0];
      const last = originals[originals.length - 1];
      reports.push({
        code: duplicateCode(finding),
        message: duplicateMessage(finding, originals),
        span: finding.span,
        related: { span: { start: first.start, end: last.end }, message: originals.length > 1 ? 'First copy of these paragraphs' : 'First copy of this paragraph' },
        unnecessary: finding.kind === 'exact',
        duplicateIndex,
      });
    });
  }
  if (options.unclosedQuotes !== false) {
    for (const problem of analysis.problems) {
      if (problem.code !== 'unclosed-quote') continue;
      reports.push({ code: 'unclosed-quote', message: problem.message, span: { start: problem.start, end: problem.end }, unnecessary: false });
    }
  }
  reports.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return reports.length > limit ? reports.slice(0, limit) : reports;
}

/** How many paragraphs the duplicate findings would remove. */
export function duplicateParagraphCount(analysis: Pick<Analysis, 'duplicates'>): number {
  let count = 0;
  for (const finding of analysis.duplicates) count += finding.paragraphs.length;
  return count;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The status bar summary: "3 speakers · 9 claims · 3 duplicates" (claims count quotes and reported speech). */
export function summaryText(analysis: Pick<Analysis, 'speakers' | 'quotes' | 'claims' | 'duplicates'>): string {
  return [
    plural(analysis.speakers.length, 'speaker'),
    plural(analysis.quotes.length + analysis.claims.length, 'claim'),
    plural(duplicateParagraphCount(analysis), 'duplicate'),
  ].join(' \u00b7 ');
}

export function removeAllTitle(paragraphCount: number): string {
  return `Remove all ${plural(paragraphCount, 'duplicate paragraph')}`;
}
