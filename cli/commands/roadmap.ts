import { z } from 'zod';
import { localize } from '../../core/model/localize';
import { analyse } from '../../core/method/analyse';
import { parseCommandArgs } from '../args';
import { loadAssessmentWithContent } from '../content';
import type { Command } from './types';

const Args = z.object({
  json: z.boolean().default(false),
  positionals: z.array(z.string()).length(1, 'name exactly one assessment file'),
});

export const roadmap: Command = {
  name: 'roadmap',
  usage: 'roadmap <assessment.json> [--json]   the phased roadmap the answers call for',
  run(argv, out) {
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
      out.log(`Phase ${phase} (${['0–12 months', '1–3 years', '3–5 years'][phase - 1]})`);
      for (const a of actions) out.log(`  ${a.id}  [${a.area}, lead: ${a.lead}]  why: ${a.why.join(', ') || 'added or edited by you'}`);
    }
    if (result.beyondHorizon.length > 0) out.log(`Beyond five years (phases full): ${result.beyondHorizon.map((a) => a.id).join(', ')}`);
    return 0;
  },
};
