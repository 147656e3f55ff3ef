/** `news-lens lint` findings and their three output formats: text (compiler style), JSON and SARIF 2.1.0. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FINDING_CODES, helpUrl, reportsFor, type FindingCode } from '../core/messages';
import type { Analysis } from '../core/types';

/** Lines are 1-based; columns are 1-based UTF-16 code units; `endColumn` is exclusive (one past the end). */
export interface LintFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'warning';
  readonly code: FindingCode;
  readonly message: string;
  /** Where the first copy starts, for duplicates; null for unclosed quotes. */
  readonly related: { readonly line: number; readonly column: number } | null;
}

const RULE_SUMMARIES: Record<FindingCode, string> = {
  'duplicate-paragraph': 'A paragraph (or run of paragraphs) repeats an earlier one after normalizing quotes, dashes and spacing.',
  'near-duplicate-paragraph': 'A paragraph (or run) is nearly identical to an earlier one: word 5-gram Jaccard similarity at or above the threshold.',
  'unclosed-quote': 'A quotation mark opens a quote that is not closed before the end of its paragraph.',
};

/** Offsets of the start of every line (after `\r\n`, `\r` or `\n`), for offset → line/column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Findings in text order: one per duplicate finding (a repeated run of paragraphs is one finding, as in the
 * editor) and, unless excluded, one per unclosed quote. Texts and codes are the editor's (core/messages).
 */
export function lintFindings(file: string, text: string, analysis: Analysis, exclude: ReadonlySet<FindingCode> = new Set()): LintFinding[] {
  const starts = lineStarts(text);
  const position = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
  const reports = reportsFor(analysis, { duplicates: true, unclosedQuotes: !exclude.has('unclosed-quote') });
  return reports
    .filter((report) => !exclude.has(report.code))
    .map((report) => {
      const start = position(report.span.start);
      const end = position(report.span.end);
      return {
        file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        severity: 'warning',
        code: report.code,
        message: report.message,
        related: report.related ? position(report.related.span.start) : null,
      };
    });
}

/** `file:line:col: warning: message [code]` — the format the `news-lens` problem matcher reads. */
export function formatTextFinding(finding: LintFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message} [${finding.code}]`;
}

function artifactUri(file: string, cwd: string): string {
  if (file === '-') return 'stdin';
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return relative.split(path.sep).map(encodeURIComponent).join('/');
  }
  return pathToFileURL(absolute).href;
}

/** A SARIF 2.1.0 log with one run; relative paths are relative to `%SRCROOT%` (the working directory). */
export function toSarif(findings: readonly LintFinding[], toolVersion: string, repositoryUrl: string, cwd: string): object {
  const ruleIndex = new Map(FINDING_CODES.map((code, i) => [code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'News Lens',
            version: toolVersion,
            informationUri: repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, ''),
            rules: FINDING_CODES.map((code) => ({
              id: code,
              shortDescription: { text: RULE_SUMMARIES[code] },
              helpUri: helpUrl(repositoryUrl, code),
              defaultConfiguration: { level: 'warning' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => {
          const uri = artifactUri(f.file, cwd);
          const artifactLocation = uri.includes(':') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
          return {
            ruleId: f.code,
            ruleIndex: ruleIndex.get(f.code),
            level: 'warning',
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
            ...(f.related
              ? {
                relatedLocations: [
                  {
                    id: 1,
                    message: { text: 'First copy' },
                    physicalLocation: { artifactLocation, region: { startLine: f.related.line, startColumn: f.related.column } },
                  },
                ],
              }
              : {}),
          };
        }),
      },
    ],
  };
}
