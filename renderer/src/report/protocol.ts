import type { Results } from '../../../core/method/results';
import type { Content } from '../../../core/model/content';
import type { ReportLanguage, ReportOptions } from '../../../core/report';
import type { KitOptions } from '../../../core/report/kit';
import type { Assessment } from '../../../core/model/schema/assessment';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';
import type { BlankOptions } from '../../../core/report/blank-questionnaire';
import type { ChartSvg } from '../../../word/convert';

/** What the page asks the report worker for. */
export interface ReportRequest {
  type: 'report';
  id: number;
  /** Left out when the worker holds this very content already (from the warm-up or the report before): 2 MB to copy otherwise. */
  content?: Content;
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

/** The blank questionnaire, to answer on paper (core/report/blank-questionnaire). */
export interface BlankRequest {
  type: 'blank';
  id: number;
  questionnaire: Questionnaire;
  options: BlankOptions;
}

/** What the page asks the worker for to print the facilitator's kit: its options, the worker supplies the words. */
export interface KitRequest {
  type: 'kit';
  id: number;
  options: Omit<KitOptions, 't'>;
}

/** The page's answer to a 'draw' reply: one PNG per chart, in order. */
export interface ChartPictures {
  id: number;
  type: 'pictures';
  pngs: Uint8Array[];
}

/**
 * Sent once the page is idle after loading, with the questionnaire most
 * likely to be reported on and the interface's language: the worker fetches
 * the fonts and lays out a demo report of that questionnaire, section by
 * section, so that the first real report runs on warm code (see report.worker.ts).
 */
export interface WarmUpRequest {
  type: 'warm-up';
  content: Content;
  language: ReportLanguage;
}

/**
 * The user has just clicked, typed or scrolled: the warm-up waits until they have been
 * still for a moment before its next section, so that on a two-core computer it does not
 * take the processor the page needs to answer them.
 */
export interface UserActive {
  type: 'user-active';
}

export type WorkerRequest = ReportRequest | BlankRequest | KitRequest | WarmUpRequest | UserActive | ChartPictures;

/**
 * Steps of a report, in order, each reported as it starts: building the
 * contents, fetching fonts (only when one is still to be fetched), pdfmake's
 * layout of the pages, then drawing them and writing the file ('render',
 * which carries the share of the pages drawn so far).
 */
export const REPORT_STAGES = ['prepare', 'fonts', 'layout', 'render'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

/** What the worker answers: progress steps, then the file's bytes or one error sentence. */
export type ReportReply =
  | { id: number; type: 'progress'; stage: ReportStage; fraction?: number }
  /** The Word copy needs its charts as pictures, which the page draws (a canvas; the worker has no SVG decoder). */
  | { id: number; type: 'draw'; charts: ChartSvg[] }
  | { id: number; type: 'done'; file: ArrayBuffer }
  | { id: number; type: 'error'; message: string }
  /** The warm-up is over (id 0: it answers no request); the page stops telling the worker about the user's input. */
  | { id: 0; type: 'warmed' };
