import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { renderDefinition } from '../cli/pdf';
import { parseContent } from '../core/model/content';
import { buildReport, reportInput } from '../core/report/build';
import { reportTranslator } from '../locales';
import { workshopDemo } from './bench-report';
async function main() {
  const req = createRequire(__filename);
  const LB = req('pdfmake/js/LayoutBuilder.js').default;
  let n = 0;
  const orig = LB.prototype.tryLayoutDocument;
  const timed: Record<string, number> = {};
  const wrap = (proto: Record<string, (...a: unknown[]) => unknown>, name: string) => { const f = proto[name]!; proto[name] = function (this: unknown, ...a: unknown[]) { const s = performance.now(); const r = f.apply(this, a); timed[name] = (timed[name] ?? 0) + performance.now() - s; return r; }; };
  LB.prototype.tryLayoutDocument = function (...args: unknown[]) { n++; const s = performance.now(); const r = orig.apply(this, args); console.log('  layout pass', Math.round(performance.now() - s)); return r; };
  wrap(req('pdfmake/js/DocMeasure.js').default.prototype, 'measureDocument');
  wrap(req('pdfmake/js/DocPreprocessor.js').default.prototype, 'preprocessDocument');
  wrap(LB.prototype, 'processNode');
  const dir = '/work/wt/int4/questionnaires/capamap-core';
  const parsed = parseContent(readFileSync(join(dir, 'questionnaire.json'), 'utf8'), readFileSync(join(dir, 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error('x');
  const content = parsed.value;
  const a = workshopDemo(content);
  for (const lang of ['en', 'en', 'zh'] as const) {
    for (const k of Object.keys(timed)) delete timed[k];
    const t = await reportTranslator(lang);
    n = 0;
    const s = performance.now();
    const def = buildReport(reportInput(content, a, t), { language: lang, paper: 'a4', confidentiality: 'x', generatedAt: '2025-03-02T09:00:00.000Z' });
    const hook = def.pageBreakBefore!;
    def.pageBreakBefore = (node, nodes) => { const r = hook(node, nodes); if (r) console.log('break before', JSON.stringify(node.text).slice(0, 80), node.pageNumbers, node.startPosition.top); return r; };
    const bytes = await renderDefinition(def);
    (await import('node:fs')).writeFileSync(`/tmp/prof/${lang}.pdf`, bytes);
    console.log(lang, 'layouts', n, JSON.stringify(timed), Math.round(performance.now() - s), 'ms');
  }
}
void main();
