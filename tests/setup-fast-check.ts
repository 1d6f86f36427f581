import fc from 'fast-check';

// CI replays one fixed seed so a red run can be reproduced and main stays green by
// merit, not luck; elsewhere every run explores new cases (fast-check prints the seed
// of any failure, and FC_SEED=<seed> replays it).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261129 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
