import type { Results } from '../../../core/method/results';
import type { Content } from '../../../core/model/content';
import type { ReportOptions } from '../../../core/report';
import type { Assessment } from '../../../core/model/schema/assessment';

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

export type ReportStage = 'fonts' | 'layout' | 'render';

/** What the worker answers: progress steps, then the file's bytes or one error sentence. */
export type ReportReply =
  | { id: number; type: 'progress'; stage: ReportStage }
  | { id: number; type: 'done'; file: ArrayBuffer }
  | { id: number; type: 'error'; message: string };
