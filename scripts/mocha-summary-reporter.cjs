/* global require, module, process */
/* eslint-disable @typescript-eslint/no-require-imports -- mocha loads reporters with require(), so this file is CommonJS */
// Mocha reporter for `npm test`: the usual spec output, plus {passes, failures, pending, tests, failed[]}
// written as JSON to the file named by NEWS_LENS_MOCHA_SUMMARY so the layer can be counted.
const fs = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failed = [];
    runner.on('fail', (test) => failed.push(test.fullTitle()));
    runner.once('end', () => {
      const out = process.env.NEWS_LENS_MOCHA_SUMMARY;
      if (out) fs.writeFileSync(out, JSON.stringify({ ...this.stats, failed }, null, 2));
    });
  }
}

module.exports = SummaryReporter;
