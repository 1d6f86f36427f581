import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { demo, render } from './helpers';

interface Link {
  page: number;
  dest: unknown;
}

/** Every link of the document as pdf.js reads it, with the page each one leads to (null when it leads nowhere). */
async function links(pdf: Uint8Array): Promise<Array<Link & { target: number | null }>> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const found: Array<Link & { target: number | null }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const annotation of await (await doc.getPage(n)).getAnnotations()) {
      if (annotation.subtype !== 'Link') continue;
      const destination = typeof annotation.dest === 'string' ? await doc.getDestination(annotation.dest) : annotation.dest;
      const ref = Array.isArray(destination) ? destination[0] : null;
      found.push({ page: n, dest: annotation.dest, target: ref && typeof ref === 'object' ? (await doc.getPageIndex(ref)) + 1 : null });
    }
  }
  await doc.destroy();
  return found;
}

describe('links inside the report', () => {
  for (const language of ['en', 'ar'] as const)
    it(`each leads to a page of the document (${language})`, async () => {
      const pdf = await render(demo(), { language });
      const all = await links(pdf);
      expect(all.length).toBeGreaterThan(50);
      expect(all.filter((link) => link.target === null)).toEqual([]);
      // The contents lead forward, an action's number (in the summary, plan and monitoring tables) to the roadmap.
      expect(all.filter((link) => typeof link.dest === 'string' && link.dest.startsWith('action-')).length).toBeGreaterThan(10);
      expect(all.some((link) => link.target! > link.page)).toBe(true);
    });
});
