import { z } from 'zod';
import type { Content } from '../../core/model/content';
import { LANGUAGES } from '../../core/model/schema/text';
import { languageCompleteness } from '../../core/model/validate';
import { parseCommandArgs } from '../args';
import { loadBundled } from '../content';
import type { Command } from './types';

const Args = z.object({ json: z.boolean().default(false), positionals: z.array(z.string()).max(0, 'args.statsNoFiles') });

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
      referenced: s.items.filter((i) => (i.type === 'indicator' || i.type === 'risk') && i.references.length > 0).length,
    })),
    languages: languageCompleteness(q, LANGUAGES),
    actions: { id: library.id, version: library.version, total: library.actions.length, byArea, languages: languageCompleteness(library, LANGUAGES) },
  };
}

export const stats: Command = {
  name: 'stats',
  synopsis: 'stats [--json]',
  run(argv, { out, t }) {
    const args = parseCommandArgs(argv, Args);
    const questionnaires = [...loadBundled().values()].map(contentStats);
    if (args.json) {
      out.log(JSON.stringify({ questionnaires }));
      return 0;
    }
    for (const q of questionnaires) {
      out.log(`${q.id} ${q.version}`);
      for (const s of q.sections) {
        const align = ' '.repeat(Math.max(0, 3 - String(s.items).length));
        out.log(`  ${s.id.padEnd(20)} ${s.kind.padEnd(9)} ${align}${t('cli:stats.section', { count: s.items, referenced: s.referenced })}`);
      }
      out.log(
        `  ${t('cli:stats.languages', {
          list: Object.entries(q.languages)
            .map(([l, v]) => `${l} ${Math.round(v * 100)}%`)
            .join(', '),
        })}`,
      );
      out.log(
        `  ${t('cli:stats.actions', {
          total: q.actions.total,
          list: Object.entries(q.actions.byArea)
            .map(([a, n]) => `${a} ${n}`)
            .join(', '),
        })}`,
      );
    }
    return 0;
  },
};
