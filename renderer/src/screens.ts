import { lazy } from 'react';
import { loadReportPanel } from './report/lazy';

/*
 * The heavier screens, each in a chunk of its own: the first paint needs only
 * the start page and the questionnaire. warmUpScreens fetches them once the
 * page is idle, so opening one later does not wait for the network.
 */
const loadResults = () => import('./views/ResultsView');
const loadWorkshop = () => import('./workshop/WorkshopView');
const loadPresentation = () => import('./views/PresentationView');
const loadPaperEntry = () => import('./paper/PaperEntryView');
const loadGuide = () => import('./guide/GuideView');

export const ResultsView = lazy(() => loadResults().then((m) => ({ default: m.ResultsView })));
export const WorkshopView = lazy(() => loadWorkshop().then((m) => ({ default: m.WorkshopView })));
export const PresentationView = lazy(() => loadPresentation().then((m) => ({ default: m.PresentationView })));
export const PaperEntryView = lazy(() => loadPaperEntry().then((m) => ({ default: m.PaperEntryView })));
export const GuideView = lazy(() => loadGuide().then((m) => ({ default: m.GuideView })));

export function warmUpScreens(): Promise<unknown> {
  return Promise.all([loadResults(), loadWorkshop(), loadPresentation(), loadPaperEntry(), loadReportPanel()]);
}
