import { describe, expect, it } from 'vitest';
import { bundledContent, miniContent } from '../../content';
import { scoreAssessment } from '../../../core/method/scoring';
import { buildRoadmap, type Roadmap, type RoadmapAction, type RoadmapInput } from '../../../core/method/roadmap';
import type { Content } from '../../../core/model/content';
import type { Answer, Answers, RoadmapEdits } from '../../../core/model/schema/assessment';

const core = bundledContent();
const mini = miniContent();

const input = (answers: Answers, extra: Partial<RoadmapInput> = {}, roadmap: Partial<RoadmapEdits> = {}): RoadmapInput => ({
  answers,
  targets: {},
  modules: [],
  meta: { institution: 'Ministry', country: 'Asterra', assessmentDate: '2026-01-15', leadRespondent: '', language: 'en', confidentiality: '' },
  ...extra,
  roadmap: { edits: {}, custom: [], ...roadmap },
});
const build = (content: Content, i: RoadmapInput): Roadmap => buildRoadmap(content.questionnaire, content.library, i, scoreAssessment(content.questionnaire, i));
const stage = (s: number, confidence?: 'low' | 'medium' | 'high'): Answer => ({ kind: 'stage', stage: s, ...(confidence ? { confidence } : {}) });
const risk = (likelihood: number, impact: number, preparedness: number): Answer => ({ kind: 'risk', likelihood, impact, preparedness });
const profile = (value: string | string[]): Answer => ({ kind: 'profile', value });
const find = (r: Roadmap, id: string): RoadmapAction | undefined => [...r.actions, ...r.deferred].find((a) => a.id === id);
const rounded = (r: Roadmap) => Object.fromEntries(r.actions.map((a) => [a.id, Number(a.urgency.toFixed(6))]));
const summary = (r: Roadmap) => r.actions.map((a) => `${a.phase} Q${a.startQuarter} ${a.id}${a.note ? ` (${a.note})` : ''}`);

/**
 * Mini questionnaire (weights: hpc-access and protection-law 1.5, the rest 1): compute 2.8, data 1.8,
 * models 2, talent 5 → one ambition for all, max(3, ⌊1.8⌋ + 1) = 3. Military 4·4·(6−2)/125 = 0.512 (high);
 * cross-border 3·4·(6−3)/125 = 0.288 (medium); misuse prepared (4) beyond the mini library's range.
 */
const MINI: Answers = {
  'compute.hpc-access': stage(2),
  'compute.connectivity': stage(4),
  'data.protection-law': stage(1),
  'data.open-data': stage(3),
  'models.open-model-use': stage(2),
  'talent.public-sector-literacy': stage(5),
  'military.unchecked-autonomy': risk(4, 4, 2),
  'cross-border-data.unprotected-transfers': risk(3, 4, 3),
  'misuse.deepfakes-disinformation': risk(5, 5, 4),
  'health.pilot-deployment': stage(1),
};

