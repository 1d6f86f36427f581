import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import { directoryBodies, institutionName, setInstitutionName } from '../../../core/method/institutions';
import { addCustomAction } from '../../../core/method/roadmap-edits';
import { newAssessment, parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { LEAD_BODIES } from '../../../core/model/schema/actions';
import { AssessmentSchema, MAX_INSTITUTION_NAME, type Assessment } from '../../../core/model/schema/assessment';
import { miniContent } from '../../content';

const mini = miniContent();

/** The mini questionnaire answered weakly, so the roadmap has actions led by several bodies. */
function weak(): Assessment {
  const a = newAssessment(mini.questionnaire, {
    id: 'assessment-0001',
    now: '2026-03-01T10:00:00.000Z',
    meta: { institution: 'Ministry of ICT', country: 'Senegal', assessmentDate: '2026-03-01', leadRespondent: '', language: 'fr', confidentiality: '' },
  });
  const stage1 = { kind: 'stage', stage: 1 } as const;
  return { ...a, answers: { 'compute.hpc-access': stage1, 'compute.connectivity': stage1, 'data.protection-law': stage1, 'data.open-data': stage1, 'talent.public-sector-literacy': stage1 } };
}

const allActions = (a: Assessment) => {
  const { roadmap } = analyse(mini, a);
  return [...roadmap.phases.flatMap((p) => p.actions), ...roadmap.beyondHorizon];
};

const NAME = "Ministère de l'Économie numérique";

describe('the institution directory', () => {
  it('gives every action led by a named body that name in Results, and null to the others', () => {
    const base = weak();
    const lead = allActions(base)[0]!.lead;
    const named = setInstitutionName(base, lead, `  ${NAME} `);
    expect(named.institutions).toEqual({ [lead]: NAME });
    const actions = allActions(named);
    expect(actions.length).toBeGreaterThan(1);
    for (const a of actions) expect(a.leadName, a.id).toBe(a.lead === lead ? NAME : null);
    expect(allActions(base).every((a) => a.leadName === null)).toBe(true);
  });

  it('gives Results the names of the bodies that lead or partner in the roadmap, and of no other', () => {
    const base = weak();
    const actions = allActions(base);
    const partner = actions.flatMap((a) => a.partners).find((p) => !actions.some((a) => a.lead === p))!;
    const lead = actions[0]!.lead;
    const outside = LEAD_BODIES.find((b) => !actions.some((a) => a.lead === b || a.partners.includes(b)))!;
    const named = [setInstitutionName, setInstitutionName, setInstitutionName].reduce((a, set, i) => set(a, [partner, lead, outside][i]!, ['Partenaire', 'Pilote', 'Absent'][i]!), base);
    expect(analyse(mini, named).roadmap.institutions).toEqual({ [partner]: 'Partenaire', [lead]: 'Pilote' });
    expect(analyse(mini, base).roadmap.institutions).toEqual({});
  });

  it('names the lead of an action the user added too', () => {
    const added = addCustomAction(weak(), { area: 'talent', phase: 2, title: 'Hackathon', lead: 'cert', owner: '' });
    const named = setInstitutionName(added, 'cert', 'CERT-SN');
    expect(allActions(named).find((a) => a.custom)?.leadName).toBe('CERT-SN');
  });

  it('forgets a name given as empty, and leaves the key out once no body is named', () => {
    const named = setInstitutionName(setInstitutionName(weak(), 'cert', 'CERT-SN'), 'ministry-finance', 'Ministère des Finances');
    const one = setInstitutionName(named, 'cert', '   ');
    expect(one.institutions).toEqual({ 'ministry-finance': 'Ministère des Finances' });
    const none = setInstitutionName(one, 'ministry-finance', '');
    expect('institutions' in none).toBe(false);
  });

  it('returns the same assessment for no change, and refuses a name the file format would not keep', () => {
    const named = setInstitutionName(weak(), 'cert', 'CERT-SN');
    expect(setInstitutionName(named, 'cert', ' CERT-SN ')).toBe(named);
    expect(setInstitutionName(named, 'cert', 'x'.repeat(MAX_INSTITUTION_NAME + 1))).toBe(named);
    const base = weak();
    expect(setInstitutionName(base, 'cert', '')).toBe(base);
  });

  it('keeps every edit a valid file that reads back the same (any bodies, any names)', () => {
    const edit = fc.record({ body: fc.constantFrom(...LEAD_BODIES), name: fc.oneof(fc.string({ maxLength: 20 }), fc.string({ minLength: 290, maxLength: 320 })) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const a = edits.reduce((acc, e) => setInstitutionName(acc, e.body, e.name), weak());
        expect(AssessmentSchema.safeParse(a).success).toBe(true);
        const read = parseAssessment(serializeAssessment(a));
        expect(read.ok && read.value.institutions).toEqual(a.institutions ?? undefined);
        const last = new Map(edits.map((e) => [e.body, e.name.trim()]));
        for (const [body, name] of last) {
          if (name.length <= MAX_INSTITUTION_NAME) expect(institutionName(a.institutions, body)).toBe(name || null);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a file whose directory names an unknown body or an empty name', () => {
    const text = (institutions: unknown) => serializeAssessment({ ...weak(), institutions } as Assessment);
    expect(parseAssessment(text({ cert: 'CERT-SN' })).ok).toBe(true);
    expect(parseAssessment(text({ 'ministry-of-magic': 'Poudlard' })).ok).toBe(false);
    expect(parseAssessment(text({ cert: '' })).ok).toBe(false);
  });

  it('lists the bodies that lead or partner in the roadmap, and those already named, in the taxonomy order', () => {
    const base = weak();
    const { roadmap } = analyse(mini, base);
    const used = new Set(allActions(base).flatMap((a) => [a.lead, ...a.partners]));
    const listed = directoryBodies(roadmap, base.institutions);
    expect(new Set(listed)).toEqual(used);
    expect(listed).toEqual(LEAD_BODIES.filter((b) => used.has(b)));
    const outside = LEAD_BODIES.find((b) => !used.has(b))!;
    expect(directoryBodies(roadmap, { [outside]: 'Named earlier' })).toContain(outside);
  });
});
