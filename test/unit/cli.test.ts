/** The `news-lens` command line, end to end: the built dist/cli.js spawned in temporary directories. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTICLE_LINES, CLI, DUPLICATED_LINES, REPO, runCli, tempDir, utf16be, utf16le, utf8Bom, writeFiles } from './cliHelpers';

const ARTICLE = ARTICLE_LINES.join('\n') + '\n';
const DUPLICATED = DUPLICATED_LINES.join('\n') + '\n';

interface Record {
  file: string;
  quotes: { start: number; end: number; text: string; speaker: string | null; cue: string | null; kind: string }[];
  claims: { start: number; end: number; text: string; speaker: string | null; cue: string | null }[];
  speakers: { name: string; role: string | null; aliases: string[]; mentions: [number, number][]; quotes: number[]; claims: number[] }[];
  entities: { start: number; end: number; text: string; type: string }[];
  paragraphs: { start: number; end: number; hash: string }[];
}

function parseLines(stdout: string): Record[] {
  return stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record);
}

describe('news-lens CLI', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('analyze', () => {
    it('prints one JSON object per file with exactly the contract keys, slice-true spans and valid indexes', () => {
      writeFiles(dir, { '001_pier.txt': ARTICLE });
      const result = runCli(['analyze', '001_pier.txt'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      const records = parseLines(result.stdout);
      assert.equal(records.length, 1);
      const record = records[0];
      assert.deepEqual(Object.keys(record), ['file', 'quotes', 'claims', 'speakers', 'entities', 'paragraphs']);
      assert.equal(record.file, '001_pier.txt');
      assert.equal(record.paragraphs.length, ARTICLE_LINES.length);
      record.paragraphs.forEach((p, i) => {
        assert.deepEqual(Object.keys(p), ['start', 'end', 'hash']);
        assert.equal(ARTICLE.slice(p.start, p.end), ARTICLE_LINES[i]);
      });
      // Both direct quotes of the invented article are found, with their marks.
      assert.deepEqual(record.quotes.map((q) => q.text), [
        '"We cannot keep patching a structure that is falling apart,"',
        '"Nobody asked us before the vote,"',
      ]);
      for (const quote of record.quotes) {
        assert.deepEqual(Object.keys(quote), ['start', 'end', 'text', 'speaker', 'cue', 'kind']);
        assert.equal(ARTICLE.slice(quote.start, quote.end), quote.text);
        assert.ok(quote.kind === 'full' || quote.kind === 'partial');
      }
      for (const span of [...record.claims, ...record.entities]) assert.equal(ARTICLE.slice(span.start, span.end), span.text);
      for (const speaker of record.speakers) {
        assert.deepEqual(Object.keys(speaker), ['name', 'role', 'aliases', 'mentions', 'quotes', 'claims']);
        for (const [start, end] of speaker.mentions) assert.ok(start >= 0 && end <= ARTICLE.length && start < end);
        for (const i of speaker.quotes) assert.equal(record.quotes[i].speaker, speaker.name);
        for (const i of speaker.claims) assert.equal(record.claims[i].speaker, speaker.name);
      }
      const names = new Set(record.speakers.map((s) => s.name));
      for (const item of [...record.quotes, ...record.claims]) assert.ok(item.speaker === null || names.has(item.speaker));
    });

    const encodings: { name: string; bytes: Buffer }[] = [
      { name: 'UTF-8 with BOM', bytes: utf8Bom(ARTICLE) },
      { name: 'UTF-16LE with BOM', bytes: utf16le(ARTICLE) },
      { name: 'UTF-16BE with BOM', bytes: utf16be(ARTICLE) },
    ];
    for (const { name, bytes } of encodings) {
      it(`gives ${name} input the same offsets as plain UTF-8 (the BOM is not counted)`, () => {
        writeFiles(dir, { 'plain.txt': ARTICLE, 'encoded.txt': bytes });
        const [plain, encoded] = parseLines(runCli(['analyze', 'plain.txt', 'encoded.txt'], { cwd: dir }).stdout);
        assert.deepEqual({ ...encoded, file: 'plain.txt' }, plain);
        assert.equal(plain.paragraphs[0].start, 0);
      });
    }

    it('gives an empty file an empty result and exit 0', () => {
      writeFiles(dir, { 'empty.txt': '' });
      const result = runCli(['analyze', 'empty.txt'], { cwd: dir });
      assert.equal(result.status, 0);
      assert.deepEqual(parseLines(result.stdout), [{ file: 'empty.txt', quotes: [], claims: [], speakers: [], entities: [], paragraphs: [] }]);
    });

    it('reads standard input for "-"', () => {
      const result = runCli(['analyze', '-'], { input: ARTICLE });
      assert.equal(result.status, 0, result.stderr);
      const [record] = parseLines(result.stdout);
      assert.equal(record.file, '-');
      assert.equal(record.paragraphs.length, ARTICLE_LINES.length);
    });

    it('walks directories recursively in sorted order, taking *.txt and *.news but not hidden folders or other files', () => {
      writeFiles(dir, {
        'b/002_second.txt': ARTICLE,
        'a/001_first.news.txt': ARTICLE,
        'a/story.news': ARTICLE,
        'notes.md': ARTICLE,
        '.cache/003_hidden.txt': ARTICLE,
        'node_modules/pkg/readme.txt': ARTICLE,
      });
      const result = runCli(['analyze', '.'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(parseLines(result.stdout).map((r) => r.file), ['a/001_first.news.txt', 'a/story.news', 'b/002_second.txt']);
    });

    it('uses --glob patterns instead of the defaults (name patterns and path patterns)', () => {
      writeFiles(dir, { 'x/001_a.txt': ARTICLE, 'x/plain.txt': ARTICLE, 'y/story.md': ARTICLE });
      const cases: { globs: string[]; expected: string[] }[] = [
        { globs: ['[0-9][0-9][0-9]_*.txt'], expected: ['x/001_a.txt'] },
        { globs: ['*.md'], expected: ['y/story.md'] },
        { globs: ['x/*', '*.{md,news}'], expected: ['x/001_a.txt', 'x/plain.txt', 'y/story.md'] },
        { globs: ['**/p?ain.txt'], expected: ['x/plain.txt'] },
      ];
      for (const { globs, expected } of cases) {
        const result = runCli(['analyze', ...globs.flatMap((g) => ['--glob', g]), '.'], { cwd: dir });
        assert.deepEqual(parseLines(result.stdout).map((r) => r.file), expected, globs.join(' '));
      }
    });

    it('takes input paths from --files-from, one per line or NUL-separated, from a file or standard input', () => {
      writeFiles(dir, { 'x/001_a.txt': ARTICLE, 'x/002_b.txt': ARTICLE, 'y/story.md': ARTICLE });
      const cases: { args: string[]; input?: string; list?: string }[] = [
        { args: ['-T', '-'], input: 'x/002_b.txt\ny/story.md\n' },
        { args: ['--files-from', '-'], input: 'x/002_b.txt\0y/story.md\0' },
        { args: ['--files-from', 'list.txt'], list: 'x/002_b.txt\r\ny/story.md\r\n' },
      ];
      for (const c of cases) {
        if (c.list) writeFiles(dir, { 'list.txt': c.list });
        const result = runCli(['analyze', ...c.args], { cwd: dir, input: c.input });
        assert.equal(result.status, 0, result.stderr);
        assert.deepEqual(parseLines(result.stdout).map((r) => r.file), ['x/002_b.txt', 'y/story.md'], c.args.join(' '));
      }
      assert.equal(runCli(['analyze', '-T', '-', '-'], { cwd: dir }).status, 2);
    });

    it('reports binary, missing and invalid UTF-8 files on stderr, still analyses the rest, and exits 2', () => {
      writeFiles(dir, {
        'good.txt': ARTICLE,
        'binary.txt': Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02]),
        'latin1.txt': Buffer.from('Caf\xe9 owners said "no".\n', 'latin1'),
      });
      const result = runCli(['analyze', 'binary.txt', 'missing.txt', 'good.txt', 'latin1.txt'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.deepEqual(parseLines(result.stdout).map((r) => r.file), ['good.txt']);
      const errors = result.stderr.trim().split('\n');
      assert.equal(errors.length, 3, result.stderr);
      assert.match(result.stderr, /^news-lens: missing\.txt: no such file or directory$/m);
      assert.match(result.stderr, /^news-lens: binary\.txt: binary file \(NUL byte at offset 4/m);
      assert.match(result.stderr, /^news-lens: latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/m);
    });

    it('names a file the engine could not analyse (control characters) on stderr, still prints its line, and exits 2', () => {
      const controls = Array.from({ length: 40 }, (_, i) => String.fromCharCode(1 + (i % 8))).join('');
      writeFiles(dir, { 'controls.txt': `Header ${controls}\n`, 'good.txt': ARTICLE });
      const result = runCli(['analyze', 'controls.txt', 'good.txt'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^news-lens: controls\.txt: .*binary/m);
      assert.deepEqual(parseLines(result.stdout).map((r) => r.file), ['controls.txt', 'good.txt']);
    });

    it('prints the same output with --jobs 2 as with --jobs 1', () => {
      const files: { [name: string]: string } = {};
      for (let i = 0; i < 14; i++) {
        // Different files of different sizes, so workers finish out of order.
        const lines = i % 2 === 0 ? DUPLICATED_LINES : ARTICLE_LINES.slice(0, 2 + (i % 4));
        files[`${String(i).padStart(3, '0')}_story.txt`] = lines.join(i % 3 === 0 ? '\r\n' : '\n');
      }
      writeFiles(dir, files);
      for (const command of [['analyze'], ['lint'], ['lint', '--format', 'sarif'], ['fix', '--dry-run']]) {
        const one = runCli([...command, '--jobs', '1', '.'], { cwd: dir });
        const two = runCli([...command, '--jobs', '2', '.'], { cwd: dir });
        assert.ok(one.stdout.length > 0, command.join(' '));
        assert.equal(two.stdout, one.stdout, command.join(' '));
        assert.equal(two.status, one.status);
      }
      assert.equal(parseLines(runCli(['analyze', '-j', '2', '.'], { cwd: dir }).stdout).length, 14);
    });
  });

  describe('exit codes and usage', () => {
    const cases: { name: string; args: string[]; files?: { [name: string]: string }; status: number; stderr?: RegExp; stdout?: RegExp }[] = [
      { name: 'analyze of a readable file', args: ['analyze', 'a.txt'], files: { 'a.txt': ARTICLE }, status: 0 },
      { name: 'lint of a clean file', args: ['lint', 'a.txt'], files: { 'a.txt': ARTICLE }, status: 0, stdout: /^$/ },
      { name: 'lint of a file with duplicates', args: ['lint', 'd.txt'], files: { 'd.txt': DUPLICATED }, status: 1 },
      { name: 'lint of a missing file', args: ['lint', 'nope.txt'], status: 2, stderr: /nope\.txt: no such file/ },
      { name: 'lint with duplicates and a missing file', args: ['lint', 'd.txt', 'nope.txt'], files: { 'd.txt': DUPLICATED }, status: 2 },
      { name: 'fix of a missing file', args: ['fix', 'nope.txt'], status: 2, stderr: /nope\.txt/ },
      { name: 'no command', args: [], status: 2, stdout: /Usage:/ },
      { name: 'unknown command', args: ['frobnicate'], status: 2, stderr: /unknown command "frobnicate"/ },
      { name: 'unknown option', args: ['lint', '--frob', 'a.txt'], status: 2, stderr: /Unknown option '--frob'/ },
      { name: 'no inputs', args: ['analyze'], status: 2, stderr: /no input files/ },
      { name: 'bad --jobs', args: ['analyze', '--jobs', '0', 'a.txt'], status: 2, stderr: /--jobs needs a positive whole number/ },
      { name: 'bad --format', args: ['lint', '--format', 'xml', 'a.txt'], status: 2, stderr: /--format must be text, json or sarif/ },
      { name: 'bad --similarity', args: ['fix', '--similarity', '2', 'a.txt'], status: 2, stderr: /--similarity must be between 0 and 1/ },
      { name: 'bad --ignore', args: ['lint', '--ignore', 'typo', 'a.txt'], status: 2, stderr: /unknown code "typo"/ },
      { name: '--help of a command', args: ['fix', '--help'], status: 0, stdout: /--dry-run/ },
      { name: '--version', args: ['--version'], status: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
    ];
    for (const c of cases) {
      it(`${c.name} → exit ${c.status}`, () => {
        writeFiles(dir, c.files ?? {});
        const result = runCli(c.args, { cwd: dir });
        assert.equal(result.status, c.status, result.stderr);
        if (c.stderr) assert.match(result.stderr, c.stderr);
        if (c.stdout) assert.match(result.stdout, c.stdout);
      });
    }
  });

  describe('streams and limits', () => {
    const hasScript = spawnSync('script', ['--version']).status === 0;

    it('draws a progress bar only when stderr is a terminal, and not with --no-progress', function () {
      if (!hasScript) this.skip();
      writeFiles(dir, { 'a/001_a.txt': ARTICLE, 'a/002_b.txt': DUPLICATED, 'a/003_c.txt': ARTICLE });
      // `script` gives the command a pseudo-terminal; stdout goes to a file so only stderr reaches it.
      const viaTerminal = (extra: string): string =>
        spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" lint -j 1 ${extra} a > out.txt`, '/dev/null'], { cwd: dir }).stdout.toString();
      assert.match(viaTerminal(''), /\[#+\] 3\/3 files/);
      assert.doesNotMatch(viaTerminal('--no-progress'), /files/);
      assert.equal(runCli(['lint', '-j', '1', 'a'], { cwd: dir }).stderr, '', 'no bar when stderr is a pipe');
    });

    it('stops quietly when the reader of its output goes away', () => {
      const files: { [name: string]: string } = {};
      for (let i = 0; i < 40; i++) files[`${String(i).padStart(3, '0')}_x.txt`] = ARTICLE;
      writeFiles(dir, files);
      const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze -j 1 . | head -c 100 > /dev/null; echo "status=$?"`], { cwd: dir });
      assert.equal(result.stderr.toString(), '');
    });

    it('refuses files above --max-size with a message naming the file', () => {
      writeFiles(dir, { 'big.txt': ARTICLE.repeat(40), 'small.txt': ARTICLE });
      const result = runCli(['analyze', '--max-size', '0.01', 'big.txt', 'small.txt'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^news-lens: big\.txt: file is larger than the 10\.2 KB limit \(raise it with --max-size\)$/m);
      assert.equal(result.stdout.split('\n').filter(Boolean).length, 1);
    });

    it('handles whitespace-only, CR-only and 100,000 one-word paragraphs without errors', () => {
      const words = Array.from({ length: 100_000 }, (_, i) => `word${i % 50_000}`).join('\n');
      writeFiles(dir, { 'blank.txt': ' \n\t\n\n', 'cr.txt': ARTICLE.replace(/\n/g, '\r'), 'words.txt': words });
      const result = runCli(['lint', '--format', 'json', '--ignore', 'unclosed-quote', 'blank.txt', 'cr.txt', 'words.txt'], { cwd: dir });
      assert.equal(result.stderr, '');
      const findings = JSON.parse(result.stdout) as { file: string; line: number }[];
      assert.ok(findings.every((f) => f.file === 'words.txt'));
      assert.equal(findings.length > 0, true, 'the repeated words are duplicates');
    });
  });

  describe('lint', () => {
    const expectedText = [
      'd.txt:4:1: warning: Duplicate of the paragraph at line 2 [duplicate-paragraph]',
      'd.txt:8:1: warning: Duplicate of the paragraphs at lines 5–6 [duplicate-paragraph]',
      '',
    ].join('\n');

    it('prints file:line:col: warning: message [code], one line per finding', () => {
      writeFiles(dir, { 'd.txt': DUPLICATED });
      const result = runCli(['lint', 'd.txt'], { cwd: dir });
      assert.equal(result.stdout, expectedText);
    });

    it('reports near-duplicates with their similarity, and not with --similarity 1', () => {
      const long = 'Harbour engineers told the council in March that salt water had eaten through most of the steel piles under the pier, and that a storm of the kind the bay sees every few winters could bring the whole deck down.';
      const near = long.replace('whole deck down.', 'whole deck down at once.');
      writeFiles(dir, { 'n.txt': [...ARTICLE_LINES.slice(0, 3), long, ...ARTICLE_LINES.slice(3), near].join('\n') });
      const result = runCli(['lint', 'n.txt'], { cwd: dir });
      assert.match(result.stdout, /^n\.txt:8:1: warning: Near-duplicate \(\d\d% similar\) of the paragraph at line 4 \[near-duplicate-paragraph\]\n$/);
      assert.equal(runCli(['lint', '--similarity', '1', 'n.txt'], { cwd: dir }).status, 0);
    });

    it('reports unclosed quotes as warnings unless ignored', () => {
      writeFiles(dir, { 'q.txt': 'The minister said: "We will not back down.\nThe vote is on Friday.\n' });
      const result = runCli(['lint', 'q.txt'], { cwd: dir });
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^q\.txt:1:20: warning: .+ \[unclosed-quote\]\n$/);
      assert.equal(runCli(['lint', '--ignore', 'unclosed-quote', 'q.txt'], { cwd: dir }).status, 0);
    });

    it('matches its text format with the contributed problem matcher', () => {
      writeFiles(dir, { 'd.txt': DUPLICATED });
      const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
        contributes: { problemMatchers: { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number } }[] };
      };
      const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'news-lens');
      assert.ok(matcher);
      const regexp = new RegExp(matcher.pattern.regexp);
      const lines = runCli(['lint', 'd.txt'], { cwd: dir }).stdout.trim().split('\n');
      const parsed = lines.map((line) => {
        const m = regexp.exec(line);
        assert.ok(m, line);
        const p = matcher.pattern;
        return [m[p.file], m[p.line], m[p.column], m[p.severity], m[p.message], m[p.code]];
      });
      assert.deepEqual(parsed[1], ['d.txt', '8', '1', 'warning', 'Duplicate of the paragraphs at lines 5–6', 'duplicate-paragraph']);
    });

    it('prints a JSON array of findings with 1-based positions', () => {
      writeFiles(dir, { 'd.txt': DUPLICATED, 'a.txt': ARTICLE });
      const result = runCli(['lint', '--format', 'json', 'a.txt', 'd.txt'], { cwd: dir });
      assert.equal(result.status, 1);
      const findings = JSON.parse(result.stdout) as unknown[];
      assert.deepEqual(findings, [
        {
          file: 'd.txt', line: 4, column: 1, endLine: 4, endColumn: ARTICLE_LINES[1].length + 1, severity: 'warning',
          code: 'duplicate-paragraph', message: 'Duplicate of the paragraph at line 2', related: { line: 2, column: 1 },
        },
        {
          file: 'd.txt', line: 8, column: 1, endLine: 9, endColumn: ARTICLE_LINES[4].length + 1, severity: 'warning',
          code: 'duplicate-paragraph', message: 'Duplicate of the paragraphs at lines 5–6', related: { line: 5, column: 1 },
        },
      ]);
      assert.deepEqual(JSON.parse(runCli(['lint', '--format', 'json', 'a.txt'], { cwd: dir }).stdout), []);
    });

    it('prints a SARIF 2.1.0 log', () => {
      writeFiles(dir, { 'sub/d.txt': DUPLICATED });
      const result = runCli(['lint', '--format', 'sarif', 'sub'], { cwd: dir });
      assert.equal(result.status, 1);
      interface SarifLog {
        version: string;
        $schema: string;
        runs: {
          tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
          results: {
            ruleId: string; ruleIndex: number; level: string; message: { text: string };
            locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
            relatedLocations: { physicalLocation: { region: { startLine: number } } }[];
          }[];
        }[];
      }
      const log = JSON.parse(result.stdout) as SarifLog;
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      const [run] = log.runs;
      assert.equal(run.tool.driver.name, 'News Lens');
      assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['duplicate-paragraph', 'near-duplicate-paragraph', 'unclosed-quote']);
      assert.equal(run.results.length, 2);
      const [first] = run.results;
      assert.equal(run.tool.driver.rules[first.ruleIndex].id, first.ruleId);
      assert.equal(first.level, 'warning');
      assert.deepEqual(first.locations[0].physicalLocation.artifactLocation, { uri: 'sub/d.txt', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(first.locations[0].physicalLocation.region, { startLine: 4, startColumn: 1, endLine: 4, endColumn: ARTICLE_LINES[1].length + 1 });
      assert.equal(first.relatedLocations[0].physicalLocation.region.startLine, 2);
    });

    it('lints standard input', () => {
      const result = runCli(['lint', '-'], { input: DUPLICATED });
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^-:4:1: warning: Duplicate of the paragraph at line 2 \[duplicate-paragraph\]$/m);
    });
  });
});
