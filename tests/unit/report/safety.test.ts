import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, reportInput } from '../../../core/report/build';
import type { Assessment } from '../../../core/model/schema/assessment';
import { TRANSLATE, demo, extract, miniContent, options, render, reportContent, squash, type Page } from './helpers';

const SCRIPT = '<script>alert(1)</script>';
const OBJECT = '{"text":"x"}';
const CHINESE = '数据中心的备用电源已经测试。';
const LONG_NAME = 'Ministère de la Transformation numérique, de l’Innovation, de l’Économie des données et de la Coopération internationale en matière d’intelligence artificielle';
const LONG_NOTE = Array.from({ length: 160 }, (_, i) => `Observation ${i + 1}: the planning unit keeps a register of shared compute requests and their outcomes.`).join(' ');

function firstIndicator(assessment: Assessment): string {
  const content = reportContent();
  const id = content.questionnaire.sections.find((s) => s.kind === 'pillar')!.items.find((i) => i.type === 'indicator')!.id;
  expect(assessment.answers[id]?.kind).toBe('stage');
  return id;
}

describe('user text in the report', () => {
  let pages: Page[];
  let all: string;
  let assessment: Assessment;

  beforeAll(async () => {
    assessment = demo(undefined, (a) => {
      a.meta.institution = `${SCRIPT} ${OBJECT} Agency`;
      a.meta.country = 'Republic of <b>Asterra</b>';
      const id = firstIndicator(a);
      const answer = a.answers[id]!;
      if (answer.kind === 'stage') {
        answer.notes = `Chinese note: ${CHINESE} ${SCRIPT}`;
        answer.evidence = OBJECT;
      }
    });
    pages = await extract(await render(assessment, { confidentiality: `${OBJECT} restricted` }));
    all = pages.map((p) => p.text).join('\n');
  });

  it('prints markup and JSON typed by the user literally', () => {
    expect(pages[0]!.text).toContain(SCRIPT);
    expect(pages[0]!.text).toContain(OBJECT);
    expect(pages[0]!.text).toContain('Republic of <b>Asterra</b>');
    expect(pages[1]!.text).toContain(`${OBJECT} restricted`);
    expect(all.split(SCRIPT).length - 1).toBeGreaterThanOrEqual(3);
  });

  it('extracts a Chinese note in an English report as the same characters, set in the CJK font', async () => {
    expect(squash(all)).toContain(squash(`Chinese note: ${CHINESE}`));
    const pdf = await render(assessment);
    const fonts = [
      ...Buffer.from(pdf)
        .toString('latin1')
        .matchAll(/\/BaseFont \/[A-Z]{6}\+([A-Za-z-]+)/g),
    ].map((m) => m[1]);
    expect(fonts).toContain('NotoSans-Regular');
    expect(fonts.some((f) => f!.startsWith('NotoSansHans'))).toBe(true);
  });

  it('puts user text only into text nodes of the document definition', () => {
    const doc = buildReport(reportInput(reportContent(), assessment, TRANSLATE.en), options());
    const seen: string[] = [];
    const walk = (node: unknown, key: string | null): void => {
      if (typeof node === 'string') {
        if (node.includes(OBJECT) || node.includes(SCRIPT)) seen.push(key ?? '');
        return;
      }
      if (Array.isArray(node)) node.forEach((n) => walk(n, key));
      else if (node && typeof node === 'object' && !(node instanceof Date)) for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    walk(doc.content, null);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['text']));
    // Never parsed as JSON into nodes: no node carries the injected "x" as its own text.
    expect(JSON.stringify(doc.content)).not.toContain('{"text":"x"}');
  });
});

describe('long text', () => {
  it('keeps a name with XML and PDF specials intact in the document properties', async () => {
    const name = 'Science, Technology & Innovation (STI) <Board> \\ "Unit"';
    const pdf = await render(
      demo(miniContent(), (a) => (a.meta.institution = name)),
      { sections: ['cover'] },
      miniContent(),
    );
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
    const { info, metadata } = await doc.getMetadata();
    await doc.destroy();
    expect((info as { Author: string }).Author).toBe(name);
    expect((info as { Title: string }).Title).toContain(name);
    // An XMP packet, where one is written, is XML that a strict reader accepts (pdfjs parses it or returns null).
    const xmp = Buffer.from(pdf).toString('latin1').includes('<x:xmpmeta');
    expect(metadata === null).toBe(!xmp);
  });

  it('wraps a long institution name on the cover and keeps it in full', async () => {
    const pages = await extract(
      await render(
        demo(miniContent(), (a) => (a.meta.institution = LONG_NAME)),
        { language: 'fr', sections: ['cover', 'summary'] },
        miniContent(),
      ),
    );
    expect(squash(pages[0]!.text)).toContain(squash(LONG_NAME));
    for (const item of pages[0]!.items) expect(item.x + item.width).toBeLessThanOrEqual(pages[0]!.width - 40);
    const coverLines = pages[0]!.text.split('\n').filter((line) => LONG_NAME.includes(line.trim()) && line.trim().length > 10);
    expect(coverLines.length).toBeGreaterThanOrEqual(2);
  });

  it('prints a note longer than a page in full, across pages', async () => {
    const content = miniContent();
    const assessment = demo(content, (a) => {
      const answer = a.answers['compute.hpc-access']!;
      if (answer.kind === 'stage') answer.notes = LONG_NOTE;
    });
    const pages = await extract(await render(assessment, { sections: ['appendix'] }, content));
    const all = squash(pages.map((p) => p.text).join('\n'));
    for (const n of [1, 80, 159, 160]) expect(all).toContain(squash(`Observation ${n}: the planning unit`));
    const onPages = pages.filter((p) => p.text.includes('Observation'));
    expect(onPages.length).toBeGreaterThanOrEqual(2);
  });
});
