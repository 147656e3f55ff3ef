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

describe('claim boundaries: a parenthetical cue inside the reported sentence', () => {
  check([
    {
      name: 'the words before the aside belong to the claim',
      text: 'Lighthouses, Ada Quill noted, are cheaper to run than most people think.',
      claims: [['Lighthouses, Ada Quill noted, are cheaper to run than most people think', 'Ada Quill', 'noted']],
    },
    {
      name: 'a setting after the cue stays inside the aside',
      text: 'Smugglers, she said in the interview, never stay in one harbour for long.',
      claims: [['Smugglers, she said in the interview, never stay in one harbour for long', null, 'said']],
    },
    {
      name: '", and …" after the aside goes on with the same sentence',
      text: 'Word of the closure would spread quickly, Ada Quill concluded, and the ferry would look careless.',
      claims: [['Word of the closure would spread quickly, Ada Quill concluded, and the ferry would look careless', 'Ada Quill', 'concluded']],
    },
    {
      name: '", but …" after the aside goes on with the same sentence',
      text: 'Nobody was hurt, Ada Quill said, but the pier was badly damaged.',
      claims: [['Nobody was hurt, Ada Quill said, but the pier was badly damaged', 'Ada Quill', 'said']],
    },
    {
      name: 'a leading conjunction is the writer\'s link, not the speaker\'s words',
      text: 'But waiting, the wardens admitted, could cost the island its ferry.',
      claims: [['waiting, the wardens admitted, could cost the island its ferry', 'The wardens', 'admitted']],
    },
    {
      name: 'negative: a subordinate clause before the aside is the writer\'s frame',
      text: 'While some crews give up in winter, Ada Quill said, others sail every single day.',
      claims: [['others sail every single day', 'Ada Quill', 'said']],
    },
    {
      name: 'negative: "although" after the aside is a new clause',
      text: 'The ferry will not sail on time, harbour officials said, although they said a later crossing was likely.',
      claims: [
        ['The ferry will not sail on time', 'Harbour officials', 'said'],
        ['a later crossing was likely', 'Harbour officials', 'said'],
      ],
    },
  ]);
});
