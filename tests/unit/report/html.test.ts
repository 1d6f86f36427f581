import { describe, expect, it } from 'vitest';
import { buildReport, reportInput } from '../../../core/report/build';
import { reportToHtml } from '../../../scripts/report-html';
import { TRANSLATE, demo, miniContent, options } from './helpers';

describe('reportToHtml (the Chromium comparison in the benchmark)', () => {
  it('prints the same report as escaped HTML with the report fonts', () => {
    const content = miniContent();
    const assessment = demo(content, (a) => (a.meta.institution = '<script>alert(1)</script> & {"text":"x"}'));
    const html = reportToHtml(buildReport(reportInput(content, assessment, TRANSLATE.en), options()), { fontUrls: { 'NotoSans-Regular.ttf': 'https://fonts.test/NotoSans-Regular.ttf' } });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; {"text":"x"}');
    expect(html).toContain('@font-face{font-family:"NotoSans";src:url("https://fonts.test/NotoSans-Regular.ttf");font-weight:400;font-style:normal}');
    expect(html).toContain('size:595.28pt 841.89pt');
    expect(html.match(/<h1/g)!.length).toBe(10);
    expect(html.match(/<svg /g)!.length).toBe(2);
    expect(html).toContain('<thead>');
    expect(html).toContain('break-before:page');
  });
});
