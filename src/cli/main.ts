/** `news-lens` command-line front end: analyze, lint and fix news text files. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { repository, version } from '../../package.json';
import { FINDING_CODES, type FindingCode } from '../core/messages';
import type { DuplicateOptions } from '../core/types';
import { DEFAULT_PATTERNS, describeError, expandInputs, type InputSource } from './inputs';
import { formatTextFinding, toSarif, type LintFinding } from './lintFormat';
import { createRunner, runOrdered } from './pool';
import { createProgress } from './progress';
import type { TaskRequest, TaskResult, TaskSource } from './tasks';

type Command = 'analyze' | 'lint' | 'fix';
type LintFormat = 'text' | 'json' | 'sarif';

const EXIT_CLEAN = 0;
const EXIT_FOUND = 1;
const EXIT_ERROR = 2;
const DEFAULT_MAX_MB = 20;

const INPUTS = `Inputs:
  FILE        a file, whatever its name
  DIR         walked recursively for ${DEFAULT_PATTERNS.join(' and ')} (hidden directories and node_modules skipped)
  -           standard input`;

const COMMON_OPTIONS = `  -j, --jobs N        worker threads (default: the number of cores, ${defaultJobs()} here); 1 runs in-process
  -g, --glob PATTERN  file pattern for directories instead of the defaults (repeatable; * ? [..] {a,b} **;
                      a pattern without / matches the file name)
  -T, --files-from F  also read inputs from file F (- for standard input), one per line or NUL-separated
      --max-size MB   refuse files larger than this (default ${DEFAULT_MAX_MB})
      --no-progress   no progress bar (it is only ever drawn when stderr is a terminal)
  -h, --help          this help`;

const HELP: Record<Command | 'main', string> = {
  main: `news-lens ${version} — quotes, speakers, entities and duplicated paragraphs in news text

Usage:
  news-lens analyze [options] FILE|DIR|- ...     JSON Lines: one analysis per file
  news-lens lint [options] FILE|DIR|- ...        duplicated paragraphs and unclosed quotes (text, json, sarif)
  news-lens fix [options] FILE|DIR|- ...         remove duplicated paragraphs in place (--dry-run: a diff)

Run "news-lens COMMAND --help" for a command's options.
Exit status: 0 success (lint: nothing found), 1 lint found something, 2 usage or input errors.`,
  analyze: `Usage: news-lens analyze [options] FILE|DIR|- ...

Prints one JSON object per input file and line (JSON Lines), in input order:
  {"file","quotes":[{"start","end","text","speaker","cue","kind"}],"claims":[{"start","end","text","speaker","cue"}],
   "speakers":[{"name","role","aliases","mentions":[[start,end]],"quotes","claims"}],
   "entities":[{"start","end","text","type"}],"paragraphs":[{"start","end","hash"}]}
Offsets are UTF-16 code-unit offsets into the decoded text (a byte order mark is not counted).

${INPUTS}

Options:
${COMMON_OPTIONS}

Exit status: 0, or 2 if any input could not be read or fully analysed (named on standard error; the
others are still analysed, and a partly analysed file still gets its line).`,
  lint: `Usage: news-lens lint [options] FILE|DIR|- ...

Reports duplicated paragraphs and unclosed quotes: file:line:col: warning: message [code]
Codes: duplicate-paragraph, near-duplicate-paragraph, unclosed-quote. Lines and columns are 1-based
(columns count UTF-16 code units).

${INPUTS}

Options:
  -f, --format F      text (default), json (an array of findings) or sarif (SARIF 2.1.0)
      --ignore CODES  codes not to report (comma-separated or repeated), e.g. --ignore unclosed-quote
      --similarity X  near-duplicate threshold, 0..1 (default 0.8; 1 reports exact copies only)
${COMMON_OPTIONS}

Exit status: 0 nothing found, 1 something found, 2 usage or read errors.`,
  fix: `Usage: news-lens fix [options] FILE|DIR|- ...

Removes duplicated paragraphs (each later copy and one separator) in place, keeping the encoding (UTF-8,
UTF-8 with BOM, UTF-16LE/BE with BOM), byte order mark and line endings. Files are replaced atomically and
only when they re-encode byte for byte; a file that changes on disk meanwhile is left untouched.
For "-", the fixed text is written to standard output. A summary goes to standard error.

${INPUTS}

Options:
  -n, --dry-run       print a unified diff of what would be removed and change nothing
      --similarity X  near-duplicate threshold, 0..1 (default 0.8; 1 removes exact copies only)
  -q, --quiet         no summary
${COMMON_OPTIONS}

Exit status: 0 success, 2 usage errors or any file that could not be fixed (named on standard error).`,
};

function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
}

class UsageError extends Error {}

interface Settings {
  readonly command: Command;
  readonly operands: string[];
  readonly jobs: number;
  readonly patterns: readonly string[];
  readonly maxBytes: number;
  readonly progress: boolean;
  readonly format: LintFormat;
  readonly duplicates: DuplicateOptions;
  readonly exclude: readonly FindingCode[];
  readonly dryRun: boolean;
  readonly quiet: boolean;
}

function positiveNumber(value: string | undefined, option: string, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${option} needs a positive ${integer ? 'whole ' : ''}number, not "${value}"`);
  }
  return n;
}

function parseSettings(command: Command, args: string[]): Settings | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      jobs: { type: 'string', short: 'j' },
      glob: { type: 'string', short: 'g', multiple: true },
      'max-size': { type: 'string' },
      'files-from': { type: 'string', short: 'T' },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...(command === 'lint' ? { format: { type: 'string', short: 'f' }, ignore: { type: 'string', multiple: true } } : {}),
      ...(command !== 'analyze' ? { similarity: { type: 'string' } } : {}),
      ...(command === 'fix' ? { 'dry-run': { type: 'boolean', short: 'n' }, quiet: { type: 'boolean', short: 'q' } } : {}),
    },
  });
  if (values.help) return 'help';
  const format = (values as { format?: string }).format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const similarityText = (values as { similarity?: string }).similarity;
  let duplicates: DuplicateOptions = {};
  if (similarityText !== undefined) {
    const similarity = Number(similarityText);
    if (!Number.isFinite(similarity) || similarity < 0 || similarity > 1) throw new UsageError(`--similarity must be between 0 and 1, not "${similarityText}"`);
    duplicates = { similarity };
  }
  const ignored = (values as { ignore?: string[] }).ignore ?? [];
  const exclude = ignored.flatMap((list) => list.split(',')).map((code) => code.trim()).filter((code) => code !== '');
  for (const code of exclude) {
    if (!(FINDING_CODES as readonly string[]).includes(code)) throw new UsageError(`--ignore: unknown code "${code}" (codes: ${FINDING_CODES.join(', ')})`);
  }
  const listFile = values['files-from'] as string | undefined;
  const operands = [...positionals];
  if (listFile !== undefined) {
    if (listFile === '-' && positionals.includes('-')) throw new UsageError('standard input cannot be both --files-from - and an input (-)');
    operands.push(...readFileList(listFile));
  }
  if (operands.length === 0) throw new UsageError('no input files (give files, directories, or - for standard input)');
  const globs = values.glob as string[] | undefined;
  return {
    command,
    operands,
    jobs: positiveNumber(values.jobs as string | undefined, 'jobs', true) ?? defaultJobs(),
    patterns: globs && globs.length > 0 ? globs : DEFAULT_PATTERNS,
    maxBytes: Math.floor((positiveNumber(values['max-size'] as string | undefined, 'max-size', false) ?? DEFAULT_MAX_MB) * 1024 * 1024),
    progress: !values['no-progress'],
    format,
    duplicates,
    exclude: exclude as FindingCode[],
    dryRun: Boolean((values as { 'dry-run'?: boolean })['dry-run']),
    quiet: Boolean((values as { quiet?: boolean }).quiet),
  };
}

/** Paths from a list file (`-`: standard input), one per line, or NUL-separated as `find -print0` writes them. */
function readFileList(listFile: string): string[] {
  let content: string;
  try {
    content = fs.readFileSync(listFile === '-' ? 0 : listFile, 'utf8');
  } catch (error) {
    throw new UsageError(`--files-from ${listFile}: ${describeError(error)}`);
  }
  const separator = content.includes('\0') ? '\0' : /\r?\n/;
  return content.split(separator).filter((entry) => entry !== '');
}

