import type { Results } from '../../../core/method/results';
import type { Content } from '../../../core/model/content';
import type { ReportOptions } from '../../../core/report';
import type { Assessment } from '../../../core/model/schema/assessment';
import type { ChartSvg } from '../../../word/convert';

/** What the page asks the report worker for. */
export interface ReportRequest {
  id: number;
  content: Content;
  assessment: Assessment;
  /** The page's analysis of this assessment (with its baseline): the worker prints it, never recomputes it. */
  results: Results;
  /** The previous assessment of the same institution, for the "progress since" section. */
  baseline?: Assessment;
  options: ReportOptions;
  /** pdf to print, docx for an editable Word copy of the same document. */
  format: ReportFormat;
}

export type ReportFormat = 'pdf' | 'docx';

/** The page's answer to a 'draw' reply: one PNG per chart, in order. */
export interface ChartPictures {
  id: number;
  type: 'pictures';
  pngs: Uint8Array[];
}

export type ReportStage = 'fonts' | 'layout' | 'render';

/** What the worker answers: progress steps, then the file's bytes or one error sentence. */
export type ReportReply =
  | { id: number; type: 'progress'; stage: ReportStage }
  /** The Word copy needs its charts as pictures, which the page draws (a canvas; the worker has no SVG decoder). */
  | { id: number; type: 'draw'; charts: ChartSvg[] }
  | { id: number; type: 'done'; file: ArrayBuffer }
  | { id: number; type: 'error'; message: string };
