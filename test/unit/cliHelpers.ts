/** Shared helpers for the CLI tests: run the built `dist/cli.js` in temporary directories. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** out/test/unit/*.js → the repository root. */
export const REPO = path.resolve(__dirname, '../../..');
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const SEED = path.join(REPO, '..', 'shared', 'seeds', '000_5d0278a4d8633017.txt');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), stdoutBytes: result.stdout };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cli-'));
}

export function writeFiles(dir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Invented article text (never copied from ../shared). One paragraph per line. */
export const ARTICLE_LINES: readonly string[] = [
  'The harbour council voted on Tuesday to close the old ferry pier in Kestrel Bay.',
  '"We cannot keep patching a structure that is falling apart," said Mayor Ingrid Tallis.',
  'Tallis said the council would publish a plan for a new pier by the spring.',
  'Fishermen who use the pier said they were worried about the cost of moving their boats.',
  '"Nobody asked us before the vote," said Tomas Brekke, who has fished from the pier for 30 years.',
  'The council expects the demolition to cost about 2 million euros.',
];

/** ARTICLE_LINES with line 2 repeated after line 3, and lines 4–5 repeated at the end. */
export const DUPLICATED_LINES: readonly string[] = [
  ARTICLE_LINES[0], ARTICLE_LINES[1], ARTICLE_LINES[2], ARTICLE_LINES[1], ARTICLE_LINES[3], ARTICLE_LINES[4], ARTICLE_LINES[5],
  ARTICLE_LINES[3], ARTICLE_LINES[4],
];

export function paragraphCount(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
}

export function utf16be(text: string): Buffer {
  const body = Buffer.from(text, 'utf16le');
  body.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
}

export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export function utf8Bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
