/**
 * Unified diff of a text and a set of non-overlapping edits, for `news-lens fix --dry-run`. Lines end at
 * `\n` (a CRLF line keeps its `\r`, like GNU diff), so the output applies with `patch -p0` to UTF-8 files.
 */

export interface DiffEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

const CONTEXT = 3;

/** Splits after every `\n`, keeping terminators; "" has no lines. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines.push(text.slice(from, i + 1));
    from = i + 1;
  }
  if (from < text.length) lines.push(text.slice(from));
  return lines;
}

interface Block {
  /** 0-based old line range, inclusive. */
  first: number;
  last: number;
  edits: DiffEdit[];
}

function formatLine(prefix: string, line: string): string {
  return line.endsWith('\n') ? prefix + line : `${prefix}${line}\n\\ No newline at end of file\n`;
}

function range(start: number, count: number): string {
  // Unified format: a hunk side with no lines names the line before it.
  const shown = count === 0 ? start : start + 1;
  return count === 1 ? `${shown}` : `${shown},${count}`;
}

export function unifiedDiff(oldLabel: string, newLabel: string, text: string, edits: readonly DiffEdit[]): string {
  if (edits.length === 0) return '';
  const lines = splitLines(text);
  const lineStart: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStart.push(offset);
    offset += line.length;
  }
  const lineOf = (position: number): number => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (lineStart[mid] <= position) low = mid;
      else high = mid - 1;
    }
    return Math.max(0, low);
  };

  const blocks: Block[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const first = lineOf(edit.start);
    const last = edit.end > edit.start ? lineOf(edit.end - 1) : first;
    const previous = blocks[blocks.length - 1];
    if (previous && first <= previous.last) {
      previous.last = Math.max(previous.last, last);
      previous.edits.push(edit);
    } else {
      blocks.push({ first, last, edits: [edit] });
    }
  }

  // Per block: old lines and the new lines that replace them.
  const changes = blocks.map((block) => {
    const regionStart = lineStart[block.first] ?? text.length;
    const regionEnd = block.last + 1 < lines.length ? lineStart[block.last + 1] : text.length;
    let replaced = '';
    let cursor = regionStart;
    for (const edit of block.edits) {
      replaced += text.slice(cursor, edit.start) + edit.newText;
      cursor = edit.end;
    }
    replaced += text.slice(cursor, regionEnd);
    let oldLines = lines.slice(block.first, block.last + 1);
    let newLines = splitLines(replaced);
    // A removal that takes the separator before a paragraph touches the previous line without changing it:
    // show such unchanged lines as context, not as removed and re-added.
    let prefix = 0;
    while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) prefix++;
    let suffix = 0;
    while (suffix < oldLines.length - prefix && suffix < newLines.length - prefix
      && oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]) suffix++;
    oldLines = oldLines.slice(prefix, oldLines.length - suffix);
    newLines = newLines.slice(prefix, newLines.length - suffix);
    return { first: block.first + prefix, last: block.last - suffix, oldLines, newLines };
  }).filter((change) => change.oldLines.length > 0 || change.newLines.length > 0);
  if (changes.length === 0) return '';

  let out = `--- ${oldLabel}\n+++ ${newLabel}\n`;
  let delta = 0; // new line number minus old line number before the current hunk
  for (let i = 0; i < changes.length; ) {
    let j = i;
    while (j + 1 < changes.length && changes[j + 1].first - changes[j].last - 1 <= 2 * CONTEXT) j++;
    const hunkFirst = Math.max(0, changes[i].first - CONTEXT);
    const hunkLast = Math.min(lines.length - 1, changes[j].last + CONTEXT);
    let body = '';
    let oldCount = 0;
    let newCount = 0;
    let line = hunkFirst;
    let hunkDelta = 0;
    for (let k = i; k <= j; k++) {
      for (; line < changes[k].first; line++, oldCount++, newCount++) body += formatLine(' ', lines[line]);
      for (const removed of changes[k].oldLines) body += formatLine('-', removed);
      for (const added of changes[k].newLines) body += formatLine('+', added);
      oldCount += changes[k].oldLines.length;
      newCount += changes[k].newLines.length;
      hunkDelta += changes[k].newLines.length - changes[k].oldLines.length;
      line = changes[k].last + 1;
    }
    for (; line <= hunkLast; line++, oldCount++, newCount++) body += formatLine(' ', lines[line]);
    out += `@@ -${range(hunkFirst, oldCount)} +${range(hunkFirst + delta, newCount)} @@\n` + body;
    delta += hunkDelta;
    i = j + 1;
  }
  return out;
}
