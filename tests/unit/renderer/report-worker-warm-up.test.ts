import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundled } from '../../../cli/content';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { analyse } from '../../../core/method/analyse';
import { REPORT_SECTIONS } from '../../../core/report';
import type { ReportReply, WorkerRequest } from '../../../renderer/src/report/protocol';
import type * as Analyse from '../../../core/method/analyse';

// The worker's work, counted: pdfmake's rendering and the warm-up's analysis of its demo assessment.
const renderPdf = vi.hoisted(() => vi.fn(async () => new Uint8Array([37, 80, 68, 70])));
vi.mock('../../../pdf/render', () => ({ renderPdf }));
const analysed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../core/method/analyse', async (original) => {
  const real = await original<typeof Analyse>();
  return { ...real, analyse: (...args: Parameters<typeof real.analyse>) => (analysed.count++, real.analyse(...args)) };
});

const content = loadBundled().get('capamap-core')!;
const assessment = makeDemoAssessment(content.questionnaire, { seed: 3, now: '2026-01-01T00:00:00.000Z' });
const results = analyse(content, assessment);
const report: WorkerRequest = { type: 'report', id: 1, content, assessment, results, format: 'pdf', options: { language: 'en', paper: 'a4', confidentiality: '', generatedAt: '2026-01-01T00:00:00.000Z' } };

/** The worker's module in a fresh scope: its onmessage, and what it posts back. */
async function startWorker() {
  const replies: ReportReply[] = [];
  const scope = { onmessage: null as ((event: { data: WorkerRequest }) => unknown) | null, postMessage: (reply: ReportReply) => replies.push(reply) };
  vi.stubGlobal('self', scope);
  // Fonts as the build serves them; the bundled shapes are missing (as in development).
  vi.stubGlobal('fetch', async (url: string) => (String(url).includes('shapes') ? new Response(null, { status: 404 }) : new Response(new Uint8Array(16))));
  await import('../../../renderer/src/report/report.worker');
  const send = (data: WorkerRequest) => scope.onmessage!({ data });
  const done = () => vi.waitFor(() => expect(replies.some((r) => r.type === 'done' || r.type === 'error')).toBe(true), { timeout: 30_000 });
  return { send, replies, done };
}

beforeEach(() => {
  vi.resetModules();
  renderPdf.mockClear();
  analysed.count = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe("the report worker's warm-up and the first report", () => {
  it('alone, the warm-up lays out the demo report section by section', async () => {
    const worker = await startWorker();
    worker.send({ type: 'warm-up', content, language: 'en' });
    await vi.waitFor(() => expect(renderPdf).toHaveBeenCalledTimes(REPORT_SECTIONS.length), { timeout: 30_000 });
    expect(analysed.count).toBe(1);
  });

  it('a report asked for right behind the warm-up (both messages waiting while the worker starts) is rendered once, and the warm-up does nothing', async () => {
    const worker = await startWorker();
    worker.send({ type: 'warm-up', content, language: 'en' });
    worker.send(report);
    await worker.done();
    expect(worker.replies.at(-1)).toMatchObject({ id: 1, type: 'done' });
    expect(renderPdf).toHaveBeenCalledTimes(1);
    expect(analysed.count).toBe(0);
  });

  it('a report asked for during the warm-up waits only for the section under way, then is rendered', async () => {
    let finishSection = () => {};
    renderPdf.mockImplementationOnce(() => new Promise((resolve) => (finishSection = () => resolve(new Uint8Array([37])))));
    const worker = await startWorker();
    worker.send({ type: 'warm-up', content, language: 'en' });
    await vi.waitFor(() => expect(renderPdf).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    worker.send(report);
    finishSection();
    await worker.done();
    expect(worker.replies.at(-1)).toMatchObject({ id: 1, type: 'done' });
    // The warm-up's first section, then the report: no other section.
    expect(renderPdf).toHaveBeenCalledTimes(2);
  });
});
