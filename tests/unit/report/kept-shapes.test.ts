import { describe, expect, it } from 'vitest';
import { loadFontFiles, nodePdfMake } from '../../../cli/pdf';
import { buildReport, reportInput } from '../../../core/report/build';
import { keepShapes, type KeptShapes } from '../../../pdf/pdfkit-cache';
import { renderPdf } from '../../../pdf/render';
import { TRANSLATE, demo, options, reportContent } from './helpers';

const empty = (): KeptShapes => ({ words: Object.create(null) as KeptShapes['words'], runs: Object.create(null) as KeptShapes['runs'] });
const count = (shapes: Map<string, KeptShapes>) => [...shapes.values()].reduce((n, s) => n + Object.keys(s.words).length + Object.keys(s.runs).length, 0);

describe('shapes kept between processes (keepShapes)', () => {
  const pdfmake = nodePdfMake();
  const files = loadFontFiles();
  const definition = (language: 'en' | 'ar') => buildReport(reportInput(reportContent(), demo(), TRANSLATE[language]), options({ language, sections: ['summary', 'roadmap'] }));

  /**
   * Renders with fonts parsed afresh, as in a new process: copies of the font
   * files, whose parsed fonts have no shapes yet, each given the kept shapes.
   */
  async function render(language: 'en' | 'ar', kept: (file: string) => KeptShapes): Promise<{ pdf: Buffer; fresh: Map<string, KeptShapes> }> {
    const fresh = new Map<string, KeptShapes>();
    const copies = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new Uint8Array(bytes)]));
    for (const [name, bytes] of Object.entries(copies)) {
      fresh.set(name, empty());
      keepShapes(bytes, kept(name), fresh.get(name)!);
      pdfmake.virtualfs.writeFileSync(name, bytes);
    }
    return { pdf: Buffer.from(await renderPdf(pdfmake, copies, definition(language))), fresh };
  }

  for (const language of ['en', 'ar'] as const)
    it(`draws a report (${language}) from kept shapes byte for byte as from shapes made afresh, and shapes only what is not kept well`, async () => {
      const first = await render(language, () => empty());
      expect(count(first.fresh)).toBeGreaterThan(100);
      // The next "process" is handed what the first one shaped, font by font.
      const kept = first.fresh;
      const second = await render(language, (name) => kept.get(name)!);
      expect(count(second.fresh)).toBe(0);
      expect(second.pdf.equals(first.pdf)).toBe(true);
      // A kept shape that is not well formed (another length, a number missing) is shaped again, and the report is unchanged.
      const regular = kept.get('NotoSans-Regular.ttf')!;
      const [word] = Object.keys(regular.words);
      const damaged: KeptShapes = { words: { ...regular.words, [word!]: [[3], [], [], [], [], [], []] }, runs: regular.runs };
      const third = await render(language, (name) => (name === 'NotoSans-Regular.ttf' ? damaged : kept.get(name)!));
      expect(count(third.fresh)).toBe(1);
      expect(Object.keys(third.fresh.get('NotoSans-Regular.ttf')!.words)).toEqual([word]);
      expect(third.pdf.equals(first.pdf)).toBe(true);
      if (language === 'ar') expect(Object.keys(kept.get('NotoNaskhArabic-Regular.ttf')!.runs).length).toBeGreaterThan(0);
    });
});
