/**
 * `news-lens fix` for one file: remove duplicate paragraphs without ever damaging the file. The file is
 * only replaced (atomically: temp file in the same directory, fsync, rename) when
 *  - its bytes decode and re-encode to exactly the same bytes (so nothing but the duplicates can change),
 *  - the edits are pure deletions and the new text is exactly the old one minus them,
 *  - it did not change on disk between reading and replacing.
 * Anything else throws a `FixError` and leaves the original untouched.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { removeAllDuplicates, type TextEdit } from '../core/fix';
import type { DuplicateOptions } from '../core/types';
import { unifiedDiff } from './diff';
import { decodeText, encodeText, encodingLabel, type DecodedText } from './encoding';
import { describeError } from './inputs';

export class FixError extends Error {}

export interface FixOptions {
  readonly duplicates: DuplicateOptions;
  readonly dryRun: boolean;
  readonly maxBytes: number;
}

/** Test seam: called after the temp file is written and before the on-disk check and rename. */
export interface FixHooks {
  readonly beforeCommit?: () => void;
}

export interface FixPlan {
  readonly removed: number;
  readonly edits: readonly TextEdit[];
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly diff: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Works out the fixed text and bytes, verifying that only the duplicates' spans go. */
export function planFix(display: string, bytes: Uint8Array, decoded: DecodedText, duplicates: DuplicateOptions): FixPlan {
  if (!sameBytes(encodeText(decoded.text, decoded), bytes)) {
    throw new FixError(`cannot be re-encoded as identical ${encodingLabel(decoded)} bytes; left untouched`);
  }
  const result = removeAllDuplicates(decoded.text, duplicates);
  if (result.edits.length === 0) return { removed: 0, edits: [], text: decoded.text, bytes, diff: '' };

  const edits = [...result.edits].sort((a, b) => a.start - b.start);
  let expected = '';
  let cursor = 0;
  for (const edit of edits) {
    if (edit.newText !== '' || edit.start < cursor || edit.end < edit.start || edit.end > decoded.text.length) {
      throw new FixError('internal error: the duplicate removal is not a set of plain deletions; left untouched');
    }
    expected += decoded.text.slice(cursor, edit.start);
    cursor = edit.end;
  }
  expected += decoded.text.slice(cursor);
  if (expected !== result.text) throw new FixError('internal error: the fixed text does not match the removals; left untouched');

  const newBytes = encodeText(result.text, decoded);
  const check = decodeText(newBytes);
  if (!check.ok || check.value.text !== result.text) throw new FixError('internal error: the fixed text does not round-trip; left untouched');
  return { removed: result.removed, edits, text: result.text, bytes: newBytes, diff: unifiedDiff(display, display, decoded.text, edits) };
}

/** For standard input: the fixed bytes (to print) and the diff. */
export function fixText(display: string, bytes: Uint8Array, decoded: DecodedText, duplicates: DuplicateOptions): { removed: number; diff: string; bytes: Uint8Array } {
  const plan = planFix(display, bytes, decoded, duplicates);
  return { removed: plan.removed, diff: plan.diff, bytes: plan.bytes };
}

function readWhole(file: string, maxBytes: number): { bytes: Buffer; stat: fs.Stats } {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FixError('not a regular file');
    if (stat.size > maxBytes) throw new FixError(`file is larger than the limit (${stat.size} bytes; raise it with --max-size)`);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = fs.readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) throw new FixError('file shrank while being read; left untouched');
      read += n;
    }
    // One more byte means the file grew while we read it.
    if (fs.readSync(fd, Buffer.alloc(1), 0, 1, read) !== 0) throw new FixError('file grew while being read; left untouched');
    return { bytes, stat };
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes duplicates from `file` in place (or only plans it, with `dryRun`). Throws `FixError` on any problem. */
export function fixFile(file: string, display: string, options: FixOptions, hooks: FixHooks = {}): { removed: number; diff: string } {
  let target: string;
  let original: { bytes: Buffer; stat: fs.Stats };
  try {
    // Replace the file a symlink points to, not the symlink itself.
    target = fs.realpathSync(file);
    original = readWhole(target, options.maxBytes);
  } catch (error) {
    throw error instanceof FixError ? error : new FixError(describeError(error));
  }
  const decoded = decodeText(original.bytes);
  if (!decoded.ok) throw new FixError(`${decoded.reason}; left untouched`);
  // A rename would replace a read-only file without complaint; its owner marked it so for a reason.
  const readOnly = (original.stat.mode & 0o222) === 0;
  const plan = planFix(display, original.bytes, decoded.value, options.duplicates);
  if (plan.removed === 0 || options.dryRun) return { removed: plan.removed, diff: plan.diff };
  if (readOnly) throw new FixError('read-only file; left untouched (make it writable to fix it)');

  const directory = path.dirname(target);
  const temp = path.join(directory, `.${path.basename(target)}.news-lens-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let committed = false;
  try {
    const fd = fs.openSync(temp, 'wx', original.stat.mode & 0o777);
    try {
      fs.writeFileSync(fd, plan.bytes);
      fs.fchmodSync(fd, original.stat.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    hooks.beforeCommit?.();
    const now = fs.statSync(target);
    const unchanged = now.size === original.stat.size && now.mtimeMs === original.stat.mtimeMs && now.ino === original.stat.ino
      && sameBytes(fs.readFileSync(target), original.bytes);
    if (!unchanged) throw new FixError('changed on disk while being fixed; left untouched');
    fs.renameSync(temp, target);
    committed = true;
    syncDirectory(directory);
  } catch (error) {
    throw error instanceof FixError ? error : new FixError(`${describeError(error)}; left untouched`);
  } finally {
    if (!committed) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // The temp file was never created.
      }
    }
  }
  return { removed: plan.removed, diff: plan.diff };
}

/** Makes the rename durable; not every platform can open a directory, so failure is not an error. */
function syncDirectory(directory: string): void {
  try {
    const fd = fs.openSync(directory, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort only.
  }
}
