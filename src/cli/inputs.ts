/** Turns command-line operands (files, directories, `-`) into the ordered list of inputs to process. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Files a directory walk picks up when no `--glob` is given. `*.txt` covers the news language's
 * `NNN_*.txt` and `*.news.txt` names as well as scraped corpora that use plain `.txt`.
 */
export const DEFAULT_PATTERNS: readonly string[] = ['*.txt', '*.news'];

/** Directories a walk never enters: tool and VCS state, not news. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn']);

export type InputSource =
  | { readonly kind: 'file'; readonly path: string; readonly display: string }
  | { readonly kind: 'stdin'; readonly display: string };

export interface InputProblem {
  readonly display: string;
  readonly message: string;
}

export interface ExpandedInputs {
  readonly sources: InputSource[];
  readonly problems: InputProblem[];
}

/**
 * Converts a glob to a RegExp. Supports `*`, `?`, `[...]` / `[!...]`, `{a,b}` and `**` (any number of
 * directories). A pattern without `/` is matched against the file name only, like `find -name`.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slashAfter = pattern[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else if (c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$|()\\]/g, '\\$&');
    }
  }
  return new RegExp('^' + out + '$');
}

export class FileMatcher {
  private readonly byName: RegExp[] = [];
  private readonly byPath: RegExp[] = [];

  constructor(patterns: readonly string[]) {
    for (const pattern of patterns) {
      (pattern.includes('/') ? this.byPath : this.byName).push(globToRegExp(pattern.replace(/^\.\//, '')));
    }
  }

  /** `relativePath` uses `/` separators and is relative to the directory operand being walked. */
  matches(relativePath: string): boolean {
    const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
    return this.byName.some((r) => r.test(name)) || this.byPath.some((r) => r.test(relativePath));
  }
}

/**
 * Expands operands in order: a file is taken as is (whatever its name), a directory is walked recursively
 * in sorted order for files matching `patterns`, `-` is standard input. The same file reached twice is
 * processed once, so `fix` never edits one file from two workers.
 */
export function expandInputs(operands: readonly string[], patterns: readonly string[]): ExpandedInputs {
  const matcher = new FileMatcher(patterns);
  const sources: InputSource[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let stdinTaken = false;

  const addFile = (file: string, display: string): void => {
    let key: string;
    try {
      key = fs.realpathSync(file);
    } catch {
      key = path.resolve(file);
    }
    if (seen.has(key)) return;
    seen.add(key);
    sources.push({ kind: 'file', path: file, display });
  };

  const walk = (directory: string, relative: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      problems.push({ display: directory, message: `cannot read directory: ${describeError(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // Hidden directories hold editor and tool state, not articles; symlinked directories are not
        // followed (isDirectory() is false for them), which also rules out cycles.
        if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full, rel);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(full))) && matcher.matches(rel)) {
        addFile(full, full);
      }
    }
  };

  for (const operand of operands) {
    if (operand === '-') {
      if (!stdinTaken) sources.push({ kind: 'stdin', display: '-' });
      stdinTaken = true;
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(operand);
    } catch (error) {
      problems.push({ display: operand, message: describeError(error) });
      continue;
    }
    if (stat.isDirectory()) walk(operand, '');
    else addFile(operand, operand);
  }
  return { sources, problems };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A one-line, human description of a Node error ("no such file or directory"). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'is a directory',
      ENOTDIR: 'not a directory',
      EMFILE: 'too many open files',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on device',
    };
    if (code && known[code]) return known[code];
    return error.message;
  }
  return String(error);
}
