import { z } from 'zod';
import { localize } from '../../core/model/localize';
import { analyse } from '../../core/method/analyse';
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
    const { roadmap: result } = analyse(content, assessment);
    const scheduled = result.phases.flatMap((p) => p.actions);
    if (args.json) {
      // The stable shape: id, area, phase, lead, prerequisites, why (more keys may be added).
      const actions = scheduled.map((a) => ({ ...a, prerequisites: a.requires, title: localize(a.title, 'en'), description: localize(a.description, 'en'), successIndicator: localize(a.successIndicator ?? undefined, 'en') }));
      out.log(JSON.stringify({ actions, deferred: result.beyondHorizon.map((a) => a.id), dropped: result.dropped, phaseCap: result.phaseCap }));
      return 0;
    }
    for (const { phase, actions } of result.phases) {
      out.log(t('cli:roadmap.phase', { phase, span: t(`cli:roadmap.span.${phase}`) }));
      for (const a of actions) {
        const why = a.why.length > 0 ? a.why.join(', ') : t(a.note === 'kept-unknown' ? 'cli:roadmap.keptUnknown' : 'cli:roadmap.byYou');
        out.log(`  ${t('cli:roadmap.action', { number: a.number, id: a.id, area: a.area, lead: a.leadName ?? a.lead, role: t(`cli:roadmap.role.${a.role}`), quarter: a.startQuarter, why })}`);
      }
    }
    if (result.beyondHorizon.length > 0) {
      const reasons = result.beyondHorizon.map((a) => `${a.id} (${t(`cli:roadmap.reason.${a.reason}`, { after: a.after ?? '' })})`);
      out.log(t('cli:roadmap.beyond', { ids: reasons.join(', ') }));
    }
    return 0;
  },
};