describe('triggers and urgency', () => {
  it("a gap weighs (target − stage) × weight ÷ the largest weight; a risk's first response 10 × priority", () => {
    expect(rounded(build(mini, input(MINI)))).toEqual({
      'military-human-control': 5.12, // 10 × 0.512
      'data-law': 2, // (3 − 1) × 1.5 ÷ 1.5
      'compute-gpu-pilot': 1, // (3 − 2) × 1.5 ÷ 1.5
      'models-adapt': 0.666667, // (3 − 2) × 1 ÷ 1.5
      'cross-border-data-mechanism': 2.88, // 10 × 0.288
      'compute-gpu-widen': 1,
    });
    // connectivity (4) is above the ambition (3); talent is at the top.
    expect(find(build(mini, input(MINI)), 'compute-connect')).toBeUndefined();
  });

  it("follows the team's pillar and indicator targets", () => {
    const r = build(mini, input(MINI, { targets: { compute: 5 }, indicatorTargets: { 'data.open-data': 4 } }));
    expect(find(r, 'compute-gpu-pilot')!.urgency).toBe(3); // (5 − 2) × 1.5 ÷ 1.5
    expect(find(r, 'compute-connect')!.urgency).toBeCloseTo(2 / 3, 12); // (5 − 4) × 1 ÷ 1.5
    expect(find(r, 'data-open-portal')!.why).toEqual(['data.open-data']); // 3 < its own target 4
  });

  it("an indicator at its pillar's stage still triggers when it is below its target", () => {
    // A data-protection authority that exists on paper only (stage 2) in a data pillar at 2.0.
    const r = build(core, input({ 'data.protection-authority': stage(2), 'data.protection-law': stage(2) }));
    expect(find(r, 'data-protection-authority-setup')!.why).toEqual(['data.protection-authority']);
  });

  it('comes from chosen modules only', () => {
    expect(find(build(mini, input(MINI)), 'health-pilot')).toBeUndefined();
    expect(find(build(mini, input(MINI, { modules: ['health'] })), 'health-pilot')!.urgency).toBeCloseTo(4 / 3, 12); // (3 − 1) × 1 ÷ 1.5
  });

  it("gives a risk's first response (the lightest) 10 × priority and the other actions on it 2 × priority", () => {
    const r = build(core, input({ 'misuse.deepfakes-disinformation': risk(4, 4, 2) }));
    expect(find(r, 'misuse-deepfake-response-protocol')!.urgency).toBeCloseTo(5.12, 12);
    expect(find(r, 'misuse-content-provenance-marking')!.urgency).toBeCloseTo(1.024, 12);
    expect(find(r, 'misuse-fact-checking-media-literacy')!.urgency).toBeCloseTo(1.024, 12);
  });

  it('counts a "don\'t know" preparedness as 1 and an unrated likelihood or impact as 3, and finds out in phase 1', () => {
    const r = build(core, input({ 'misuse.fraud': { kind: 'risk', impact: 4, unknown: ['likelihood', 'preparedness'] } }));
    expect(find(r, 'misuse-fraud-reporting-channel')!.urgency).toBeCloseTo((10 * 3 * 4 * 5) / 125, 12);
    expect(find(r, 'misuse-find-out')).toMatchObject({ phase: 1, why: ['misuse.fraud'], addresses: ['misuse.fraud'], step: 'find-out', role: 'lead', urgency: 4 });
  });

  it('ignores answers to items that skip logic hides (compute.allocation needs hpc-access ≠ 1)', () => {
    const hidden = build(core, input({ 'compute.hpc-access': stage(1), 'compute.allocation': stage(1) }));
    expect([...hidden.actions, ...hidden.deferred].flatMap((a) => a.why)).not.toContain('compute.allocation');
    const shown = build(core, input({ 'compute.hpc-access': stage(2), 'compute.allocation': stage(1) }));
    expect(find(shown, 'compute-allocation-rules')?.why).toEqual(['compute.allocation']);
  });

  it('a pillar at "advanced" or above offers its strength to partner countries', () => {
    const strong = Object.fromEntries(core.questionnaire.sections.find((s) => s.id === 'talent')!.items.map((i) => [i.id, stage(4)]));
    const r = build(core, input(strong));
    expect(find(r, 'talent-south-south-provider')).toMatchObject({ step: 'build', funding: expect.arrayContaining(['south-south']) as unknown });
    expect(find(r, 'talent-south-south-provider')!.why.length).toBe(10);
    expect(find(build(core, input({ ...strong, 'talent.inclusion': stage(1) })), 'talent-south-south-provider')).toBeUndefined(); // 3.7: not advanced
  });
});