/** Writes respecting back-pressure, so streaming a huge corpus never buffers all output in memory. */
async function write(stream: NodeJS.WriteStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function reportError(display: string, message: string): void {
  process.stderr.write(`news-lens: ${display}: ${message}\n`);
}

async function run(settings: Settings): Promise<number> {
  let status = EXIT_CLEAN;
  const expanded = expandInputs(settings.operands, settings.patterns);
  for (const problem of expanded.problems) {
    reportError(problem.display, problem.message);
    status = EXIT_ERROR;
  }
  const stdin = expanded.sources.some((s) => s.kind === 'stdin') ? await readStdin() : null;
  const toTaskSource = (source: InputSource): TaskSource =>
    source.kind === 'stdin' ? { kind: 'bytes', bytes: stdin ?? Buffer.alloc(0), display: '-' } : source;
  const maxBytes = settings.maxBytes;
  function* requests(): Generator<TaskRequest> {
    for (const source of expanded.sources) {
      const base = { source: toTaskSource(source), maxBytes };
      if (settings.command === 'analyze') yield { ...base, command: 'analyze' };
      else if (settings.command === 'lint') yield { ...base, command: 'lint', duplicates: settings.duplicates, exclude: settings.exclude };
      else yield { ...base, command: 'fix', duplicates: settings.duplicates, dryRun: settings.dryRun };
    }
  }

  const progress = createProgress(expanded.sources.length, process.stderr, settings.progress);
  const stdoutShared = Boolean(process.stdout.isTTY);
  const out = async (chunk: string | Uint8Array): Promise<void> => {
    if (stdoutShared) progress.clear();
    await write(process.stdout, chunk);
  };

  const lintFindings: LintFinding[] = [];
  let jsonFindingsWritten = 0;
  let filesFixed = 0;
  let paragraphsRemoved = 0;
  if (settings.command === 'lint' && settings.format === 'json') await out('[');

  const emit = async (result: TaskResult): Promise<void> => {
    progress.tick();
    switch (result.kind) {
      case 'error':
        progress.clear();
        reportError(result.display, result.message);
        status = EXIT_ERROR;
        return;
      case 'analyze':
        await out(result.line + '\n');
        if (result.failures.length > 0) {
          progress.clear();
          for (const failure of result.failures) reportError(result.display, failure);
          status = EXIT_ERROR;
        }
        return;
      case 'lint':
        if (result.findings.length > 0 && status === EXIT_CLEAN) status = EXIT_FOUND;
        if (settings.format === 'text') {
          if (result.findings.length > 0) await out(result.findings.map((f) => formatTextFinding(f) + '\n').join(''));
        } else if (settings.format === 'json') {
          for (const finding of result.findings) {
            await out(`${jsonFindingsWritten++ === 0 ? '' : ','}\n  ${JSON.stringify(finding)}`);
          }
        } else {
          lintFindings.push(...result.findings);
        }
        return;
      case 'fix':
        if (settings.dryRun) {
          if (result.diff) await out(result.diff);
        } else if (result.output) {
          await out(result.output);
        }
        if (result.removed > 0) {
          filesFixed++;
          paragraphsRemoved += result.removed;
          if (!settings.quiet && !settings.dryRun) {
            progress.clear();
            process.stderr.write(`news-lens: ${result.display}: removed ${result.removed} duplicate paragraph${result.removed === 1 ? '' : 's'}\n`);
          }
        }
        return;
    }
  };

  const runner = createRunner(settings.jobs, expanded.sources.length);
  try {
    await runOrdered(requests(), runner, Math.max(16, settings.jobs * 8), emit);
  } finally {
    await runner.close();
    progress.done();
  }

  if (settings.command === 'lint') {
    if (settings.format === 'json') await out(jsonFindingsWritten > 0 ? '\n]\n' : ']\n');
    if (settings.format === 'sarif') await out(JSON.stringify(toSarif(lintFindings, version, repository.url, process.cwd()), null, 2) + '\n');
  }
  if (settings.command === 'fix' && !settings.quiet && settings.dryRun && paragraphsRemoved > 0) {
    process.stderr.write(`news-lens: would remove ${paragraphsRemoved} duplicate paragraph${paragraphsRemoved === 1 ? '' : 's'} from ${filesFixed} file${filesFixed === 1 ? '' : 's'}\n`);
  }
  return status;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const text = topic === 'analyze' || topic === 'lint' || topic === 'fix' ? HELP[topic] : HELP.main;
    process.stdout.write(text + '\n');
    return first === undefined ? EXIT_ERROR : EXIT_CLEAN;
  }
  if (first === '--version' || first === '-V') {
    process.stdout.write(`${version}\n`);
    return EXIT_CLEAN;
  }
  if (first !== 'analyze' && first !== 'lint' && first !== 'fix') {
    process.stderr.write(`news-lens: unknown command "${first}" (commands: analyze, lint, fix; see news-lens --help)\n`);
    return EXIT_ERROR;
  }
  let settings: Settings | 'help';
  try {
    settings = parseSettings(first, rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`news-lens ${first}: ${message}\nRun "news-lens ${first} --help" for usage.\n`);
    return EXIT_ERROR;
  }
  if (settings === 'help') {
    process.stdout.write(HELP[first] + '\n');
    return EXIT_CLEAN;
  }
  return run(settings);
}

// A reader that goes away (`news-lens analyze dir | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_CLEAN);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-lens: unexpected error: ${describeError(error)}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
