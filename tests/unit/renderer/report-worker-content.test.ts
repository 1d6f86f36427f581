import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '../../../core/model/content';
import type { WorkerRequest } from '../../../renderer/src/report/protocol';

/** A stand-in for the report worker: records what the page posts to it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: WorkerRequest) {
    this.posted.push(message);
  }
  addEventListener() {}
  removeEventListener() {}
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('the content the page sends the report worker', () => {
  it('goes once per worker: with the warm-up, left out of later reports, sent again to a new worker after a cancel', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { generateReport, warmUpReportWorker } = await import('../../../renderer/src/report/generate');
    const content = { questionnaire: {}, library: {} } as unknown as Content;
    const request = { content, assessment: {}, results: {}, options: {}, format: 'pdf' } as unknown as Parameters<typeof generateReport>[0];
    const sent = (worker: FakeWorker) => worker.posted.map((m) => ('content' in m && m.content !== undefined ? m.type : `${m.type} without content`));

    warmUpReportWorker(content, 'en');
    void generateReport(request, () => {});
    void generateReport({ ...request, content: { ...content } }, () => {});
    expect(sent(FakeWorker.made[0]!)).toEqual(['warm-up', 'report without content', 'report']);

    // Cancelling ends the worker: the next one has no content yet.
    const controller = new AbortController();
    const cancelled = generateReport(request, () => {}, controller.signal);
    controller.abort();
    await expect(cancelled).rejects.toThrow();
    void generateReport(request, () => {});
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(sent(FakeWorker.made[1]!)).toEqual(['report']);
  });
});