describe('the profile tailors the roadmap', () => {
  const military = { 'military.unchecked-autonomy': risk(4, 4, 1), 'military.weapons-review-gap': risk(4, 4, 1), 'military.dual-use-proliferation': risk(3, 4, 2) };

  it('without a defence mandate, no military action is led by the institution', () => {
    for (const mandate of ['no', 'partly']) {
      const r = build(core, input({ ...military, 'profile.institution-type': profile('ministry-defence'), 'profile.defence-mandate': profile(mandate) }));
      const roles = [...r.actions, ...r.deferred].filter((a) => a.area === 'military').map((a) => a.role);
      expect(roles.length).toBeGreaterThan(0);
      expect(roles).not.toContain('lead');
    }
    const withMandate = build(core, input({ ...military, 'profile.institution-type': profile('ministry-ict'), 'profile.defence-mandate': profile('yes') }));
    expect(find(withMandate, 'military-weapons-legal-review')!.role).toBe('lead'); // led by the ministry of defence
    expect(find(withMandate, 'military-dual-use-export-controls')!.role).toBe('contribute'); // trade leads, defence is a partner
  });

  it('the institution type decides who leads: it leads, contributes as a partner, or advocates', () => {
    const answers = { 'data.statistics-timeliness': stage(1), 'data.open-data': stage(1), 'compute.compute-funding': stage(1), 'profile.institution-type': profile('statistics-office') };
    const r = build(core, input(answers));
    expect(find(r, 'data-statistics-modernisation')).toMatchObject({ lead: 'statistics-office', role: 'lead' });
    expect(find(r, 'data-open-data-pilot')).toMatchObject({ lead: 'ministry-ict', role: 'contribute' });
    expect(find(r, 'compute-funding-line')).toMatchObject({ lead: 'ministry-finance', role: 'advocate' });
    // A ministry not named among the types is the one its sectors point to; otherwise the digital ministry.
    const health = build(core, input({ ...answers, 'profile.institution-type': profile('ministry'), 'profile.sector-focus': profile(['health']) }));
    expect(find(health, 'data-statistics-modernisation')!.role).toBe('advocate');
    const digital = build(core, input({ ...answers, 'profile.institution-type': profile('ministry') }));
    expect(find(digital, 'data-open-data-pilot')!.role).toBe('lead');
  });

  it('income group, staff and a funded strategy set the capacity per quarter', () => {
    const capacity = (answers: Answers) => build(core, input(answers)).capacity;
    expect(capacity({})).toBeCloseTo(6.4, 12); // 10 × 0.8 × 0.8
    expect(capacity({ 'profile.income-group': profile('low'), 'profile.staff-size': profile('under-50') })).toBe(5); // 3.6, raised to the floor
    expect(capacity({ 'profile.income-group': profile('upper-middle'), 'profile.staff-size': profile('250-1000'), 'profile.ai-strategy': profile('adopted-funded') })).toBeCloseTo(12, 12);
  });

  it('variants change actions, leads, costs and wording; costly actions in poorer countries name concessional funding', () => {
    const node = { 'compute.compute-partnerships': stage(3), 'compute.hpc-access': stage(3), 'compute.data-centres': stage(3) };
    const low = build(core, input({ ...node, 'profile.income-group': profile('low') }));
    expect(find(low, 'compute-regional-node')).toMatchObject({ cost: 'high', lead: 'international-partners', title: { en: 'Join a training-capable regional AI compute node as a member' } });
    expect(find(low, 'compute-regional-node')!.funding).toEqual(expect.arrayContaining(['world-bank', 'pooled-fund']));
    const high = build(core, input({ ...node, 'profile.income-group': profile('high') }));
    expect(find(high, 'compute-regional-node')).toMatchObject({ cost: 'very-high', title: { en: 'Co-host a training-capable regional AI compute node' } });

    const languages = build(core, input({ 'models.local-language-models': stage(1), 'profile.working-languages': profile('French, Wolof, Pulaar') }));
    expect(find(languages, 'models-local-language-baseline')!.title.en).toBe('Test existing models in the languages you serve the public in (French, Wolof, Pulaar)');
    expect(find(languages, 'models-local-language-baseline')!.title.fr).toContain('French, Wolof, Pulaar');

    const funded = build(core, input({ 'compute.compute-funding': stage(1), 'profile.ai-strategy': profile('adopted-funded'), 'profile.strategy-name': profile('Digital Asterra 2030') }));
    expect(find(funded, 'compute-funding-line')!.title.en).toBe('Earmark AI compute in the budget of the national AI strategy');
    const named = build(core, input({ 'compute.compute-funding': stage(1), 'profile.ai-strategy': profile('adopted'), 'profile.strategy-name': profile('Digital Asterra 2030') }));
    expect(find(named, 'compute-funding-line')!.description.en).toContain('costed plan of Digital Asterra 2030');
    // A stale strategy title is not read once the strategy question says there is none (skip logic hides the title).
    const none = build(core, input({ 'compute.compute-funding': stage(1), 'profile.ai-strategy': profile('none'), 'profile.strategy-name': profile('Digital Asterra 2030') }));
    expect(find(none, 'compute-funding-line')!.description.en).not.toContain('Digital Asterra');
  });
});

