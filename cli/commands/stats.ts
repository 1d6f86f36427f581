import { z } from 'zod';
import type { Content } from '../../core/model/content';
import { LANGUAGES } from '../../core/model/schema/text';
import { languageCompleteness } from '../../core/model/validate';
import { parseCommandArgs } from '../args';
import { loadBundled } from '../content';
import type { Command } from './types';

const Args = z.object({ json: z.boolean().default(false), positionals: z.array(z.string()).max(0, 'stats takes no file names') });

/** The stable `stats --json` shape (more keys may be added, none removed). */
export function contentStats(content: Content) {
  const { questionnaire: q, library } = content;
  const byArea: Record<string, number> = {};
  for (const action of library.actions) byArea[action.area] = (byArea[action.area] ?? 0) + 1;
  return {
    id: q.id,
    version: q.version,
    sections: q.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      optional: s.optional,
      items: s.items.length,
      referenced: s.items.filter((i) => 'references' in i && i.references.length > 0).length,
    })),
    languages: languageCompleteness(q, LANGUAGES),
    actions: { id: library.id, version: library.version, total: library.actions.length, byArea, languages: languageCompleteness(library, LANGUAGES) },
  };
}

export const stats: Command = {
  name: 'stats',
  usage: 'stats [--json]   items, references and translation completeness of the bundled questionnaires',
  run(argv, out) {
    const args = parseCommandArgs(argv, { json: { type: 'boolean' } }, Args);
    const questionnaires = [...loadBundled().values()].map(contentStats);
    if (args.json) {
      out.log(JSON.stringify({ questionnaires }));
      return 0;
    }
    for (const q of questionnaires) {
      out.log(`${q.id} ${q.version}`);
      for (const s of q.sections) out.log(`  ${s.id.padEnd(20)} ${s.kind.padEnd(9)} ${String(s.items).padStart(3)} items, ${s.referenced} referenced`);
      out.log(`  languages: ${Object.entries(q.languages).map(([l, v]) => `${l} ${Math.round(v * 100)}%`).join(', ')}`);
      out.log(`  actions: ${q.actions.total} (${Object.entries(q.actions.byArea).map(([a, n]) => `${a} ${n}`).join(', ')})`);
    }
    return 0;
  },
};
