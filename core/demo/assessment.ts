import { indexItems } from '../model/questionnaire';
import { newAssessment } from '../model/assessment-file';
import type { Answer, Assessment } from '../model/schema/assessment';
import type { Item, Questionnaire } from '../model/schema/questionnaire';
import { seededRandom } from '../random';

export interface DemoOptions {
  seed: number;
  /** ISO date-time stamped on the file; fixed so demos are reproducible. */
  now: string;
  institution?: string;
  country?: string;
}

/**
 * A complete, plausible assessment: an institution that is stronger on data
 * than on compute, with every item answered (the profile with its first
 * options), for demos, tests and benchmarks.
 */
export function makeDemoAssessment(q: Questionnaire, options: DemoOptions): Assessment {
  const random = seededRandom(options.seed);
  const answers: Record<string, Answer> = {};
  for (const { item, section } of indexItems(q).values()) {
    const answer = demoAnswer(item, section.id, random);
    if (answer) answers[item.id] = answer;
  }
  return newAssessment(q, {
    id: `demo-${options.seed.toString(16).padStart(8, '0')}`,
    now: options.now,
    modules: q.sections.filter((s) => s.optional).map((s) => s.id),
    meta: {
      institution: options.institution ?? 'Ministry of Digital Economy and Innovation',
      country: options.country ?? 'Republic of Asterra',
      assessmentDate: options.now.slice(0, 10),
      leadRespondent: 'A. Mensah, Director of Digital Transformation',
      language: 'en',
      confidentiality: 'For official use',
    },
    answers,
  });
}

/** Profile answers that match the demo institution (a ministry of digital economy), where the questionnaire offers them. */
const DEMO_PROFILE: Record<string, string> = { 'profile.institution-type': 'ministry-ict', 'profile.defence-mandate': 'no' };

/** Typical stage level per area: compute weakest, data strongest, governance in between (a strategy on paper, little follow-up). */
const CENTRE: Record<string, number> = { compute: 1.6, data: 2.6, models: 1.9, talent: 2.2, governance: 1.8 };
const CONFIDENCES = ['low', 'medium', 'high'] as const;

function demoAnswer(item: Item, sectionId: string, random: () => number): Answer | null {
  const stage = (centre: number) => Math.min(5, Math.max(1, Math.round(centre + (random() - 0.5) * 2.2)));
  const confidence = CONFIDENCES[Math.floor(random() * 3)]!;
  switch (item.type) {
    case 'indicator':
      return { kind: 'stage', stage: stage(CENTRE[sectionId] ?? 2), confidence, notes: random() < 0.3 ? 'Confirmed with the planning unit in the workshop.' : undefined };
    case 'risk':
      return { kind: 'risk', likelihood: stage(3.2), impact: stage(3.6), preparedness: stage(1.8), confidence };
    case 'choice': {
      if (!item.options?.[0]) return null;
      const drawn = item.options[Math.floor(random() * item.options.length)]!.value;
      // The demo institution is a digital ministry without a defence mandate, whatever the draw.
      const fixed = DEMO_PROFILE[item.id];
      return { kind: 'profile', value: fixed !== undefined && item.options.some((o) => o.value === fixed) ? fixed : drawn };
    }
    case 'multi':
      return item.options ? { kind: 'profile', value: item.options.filter(() => random() < 0.4).map((o) => o.value) } : null;
    case 'text':
      return { kind: 'profile', value: item.id.includes('strateg') ? 'National AI Strategy 2024–2030' : 'English, French' };
  }
}
