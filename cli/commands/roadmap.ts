import { z } from 'zod';
import { localize } from '../../core/model/localize';
import { buildRoadmap } from '../../core/method/roadmap';
import { parseCommandArgs } from '../args';
import { loadAssessmentWithContent } from '../content';
import type { Command } from './types';

const Args = z.object({
  json: z.boolean().default(false),
  positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
});

export const roadmap: Command = {
  name: 'roadmap',
  synopsis: 'roadmap <assessment.json> [--json]',
  run(argv, { out, t }) {
    const args = parseCommandArgs(argv, { json: { type: 'boolean' } }, Args);
    const { assessment, content } = loadAssessmentWithContent(args.positionals[0]!);
    const result = buildRoadmap(content.questionnaire, content.library, assessment);
    if (args.json) {
      // The stable shape: id, area, phase, lead, prerequisites, why (more keys may be added).
      const actions = result.actions.map((a) => ({ ...a, title: localize(a.title, 'en'), description: localize(a.description, 'en'), successIndicator: localize(a.successIndicator ?? undefined, 'en') }));
      out.log(JSON.stringify({ actions, deferred: result.deferred.map((a) => a.id), dropped: result.dropped, phaseCap: result.phaseCap }));
      return 0;
    }
    for (const phase of [1, 2, 3] as const) {
      out.log(t('cli:roadmap.phase', { phase, span: t(`cli:roadmap.span.${phase}`) }));
      for (const a of result.actions.filter((x) => x.phase === phase))
        out.log(`  ${t('cli:roadmap.action', { id: a.id, area: a.area, lead: a.lead, why: a.why.join(', ') || t('cli:roadmap.byYou') })}`);
    }
    if (result.deferred.length > 0) out.log(t('cli:roadmap.beyond', { ids: result.deferred.map((a) => a.id).join(', ') }));
    return 0;
  },
};
