/** `news-lens fix`: byte-exact, atomic removal of duplicate paragraphs, and refusal to touch what it can't keep intact. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, encodeText } from '../../src/cli/encoding';
import { fixFile } from '../../src/cli/fixFile';
import { ARTICLE_LINES, DUPLICATED_LINES, SEED, paragraphCount, runCli, tempDir, utf16be, utf16le, utf8Bom, writeFiles } from './cliHelpers';

/** DUPLICATED_LINES without its copies (lines 4, 8 and 9). */
const DEDUPLICATED_LINES = DUPLICATED_LINES.filter((_, i) => i !== 3 && i !== 7 && i !== 8);

const patchAvailable = spawnSync('patch', ['--version']).status === 0;

interface EncodingCase {
  readonly name: string;
  readonly eol: string;
  readonly finalNewline: boolean;
  readonly encode: (text: string) => Buffer;
  /** `patch` reads UTF-8 diffs only. */
  readonly patchable: boolean;
}

const CASES: readonly EncodingCase[] = [
  { name: 'UTF-8, LF', eol: '\n', finalNewline: true, encode: (t) => Buffer.from(t, 'utf8'), patchable: true },
  { name: 'UTF-8, CRLF', eol: '\r\n', finalNewline: true, encode: (t) => Buffer.from(t, 'utf8'), patchable: true },
  { name: 'UTF-8, LF, no final newline', eol: '\n', finalNewline: false, encode: (t) => Buffer.from(t, 'utf8'), patchable: true },
  { name: 'UTF-8, blank lines between paragraphs', eol: '\n\n', finalNewline: true, encode: (t) => Buffer.from(t, 'utf8'), patchable: true },
  { name: 'UTF-8, CR only', eol: '\r', finalNewline: true, encode: (t) => Buffer.from(t, 'utf8'), patchable: false },
  { name: 'UTF-8 with BOM, CRLF', eol: '\r\n', finalNewline: true, encode: utf8Bom, patchable: false },
  { name: 'UTF-16LE with BOM, CRLF', eol: '\r\n', finalNewline: true, encode: utf16le, patchable: false },
  { name: 'UTF-16BE with BOM, LF', eol: '\n', finalNewline: false, encode: utf16be, patchable: false },
];

function join(lines: readonly string[], eol: string, finalNewline: boolean): string {
  return lines.join(eol) + (finalNewline ? eol : '');
}

