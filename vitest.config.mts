import { defineConfig } from 'vitest/config';

// The suite says what it is: one project per kind of test (`vitest run --project <name>`).
const PROPERTY = ['tests/unit/**/*.property.test.ts'];
const RELIABILITY = ['tests/unit/reliability/**/*.test.ts', 'tests/unit/fuzz/**/*.test.ts', 'tests/unit/core/crypto.test.ts', 'tests/unit/cli/encrypted-and-flood.test.ts'];
const REPORT = ['tests/unit/report/**/*.test.ts', 'tests/unit/cli/report.test.ts', 'tests/unit/cli/kit.test.ts'];

export default defineConfig({
  // The page's manifest of content checked by the build (scripts/checked-content.ts) is empty outside a build: tests validate everything.
  plugins: [{ name: 'capamap-checked-content', resolveId: (id) => (id === 'virtual:checked-content' ? '\0checked' : null), load: (id) => (id === '\0checked' ? 'export default [];' : null) }],
  test: {
    environment: 'node',
    // The CLI speaks the environment's language; tests compare its English.
    env: { CAPAMAP_LANG: 'en' },
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Fast (under a minute alone on two cores): the domain, the CLI, the shell's handlers, the store.
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: [...PROPERTY, ...RELIABILITY, ...REPORT],
          setupFiles: ['tests/setup-fast-check.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'property',
          // fast-check suites: rules checked over generated inputs.
          include: PROPERTY,
          setupFiles: ['tests/setup-fast-check.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          // Fault injection (processes killed mid-save), fuzzing, file-store hardening, tampered and hostile files.
          include: RELIABILITY,
          setupFiles: ['tests/setup-fast-check.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'report',
          // The report: documents built and rendered to real PDFs (fonts, pdfkit, read back with pdfjs); slow by nature.
          include: REPORT,
          setupFiles: ['tests/setup-fast-check.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Debian's Chromium against the built renderer (build first); files one at a time (2 cores).
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
