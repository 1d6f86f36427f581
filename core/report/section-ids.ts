/** Report sections, in print order: the decision brief comes straight after the cover. */
export const REPORT_SECTIONS = ['cover', 'summary', 'contents', 'context', 'profile', 'pillars', 'security', 'plan', 'roadmap', 'monitoring', 'appendix'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];