describe('scheduling', () => {
  it('starts each action in the phase it asks for, after its prerequisites end, in quarters with room', () => {
    const r = build(mini, input(MINI));
    expect(summary(r)).toEqual(['1 Q1 military-human-control', '1 Q1 data-law', '1 Q1 compute-gpu-pilot', '1 Q1 models-adapt', '2 Q5 cross-border-data-mechanism', '2 Q5 compute-gpu-widen']);
    expect(find(r, 'compute-gpu-widen')!.prerequisites).toEqual(['compute-gpu-pilot']);
    // Six-month low-cost actions: 1 point a quarter when led, a quarter of it when advocated (military, no mandate).
    expect(r.load.slice(0, 6)).toEqual([3.25, 3.25, 0, 0, 2, 2]);
    expect(r).toMatchObject({ deferred: [], dropped: [], phaseCap: null });
  });

  it("a scale-up waits for its pilot's evaluation, in a later phase, and names the pilot as its gate", () => {
    const r = build(core, input({ 'compute.hpc-access': stage(2), 'compute.allocation': stage(3), 'compute.compute-funding': stage(3) }));
    const pilot = find(r, 'compute-shared-gpu-pilot')!;
    const platform = find(r, 'compute-national-shared-platform')!;
    expect(pilot).toMatchObject({ phase: 1, startQuarter: 1, step: 'pilot', months: 12 });
    // The pilot runs quarters 1–4; one quarter of evaluation; then phase 2.
    expect(platform).toMatchObject({ phase: 2, startQuarter: 6, step: 'scale', gate: 'compute-shared-gpu-pilot', prerequisites: ['compute-shared-gpu-pilot'], after: 'compute-shared-gpu-pilot' });
  });

  it('keeps a prerequisite whose items are unanswered, and drops one the answers show is in place', () => {
    const r = build(core, input({ 'compute.hpc-access': stage(2) }));
    expect(find(r, 'compute-national-shared-platform')!.prerequisites).toEqual(['compute-shared-gpu-pilot', 'compute-allocation-rules', 'compute-funding-line']);
    expect(find(r, 'compute-funding-line')).toMatchObject({ note: 'kept-unknown', why: [] });
    expect(find(r, 'compute-needs-inventory')).toBeUndefined(); // hpc-access is answered: the inventory's own trigger says no
  });

  it('a costly action resting on a low-confidence answer waits for the find-out step that checks it', () => {
    const r = build(core, input({ 'compute.hpc-access': stage(2, 'low'), 'compute.allocation': stage(3), 'compute.compute-funding': stage(3) }));
    expect(find(r, 'compute-find-out')).toMatchObject({ phase: 1, why: ['compute.hpc-access'] });
    expect(find(r, 'compute-national-shared-platform')!.prerequisites).toEqual(['compute-shared-gpu-pilot', 'compute-find-out']);
    expect(find(build(core, input({ 'compute.hpc-access': stage(2, 'high') })), 'compute-find-out')).toBeUndefined();
  });

  it('risks in the low band schedule nothing before phase 3', () => {
    const r = build(core, input({ 'misuse.fraud': risk(1, 2, 1) })); // 1 · 2 · 5 / 125 = 0.08
    expect(find(r, 'misuse-fraud-reporting-channel')).toMatchObject({ phase: 3, startQuarter: 13, note: 'low-band' });
    expect(r.actions.every((a) => a.phase === 3)).toBe(true);
  });

  it('once an action finds no room, nothing less urgent goes ahead of it; what a deferred prerequisite holds back says so', () => {
    const r = build(mini, input(MINI, {}, { phaseCap: 1 }));
    expect(summary(r)).toEqual(['1 Q1 military-human-control', '2 Q5 cross-border-data-mechanism', '3 Q13 data-law (pushed-by-capacity)']);
    expect(r.deferred.map((a) => [a.id, a.reason, a.after])).toEqual([
      ['compute-gpu-pilot', 'capacity', null],
      ['compute-gpu-widen', 'prerequisite', 'compute-gpu-pilot'],
      ['models-adapt', 'capacity', null],
    ]);
  });

  it('a start date the user sets pins the earliest quarter', () => {
    const r = build(mini, input(MINI, {}, { edits: { 'models-adapt': { start: '2027-04-10' } } }));
    expect(find(r, 'models-adapt')).toMatchObject({ startQuarter: 6, phase: 2, start: '2027-04-10', edited: true }); // 15 months after 2026-01-15
    const late = build(mini, input(MINI, {}, { edits: { 'models-adapt': { start: '2033-01-01' } } }));
    expect(late.deferred.find((a) => a.id === 'models-adapt')).toMatchObject({ reason: 'user-start' });
  });

  it('edits made under the id of a merged duplicate apply to the action that replaced it', () => {
    const answers = { 'models.safety-network-links': stage(1) };
    const r = build(core, input(answers, {}, { edits: { 'misuse-safety-institute-links': { owner: 'Chief scientist', phase: 2 } } }));
    expect(find(r, 'models-safety-focal-point')).toMatchObject({ owner: 'Chief scientist', phase: 2, edited: true });
    const dropped = build(core, input(answers, {}, { edits: { 'misuse-safety-institute-links': { status: 'dropped' } } }));
    expect(find(dropped, 'models-safety-focal-point')).toBeUndefined();
    expect(dropped.dropped).toEqual(['models-safety-focal-point']);
  });

  it('is deterministic', () => {
    expect(build(core, input(Object.fromEntries(Object.entries(MINI).reverse())))).toEqual(build(core, input(MINI)));
  });
});
