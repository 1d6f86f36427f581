import fc from 'fast-check';
import { describe, it } from 'vitest';
import { bundledContent, miniContent } from '../../content';
import { checkMethodRules, inputArb, stretchedArb } from './method.helpers';

// The rules of method 2.0 (docs/methodology.md §13), proved on random assessments without user decisions.
for (const [name, content] of [
  ['capamap-core', bundledContent()],
  ['mini', miniContent()],
] as const) {
  describe(`method 2.0 rules on random assessments (${name})`, () => {
    it('hold with default targets', () => {
      fc.assert(
        fc.property(inputArb(content, { targets: false }), (input) => void checkMethodRules(content, input)),
        { numRuns: 150 },
      );
    });

    it('hold with the team’s pillar and indicator targets', () => {
      fc.assert(
        fc.property(inputArb(content), (input) => void checkMethodRules(content, input)),
        { numRuns: 120 },
      );
    });

    it('hold for the most stretched institution: every risk severe, the smallest capacity, a sector pilot due', () => {
      fc.assert(
        fc.property(stretchedArb(content), (input) => void checkMethodRules(content, input)),
        { numRuns: 120 },
      );
    });
  });
}
