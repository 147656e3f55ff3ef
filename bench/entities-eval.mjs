// Scores entities (person/place/organization) against ../shared/eval/entities by span overlap.
// Any overlap counts by default (spans differ in convention: GUM includes titles and determiners).
// Usage: node scripts/build.mjs && node bench/entities-eval.mjs [DIR] [--misses] [--half]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { analyze } = require(process.env.NEWS_LENS_CORE ?? path.join(root, 'dist/core.js'));
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
// --half: like scripts/eval.mjs, a match needs a shared length of at least half the longer span.
const half = args.includes('--half');
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(root, '../shared/eval/entities');
if (!fs.existsSync(dir)) {
  console.log(`skipped: ${dir} not found`);
  process.exit(0);
}
const TYPES = ['person', 'place', 'organization'];
const overlaps = (a, b) => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && (!half || shared >= 0.5 * Math.max(a.end - a.start, b.end - b.start));
};
const totals = Object.fromEntries(TYPES.map((t) => [t, { tpPred: 0, pred: 0, tpGold: 0, gold: 0 }]));
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const predicted = analyze(doc.text).entities;
  for (const type of TYPES) {
    const gold = doc.entities.filter((e) => e.type === type);
    const pred = predicted.filter((e) => e.type === type);
    const t = totals[type];
    t.gold += gold.length;
    t.pred += pred.length;
    for (const g of gold) {
      if (pred.some((p) => overlaps(p, g))) t.tpGold++;
      else if (showMisses) console.log(`MISS ${type}\t${file}\t${g.text}\t→ ${predicted.filter((p) => overlaps(p, g)).map((p) => p.type).join(',')}`);
    }
    for (const p of pred) {
      if (gold.some((g) => overlaps(p, g))) t.tpPred++;
      else if (showMisses) console.log(`FALSE ${type}\t${file}\t${p.text}\t← ${doc.entities.filter((g) => overlaps(p, g)).map((g) => g.type).join(',')}`);
    }
  }
}
console.log('type          P      R      F1    (gold, predicted)');
for (const type of TYPES) {
  const t = totals[type];
  const p = t.pred ? t.tpPred / t.pred : 0;
  const r = t.gold ? t.tpGold / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${type.padEnd(13)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  (${t.gold}, ${t.pred})`);
}
