import type { ChartPictures, ReportReply, ReportRequest, ReportStage } from './protocol';
import { drawCharts } from './draw-charts';

let worker: Worker | null = null;
let nextId = 1;

/**
 * Generates the PDF or Word copy in a Web Worker so the interface stays responsive; the
 * worker is started on first use and kept for later reports (fonts stay loaded).
 */
export function generateReport(request: Omit<ReportRequest, 'id'>, onProgress: (stage: ReportStage) => void): Promise<Uint8Array> {
  worker ??= new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  const active = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ReportReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') return onProgress(reply.stage);
      if (reply.type === 'draw') {
        drawCharts(reply.charts).then(
          (pngs) => active.postMessage({ id, type: 'pictures', pngs } satisfies ChartPictures),
          (error: unknown) => {
            active.removeEventListener('message', onMessage);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
        return;
      }
      active.removeEventListener('message', onMessage);
      if (reply.type === 'done') resolve(new Uint8Array(reply.file));
      else reject(new Error(reply.message));
    };
    active.addEventListener('message', onMessage);
    active.postMessage({ ...request, id } satisfies ReportRequest);
  });
}
