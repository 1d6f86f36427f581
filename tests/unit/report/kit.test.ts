import { describe, expect, it } from 'vitest';
import { primaryFont } from '../../../core/report/fonts';
import { AGENDAS, CONSENT_POINTS, KIT_PARTS, KIT_ROLES, SIGN_IN_COLUMNS, SIGN_IN_ROWS, buildKit, type KitDays, type KitOptions } from '../../../core/report/kit';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../core/report/language';
import type { PdfContent, PdfDocDefinition, PdfNode, PdfTable } from '../../../core/report/pdfmake-types';
import { kitTranslator } from '../../../locales';

const GENERATED = '2026-03-02T09:00:00.000Z';

async function kit(language: ReportLanguage, extra: Partial<KitOptions> = {}): Promise<PdfDocDefinition> {
  return buildKit({ language, paper: 'a4', days: '1', institution: '', generatedAt: GENERATED, t: await kitTranslator(language), ...extra });
}

/** Every piece of text a node prints, in order. */
function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(text).join('');
  if (node === null || typeof node !== 'object') return '';
  const n = node as Record<string, unknown>;
  if ('text' in n) return text(n.text);
  if ('stack' in n) return (n.stack as unknown[]).map(text).join('\n');
  if ('columns' in n) return (n.columns as unknown[]).map(text).join('\n');
  if ('table' in n) return (n.table as PdfTable['table']).body.map((row) => row.map(text).join(' | ')).join('\n');
  return '';
}

/** The tables of the document, each with the text of its header cells. */
function tables(content: PdfContent[]): PdfTable[] {
  const out: PdfTable[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as PdfNode;
    if ('table' in n) out.push(n);
    if ('stack' in n) n.stack.forEach(visit);
    if ('columns' in n) n.columns.forEach(visit);
  };
  visit(content);
  return out;
}

const headerOf = (table: PdfTable) => table.table.body[0]!.map(text);

describe.each(REPORT_LANGUAGES)('the facilitator’s kit in %s', (language) => {
  it.each(['1', '2'] as KitDays[])('prints the %s-day agenda: every session with its times, lead and output, one table a day', async (days) => {
    const t = await kitTranslator(language);
    const definition = await kit(language, { days });
    const all = text(definition.content);
    expect(all).toContain(t(days === '1' ? 'agenda.oneDay' : 'agenda.twoDays'));
    expect(all).not.toContain(t(days === '1' ? 'agenda.twoDays' : 'agenda.oneDay'));
    const agendas = tables(definition.content).filter((table) => headerOf(table)[0] === t('agenda.columns.time'));
    expect(agendas).toHaveLength(AGENDAS[days].length);
    agendas.forEach((table, day) => {
      const slots = AGENDAS[days][day]!;
      expect(table.table.body).toHaveLength(slots.length + 1);
      slots.forEach((slot, i) => {
        const row = table.table.body[i + 1]!.map(text).join(' | ');
        expect(row).toContain(`${slot.start}–${slot.end}`);
        expect(row).toContain(t(`sessions.${slot.session}.title`));
        if (!['break', 'lunch', 'lunchImport'].includes(slot.session)) expect(row).toContain(t(`sessions.${slot.session}.output`));
      });
    });
    // The sessions a workshop cannot do without.
    for (const session of ['opening', 'security', 'consensus', 'validation', 'close']) expect(all).toContain(t(`sessions.${session}.title`));
    if (days === '2') expect(all).toContain(t('agenda.day', { day: 2 }));
  });

  it('has the roles card, who answers which part, a sign-in sheet with its columns and empty rows, and the consent note', async () => {
    const t = await kitTranslator(language);
    const definition = await kit(language, { institution: 'Ministry of Digital Economy' });
    const all = text(definition.content);
    for (const role of KIT_ROLES) expect(all).toContain(t(`roles.list.${role}.name`));
    for (const part of KIT_PARTS) expect(all).toContain(t(`split.parts.${part}.agencies`));
    const signIn = tables(definition.content).find((table) => headerOf(table).includes(t('signIn.columns.signature')))!;
    expect(headerOf(signIn)).toEqual(SIGN_IN_COLUMNS.map((column) => t(`signIn.columns.${column}`)));
    // The header repeats on every page of the sheet; each row is numbered and blank to write on.
    expect(signIn.table.headerRows).toBe(1);
    expect(signIn.table.body.slice(1).map((row) => row.map(text))).toEqual(Array.from({ length: SIGN_IN_ROWS }, (_, i) => [String(i + 1), ...SIGN_IN_COLUMNS.slice(1).map(() => ' ')]));
    expect(SIGN_IN_ROWS).toBeGreaterThanOrEqual(20);
    expect(all).toContain(t('consent.title'));
    for (const point of CONSENT_POINTS) expect(all).toContain(t(`consent.points.${point}.text`, { lead: 'Ministry of Digital Economy' }));
    expect(all).toContain(t('consent.agree'));
    expect(all).toContain(t('consent.signature'));
    expect(all).toContain('Ministry of Digital Economy');
  });

  it('sets its text in the font of its language, the sign-in sheet in landscape', async () => {
    const definition = await kit(language);
    expect(definition.defaultStyle.font).toBe(primaryFont(language));
    const orientations = (definition.content as PdfNode[]).filter((n) => n.pageOrientation).map((n) => n.pageOrientation);
    expect(orientations).toEqual(['landscape', 'portrait']);
  });
});

describe('the facilitator’s kit', () => {
  it('is the same definition for the same options, and dated by them', async () => {
    const a = await kit('fr', { days: '2', institution: 'Ministère' });
    const b = await kit('fr', { days: '2', institution: 'Ministère' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.info.creationDate.toISOString()).toBe(GENERATED);
  });

  it('names the lead institution where one is given, and leaves a line to fill in otherwise', async () => {
    const t = await kitTranslator('en');
    const named = text((await kit('en', { institution: 'Ministry of Health' })).content);
    expect(named).toContain(t('preparedFor', { institution: 'Ministry of Health' }));
    expect(named).toContain(t('consent.intro', { lead: 'Ministry of Health' }));
    const anonymous = text((await kit('en')).content);
    expect(anonymous).not.toContain(t('preparedFor', { institution: '' }).trim());
    expect(anonymous).toContain(t('consent.intro', { lead: t('consent.leadDefault') }));
    expect(anonymous).toMatch(/Lead institution: _{5,}/);
  });

  it('keeps control and bidi-override characters of the institution out of the document', async () => {
    const definition = await kit('en', { institution: 'Evil\u202eCorp\u0007' });
    const printed = text(definition.content) + definition.info.title;
    for (const hidden of ['\u202e', '\u0007']) expect(printed).not.toContain(hidden);
    expect(printed).toContain('Evil');
  });

  it('refuses a date that is not a date', async () => {
    await expect(kit('en', { generatedAt: 'yesterday' })).rejects.toThrow(/generatedAt/);
  });

  it('uses a no-break space before French high punctuation', async () => {
    const all = text((await kit('fr', { days: '2' })).content);
    expect(all).not.toMatch(/ [:;!?]/);
  });
});
