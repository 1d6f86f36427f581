import { lazy } from 'react';

// The report panel (and pdfmake's page-side code) in a chunk of its own; the results screen shows it, warmUpScreens fetches it on idle.
export const loadReportPanel = () => import('./ReportPanel');
export const ReportPanel = lazy(() => loadReportPanel().then((m) => ({ default: m.ReportPanel })));
