import type { Content } from '../../../core/model/content';
import type { ReportLanguage } from '../../../core/report';
import { drawCharts } from './draw-charts';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';
import type { BlankOptions } from '../../../core/report/blank-questionnaire';
import type { BlankRequest, ChartPictures, KitRequest, ReportReply, ReportRequest, ReportStage, WorkerRequest } from './protocol';

let worker: Worker | null = null;
/** The content the worker holds: sent once, not copied again with every report. */
let held: Content | null = null;
let nextId = 1;

/** The reason a report promise rejects when the user cancelled it. */
export class ReportCancelled extends Error {
  constructor() {
    super('The report was cancelled.');
  }
}

/** The worker is started on first use (or by the warm-up) and kept for later reports: fonts stay loaded. */
function reportWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    held = null;
  }
  return worker;
}

/** The content to send with a request: none when the worker holds this very content already. */
function contentToSend(content: Content): Content | undefined {
  if (content === held) return undefined;
  held = content;
  return content;
}

/**
 * Called once the page is idle after loading: the worker starts, fetches its fonts and warms up on a demo report
 * (see WarmUpRequest). Until it is done, the user's clicks, keys and scrolling are passed on to it (see UserActive).
 */
export function warmUpReportWorker(content: Content, language: ReportLanguage): void {
  const active = reportWorker();
  held = content;
  stopForwarding = forwardUserInput(active);
  active.postMessage({ type: 'warm-up', content, language } satisfies WorkerRequest);
}

const USER_INPUT = ['pointerdown', 'keydown', 'click', 'input', 'wheel'] as const;
/** One notice per quarter second is enough: the worker waits a whole second of quiet. */
const NOTICE_EVERY_MS = 250;
let stopForwarding = () => {};

function forwardUserInput(active: Worker): () => void {
  let noticed = -Infinity;
  const onInput = () => {
    const now = performance.now();
    if (now - noticed < NOTICE_EVERY_MS) return;
    noticed = now;
    active.postMessage({ type: 'user-active' } satisfies WorkerRequest);
  };
  const listening = new AbortController();
  const stop = () => listening.abort();
  for (const type of USER_INPUT) document.addEventListener(type, onInput, { capture: true, passive: true, signal: listening.signal });
  active.addEventListener(
    'message',
    (event: MessageEvent<ReportReply>) => {
      if (event.data.type === 'warmed') stop();
    },
    { signal: listening.signal },
  );
  return stop;
}

/**
 * Generates the PDF or the Word copy in a Web Worker so the interface stays responsive.
 * onProgress hears each step as the worker starts it (see REPORT_STAGES).
 * Aborting the signal stops the report: pdfmake lays out a document in one
 * uninterruptible run, so the worker is ended where it stands and the next
 * report starts a new one (which fetches its fonts again, from the cache).
 * The promise then rejects with ReportCancelled.
 */
export function generateReport(request: Omit<ReportRequest, 'id' | 'type' | 'content'> & { content: Content }, onProgress: (stage: ReportStage, fraction?: number) => void, signal?: AbortSignal): Promise<Uint8Array> {
  return ask((id) => ({ ...request, content: contentToSend(request.content), type: 'report', id }), onProgress, signal);
}

/** The blank questionnaire as a PDF, made in the report worker like a report. */
export function generateBlankQuestionnaire(questionnaire: Questionnaire, options: BlankOptions, onProgress: (stage: ReportStage, fraction?: number) => void = () => {}): Promise<Uint8Array> {
  return ask((id): BlankRequest => ({ type: 'blank', id, questionnaire, options }), onProgress);
}

/** The facilitator's kit as a PDF, laid out by the same worker (its fonts stay loaded for the next report). */
export function generateKit(options: KitRequest['options'], onProgress: (stage: ReportStage, fraction?: number) => void = () => {}): Promise<Uint8Array> {
  return ask((id) => ({ type: 'kit', id, options }), onProgress);
}

/** Sends one request to the worker and follows it to its file (see generateReport). */
function ask(message: (id: number) => ReportRequest | BlankRequest | KitRequest, onProgress: (stage: ReportStage, fraction?: number) => void, signal?: AbortSignal): Promise<Uint8Array> {
  if (signal?.aborted) return Promise.reject(new ReportCancelled());
  const active = reportWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const settle = () => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<ReportReply>) => {
      const reply = event.data;
      if (reply.id !== id || reply.type === 'warmed') return;
      if (reply.type === 'progress') return onProgress(reply.stage, reply.fraction);
      if (reply.type === 'draw') {
        drawCharts(reply.charts).then(
          (pngs) => active.postMessage({ id, type: 'pictures', pngs } satisfies ChartPictures),
          (error: unknown) => {
            settle();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
        return;
      }
      settle();
      if (reply.type === 'done') resolve(new Uint8Array(reply.file));
      else reject(new Error(reply.message));
    };
    // The worker's script itself failed (it could not be loaded or threw outside a report): start afresh next time.
    const onError = (event: ErrorEvent) => {
      settle();
      discardWorker();
      reject(new Error(event.message || 'the report worker stopped'));
    };
    const onAbort = () => {
      settle();
      discardWorker();
      reject(new ReportCancelled());
    };
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    active.postMessage(message(id) satisfies WorkerRequest);
  });
}

function discardWorker(): void {
  stopForwarding();
  worker?.terminate();
  worker = null;
  held = null;
}