describe('news-lens fix', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const c of CASES) {
    it(`${c.name}: removes exactly the copies, keeps encoding, BOM and line endings, and is idempotent`, () => {
      const before = c.encode(join(DUPLICATED_LINES, c.eol, c.finalNewline));
      const expected = c.encode(join(DEDUPLICATED_LINES, c.eol, c.finalNewline));
      writeFiles(dir, { 'story.txt': before, 'copy.txt': before });

      const dry = runCli(['fix', '--dry-run', 'story.txt'], { cwd: dir });
      assert.equal(dry.status, 0, dry.stderr);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'story.txt')), before, 'a dry run changes nothing');
      assert.match(dry.stdout, /^--- story\.txt\n\+\+\+ story\.txt\n@@ /);
      if (c.eol !== '\r') {
        // Three paragraphs go; a line that only loses its final newline shows as removed and re-added.
        const diffLines = dry.stdout.split('\n').slice(2);
        const removed = diffLines.filter((line) => line.startsWith('-') && line.trim() !== '-').length;
        const added = diffLines.filter((line) => line.startsWith('+')).length;
        assert.equal(removed - added, 3, dry.stdout);
      }
      assert.equal(fs.readdirSync(dir).length, 2, 'no temp files');

      const fixed = runCli(['fix', 'story.txt'], { cwd: dir });
      assert.equal(fixed.status, 0, fixed.stderr);
      assert.equal(fixed.stderr, 'news-lens: story.txt: removed 3 duplicate paragraphs\n');
      assert.deepEqual(fs.readFileSync(path.join(dir, 'story.txt')), expected);
      assert.equal(fs.readdirSync(dir).length, 2, 'no temp files');

      const again = runCli(['fix', 'story.txt'], { cwd: dir });
      assert.equal(again.status, 0);
      assert.equal(again.stderr, '');
      assert.deepEqual(fs.readFileSync(path.join(dir, 'story.txt')), expected);
      assert.equal(runCli(['lint', 'story.txt'], { cwd: dir }).status, 0);

      if (c.patchable && patchAvailable) {
        fs.writeFileSync(path.join(dir, 'diff.patch'), dry.stdout.replace(/story\.txt/g, 'copy.txt'));
        const patched = spawnSync('patch', ['-p0', '-s', '-i', 'diff.patch'], { cwd: dir });
        assert.equal(patched.status, 0, patched.stderr.toString());
        assert.deepEqual(fs.readFileSync(path.join(dir, 'copy.txt')), expected, 'the dry-run diff applies with patch');
      }
    });
  }

  it('fixes standard input to standard output', () => {
    const result = runCli(['fix', '-'], { input: utf8Bom(join(DUPLICATED_LINES, '\r\n', true)) });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdoutBytes, utf8Bom(join(DEDUPLICATED_LINES, '\r\n', true)));
  });

  it('fixes every news file of a directory and leaves clean files and other files alone', () => {
    const clean = join(ARTICLE_LINES, '\n', true);
    writeFiles(dir, { 'a/001_one.txt': join(DUPLICATED_LINES, '\n', true), 'a/clean.txt': clean, 'b/two.news': join(DUPLICATED_LINES, '\n', false), 'notes.md': join(DUPLICATED_LINES, '\n', true) });
    const cleanStat = fs.statSync(path.join(dir, 'a/clean.txt'));
    const result = runCli(['fix', '--jobs', '2', '.'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'a/001_one.txt'), 'utf8'), join(DEDUPLICATED_LINES, '\n', true));
    assert.equal(fs.readFileSync(path.join(dir, 'b/two.news'), 'utf8'), join(DEDUPLICATED_LINES, '\n', false));
    assert.equal(fs.readFileSync(path.join(dir, 'notes.md'), 'utf8'), join(DUPLICATED_LINES, '\n', true));
    assert.equal(fs.statSync(path.join(dir, 'a/clean.txt')).mtimeMs, cleanStat.mtimeMs, 'a clean file is not rewritten');
  });

  it('keeps the file mode and fixes the target of a symlink, not the link', () => {
    writeFiles(dir, { 'real.txt': join(DUPLICATED_LINES, '\n', true) });
    fs.chmodSync(path.join(dir, 'real.txt'), 0o640);
    fs.symlinkSync('real.txt', path.join(dir, 'link.txt'));
    const result = runCli(['fix', 'link.txt'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'real.txt'), 'utf8'), join(DEDUPLICATED_LINES, '\n', true));
    assert.equal(fs.statSync(path.join(dir, 'real.txt')).mode & 0o777, 0o640);
  });

  it('leaves a read-only file untouched and says so, but still shows its diff with --dry-run', () => {
    const before = join(DUPLICATED_LINES, '\n', true);
    writeFiles(dir, { 'locked.txt': before });
    fs.chmodSync(path.join(dir, 'locked.txt'), 0o444);
    const result = runCli(['fix', 'locked.txt'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^news-lens: locked\.txt: read-only file; left untouched/m);
    assert.equal(fs.readFileSync(path.join(dir, 'locked.txt'), 'utf8'), before);
    assert.equal(runCli(['fix', '--dry-run', 'locked.txt'], { cwd: dir }).status, 0);
    assert.deepEqual(fs.readdirSync(dir), ['locked.txt']);
  });

  const refused: { name: string; bytes: Buffer; message: RegExp }[] = [
    { name: 'invalid UTF-8', bytes: Buffer.concat([Buffer.from(join(DUPLICATED_LINES, '\n', true)), Buffer.from([0xff])]), message: /not valid UTF-8 .*left untouched/ },
    { name: 'NUL bytes', bytes: Buffer.concat([Buffer.from(join(DUPLICATED_LINES, '\n', true)), Buffer.from([0])]), message: /binary file .*left untouched/ },
    { name: 'UTF-16 with an odd byte count', bytes: Buffer.concat([utf16le(join(DUPLICATED_LINES, '\n', true)), Buffer.from([0x41])]), message: /odd number of bytes/ },
    { name: 'UTF-16 with an unpaired surrogate', bytes: Buffer.concat([utf16le(join(DUPLICATED_LINES, '\n', true)), Buffer.from([0x00, 0xd8])]), message: /unpaired surrogate/ },
  ];
  for (const r of refused) {
    it(`leaves a file with ${r.name} untouched, names it and exits 2, still fixing the other files`, () => {
      writeFiles(dir, { 'bad.txt': r.bytes, 'good.txt': join(DUPLICATED_LINES, '\n', true) });
      const result = runCli(['fix', 'bad.txt', 'good.txt'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^news-lens: bad\.txt: /m);
      assert.match(result.stderr, r.message);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'bad.txt')), r.bytes);
      assert.equal(fs.readFileSync(path.join(dir, 'good.txt'), 'utf8'), join(DEDUPLICATED_LINES, '\n', true));
    });
  }

  describe('a file that changes on disk while it is being fixed', () => {
    const changes: { name: string; change: (file: string) => void }[] = [
      { name: 'appended to', change: (file) => fs.appendFileSync(file, 'A late correction.\n') },
      {
        name: 'rewritten in place with the same size and mtime',
        change: (file) => {
          const stat = fs.statSync(file);
          const bytes = fs.readFileSync(file);
          bytes[0] = bytes[0] === 0x54 ? 0x74 : 0x54;
          fs.writeFileSync(file, bytes);
          fs.utimesSync(file, stat.atime, stat.mtime);
        },
      },
      {
        name: 'replaced by another file',
        change: (file) => {
          fs.writeFileSync(file + '.new', fs.readFileSync(file));
          fs.renameSync(file + '.new', file);
        },
      },
    ];
    for (const { name, change } of changes) {
      it(`is left as the other writer left it when ${name}`, () => {
        const file = path.join(dir, 'story.txt');
        fs.writeFileSync(file, join(DUPLICATED_LINES, '\n', true));
        let afterChange: Buffer | null = null;
        assert.throws(
          () => fixFile(file, 'story.txt', { duplicates: {}, dryRun: false, maxBytes: 1 << 20 }, {
            beforeCommit: () => {
              change(file);
              afterChange = fs.readFileSync(file);
            },
          }),
          /changed on disk while being fixed; left untouched/,
        );
        assert.ok(afterChange);
        assert.deepEqual(fs.readFileSync(file), afterChange);
        assert.deepEqual(fs.readdirSync(dir), ['story.txt'], 'the temp file is removed');
      });
    }
  });

  it('decodes and re-encodes every supported encoding byte for byte', () => {
    const text = 'Zoë said “n’importe quoi” 🙂\r\nשלום "quoted"\n';
    for (const bytes of [Buffer.from(text), utf8Bom(text), utf16le(text), utf16be(text)]) {
      const decoded = decodeText(bytes);
      assert.ok(decoded.ok);
      assert.equal(decoded.value.text, text);
      assert.deepEqual(Buffer.from(encodeText(decoded.value.text, decoded.value)), bytes);
    }
  });

  it('leaves the seed article with 11 paragraphs (on a copy; skipped without ../shared)', function () {
    if (!fs.existsSync(SEED)) this.skip();
    const original = fs.readFileSync(SEED, 'utf8');
    const copy = path.join(dir, path.basename(SEED));
    fs.writeFileSync(copy, fs.readFileSync(SEED)); // a writable copy: ../shared is read-only
    const result = runCli(['fix', copy]);
    assert.equal(result.status, 0, result.stderr);
    const fixed = fs.readFileSync(copy, 'utf8');
    assert.equal(paragraphCount(fixed), 11);
    const lines = original.split('\n');
    assert.equal(fixed, lines.filter((_, i) => i !== 4 && i !== 8 && i !== 9).join('\n'), 'only lines 5, 9 and 10 are gone');
    assert.equal(runCli(['lint', copy]).status, 0);
  });
});
