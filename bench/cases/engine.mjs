// The engine against bare compromise: analyze() must cost little more than one nlp(text) parse, a
// one-paragraph edit must re-parse only that paragraph, and the memory an analysis holds is reported.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function cases(ctx) {
  const group = 'engine';
  if (!ctx.engine) return [ctx.skip(group, 'analyze', 'dist/core.js not built')];
  const nlp = require('compromise');
  const { Analyzer } = ctx.engine;
  const rows = [];

  const coldVersusBare = async (label, text, runs) => {
    const { baselineMs, medianMs, pairedRatio } = await ctx.compare(
      () => nlp(text),
      () => new Analyzer().analyze(text),
      runs,
    );
    const note = `median of ${runs} paired ratios; ratio of the medians ${(medianMs / baselineMs).toFixed(3)}`;
    rows.push({ group, name: `analyze() cold, ${label}`, medianMs, baselineName: 'nlp(text)', baselineMs, ratio: pairedRatio, target: '≤ 1.3×', pass: pairedRatio <= 1.3, note });
    return medianMs;
  };

  if (ctx.seedPath) {
    const seed = fs.readFileSync(ctx.seedPath, 'utf8');
    await coldVersusBare(`seed (${(seed.length / 1024).toFixed(1)} KB)`, seed, 21);
  } else {
    rows.push(ctx.skip(group, 'analyze() cold, seed', '../shared absent'));
  }

  if (!ctx.corpusPath) {
    rows.push(ctx.skip(group, 'analyze() cold, 1 MB', '../shared absent'));
    return rows;
  }
  const corpus = fs.readFileSync(ctx.corpusPath, 'utf8');
  const megabytes = corpus.length / 1_000_000;
  const fullMs = await coldVersusBare(`${megabytes.toFixed(2)} M chars`, corpus, 5);

  // Re-analysis after editing one paragraph (a different edit each run, so it is never cached).
  const analyzer = new Analyzer();
  analyzer.analyze(corpus);
  const paragraphs = analyzer.analyze(corpus).paragraphs;
  const target = paragraphs[paragraphs.length >> 1];
  const parsedBefore = analyzer.parsedParagraphs;
  let edits = 0;
  const editMs = await ctx.median((run) => {
    edits++;
    const edited = `${corpus.slice(0, target.end)} Edit number ${run + 1} added a sentence.${corpus.slice(target.end)}`;
    analyzer.analyze(edited);
  }, 7);
  const reparsed = (analyzer.parsedParagraphs - parsedBefore) / edits;
  const editRatio = editMs / fullMs;
  rows.push({
    group,
    name: 're-analysis after a one-paragraph edit, 1 MB',
    medianMs: editMs,
    baselineName: 'full cold analyze()',
    baselineMs: fullMs,
    ratio: editRatio,
    target: '≤ 0.05×',
    pass: editRatio <= 0.05,
    note: `${reparsed.toFixed(1)} paragraph(s) re-parsed per edit`,
  });

  // Memory held: an Analyzer (its parse cache) and the Analysis it returned, after gc.
  if (globalThis.gc) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const holder = new Analyzer();
    const analysis = holder.analyze(corpus);
    globalThis.gc();
    const after = process.memoryUsage().heapUsed;
    const perMb = (after - before) / 1_048_576 / megabytes;
    rows.push({
      group,
      name: 'memory held per analysed MB (cache + result)',
      medianMs: null,
      note: `${perMb.toFixed(1)} MB heap per MB of text (${holder.parsedParagraphs} paragraphs cached, ${analysis.entities.length} entities)`,
    });
  } else {
    rows.push(ctx.skip(group, 'memory held per analysed MB', 'run node with --expose-gc'));
  }
  return rows;
}
