import assert from 'node:assert/strict';
import { attributeWithoutParses as run } from './attributionHelpers';

interface ClaimCase {
  readonly name: string;
  readonly text: string;
  /** Each claim in reading order: [claim text, speaker name, cue text]. */
  readonly claims: readonly (readonly [string, string | null, string | null])[];
}

function check(cases: readonly ClaimCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const result = run(c.text);
      const got = result.claims.map((claim) => [claim.text, result.speakers.find((s) => s.id === claim.speakerId)?.name ?? null, claim.cue?.text ?? null]);
      assert.deepEqual(got, c.claims.map((x) => [...x]));
      for (const claim of result.claims) assert.equal(c.text.slice(claim.start, claim.end), claim.text);
    });
  }
}

describe('claims precision: a setting after the cue', () => {
  check([
    {
      name: '"testified on the issue" reports no clause',
      text: 'Ada Quill had testified on the ferry budget and left the hall early.',
      claims: [],
    },
    {
      name: '"asks in the subject line" reports no clause',
      text: 'The memo from Ada Quill asks in the subject line whether the pier is safe.',
      claims: [],
    },
    {
      name: 'a pronoun after the setting\'s noun opens the reported clause',
      text: 'Ada Quill said in a radio interview she would reopen the pier in May.',
      claims: [['she would reopen the pier in May', 'Ada Quill', 'said']],
    },
    {
      name: '"that" after the setting\'s noun opens the reported clause',
      text: 'Ada Quill said in a radio interview Monday that the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ada Quill', 'said']],
    },
    {
      name: 'an article after a time opens the subject',
      text: 'Ada Quill said Tuesday the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ada Quill', 'said']],
    },
    {
      name: 'an article after a medium opens the subject',
      text: 'Ben Ostrow told reporters by email the pier would reopen in May.',
      claims: [['the pier would reopen in May', 'Ben Ostrow', 'told']],
    },
  ]);
});
