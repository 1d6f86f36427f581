import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '../../../core/model/content';
import type { WorkerRequest } from '../../../renderer/src/report/protocol';

/** A stand-in for the report worker: records what the page posts to it. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  posted: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: WorkerRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.resetModules();
  FakeWorker.made = [];
});

describe('the content the page sends the report worker', () => {
  it('goes once per worker: with the warm-up, left out of later reports, sent again to a new worker after a cancel', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('document', new EventTarget());
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

  it('passes the user’s input on to the warm-up, at most every quarter second, until the warm-up is over', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const page = new EventTarget();
    vi.stubGlobal('document', page);
    const { warmUpReportWorker } = await import('../../../renderer/src/report/generate');
    warmUpReportWorker({ questionnaire: {}, library: {} } as unknown as Content, 'en');
    const worker = FakeWorker.made[0]!;
    const notices = () => worker.posted.filter((m) => m.type === 'user-active').length;

    page.dispatchEvent(new Event('pointerdown'));
    page.dispatchEvent(new Event('click'));
    expect(notices()).toBe(1);
    vi.advanceTimersByTime(300);
    page.dispatchEvent(new Event('keydown'));
    expect(notices()).toBe(2);

    worker.dispatchEvent(new MessageEvent('message', { data: { id: 0, type: 'warmed' } }));
    vi.advanceTimersByTime(300);
    page.dispatchEvent(new Event('keydown'));
    expect(notices()).toBe(2);
  });
});
