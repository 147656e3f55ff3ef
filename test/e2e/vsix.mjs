// Reads a .vsix (a zip) and checks that it holds only what the installed extension needs.
import fs from 'node:fs';

export const MAX_VSIX_BYTES = 1024 * 1024;

// Entries vsce always adds, then the allow-listed content of the extension folder (case-insensitive:
// vsce renames changelog.md/LICENSE.txt).
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/license(?:\.txt|\.md)?$/i,
  /^extension\/language-configuration\.json$/,
  /^extension\/dist\/[\w-]+\.js$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/media\/[\w.-]+\.(?:png|svg)$/,
];
const REQUIRED = [/^extension\/package\.json$/, /^extension\/dist\/extension\.js$/, /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i, /^extension\/license/i, /^extension\/language-configuration\.json$/,
  /^extension\/syntaxes\/.+\.json$/, /^extension\/media\/icon\.png$/];

/** Lists the entries of a zip file from its central directory: [{ name, size }]. */
export function listZip(file) {
  const data = fs.readFileSync(file);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: corrupt central directory`);
    const size = data.readUInt32LE(offset + 24);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    entries.push({ name: data.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Returns { size, entries, problems }: problems is empty when the package is right. */
export function checkVsix(file) {
  const size = fs.statSync(file).size;
  const entries = listZip(file);
  const problems = [];
  if (size >= MAX_VSIX_BYTES) problems.push(`${file} is ${size} bytes, over the 1 MB limit`);
  for (const { name } of entries) {
    if (!name.endsWith('/') && !ALLOWED.some((pattern) => pattern.test(name))) problems.push(`unexpected file in the package: ${name}`);
  }
  for (const pattern of REQUIRED) {
    if (!entries.some(({ name }) => pattern.test(name))) problems.push(`missing from the package: ${pattern.source}`);
  }
  return { size, entries, problems };
}
