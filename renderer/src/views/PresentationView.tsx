import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Arrow } from '../components/Arrow';
import { riskHeatMap } from '../../../core/charts/heatmap';
import { radarChart } from '../../../core/charts/radar';
import { assessedRisks } from '../../../core/method/results';
import { localize } from '../../../core/model/localize';
import { HeatMapLegend, heatMapEmptyText, heatMapLabels, radarLabels } from '../components/Charts';
import { SvgTree } from '../components/SvgTree';
import { useFormat } from '../hooks/useFormat';
import { useScreenHeading } from '../hooks/useScreenHeading';
import { itemTitle } from '../../../core/model/questionnaire';
import { useApp } from '../store';
import { useResults } from '../store/results';
import { Delta } from '../workshop/BaselinePanel';
import { itemIndex, useWorkshopMerge } from '../workshop/useWorkshopMerge';

/** Actions per roadmap slide: more would not stay legible from the back of a room at 1024×768. */
const ACTIONS_PER_SLIDE = 5;
const TOP_RISKS = 5;
const MAX_SPREAD = 4;
/** Charts drawn smaller than on the results page: the same labels come out larger once scaled to the slide. */
const RADAR_SIZE = 250;
const HEAT_SIZE = 280;

interface Slide {
  id: string;
  title: string;
  body: ReactNode;
}

const chunk = <T,>(list: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length > 0 ? out : [[]];
};

/** Leaves the browser's full screen, if the presentation entered it. */
function leaveFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/**
 * The results as slides for a projector: title, capacity radar, risk heat
 * map, top priorities, the roadmap phase by phase, and (when there is one)
 * the disagreement and the progress since the baseline. Large type, the whole
 * window; ←/→, PageUp/PageDown, Space, Home/End move, Esc leaves.
 */
export function PresentationView() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const endPresentation = useApp((s) => s.endPresentation);
  const merge = useWorkshopMerge();
  const results = useResults();
  const [index, setIndex] = useState(0);
  const lang = i18n.language;
  const rightToLeft = i18n.dir() === 'rtl';

  const slides = useMemo((): Slide[] => {
    if (!content || !assessment || !results) return [];
    const q = content.questionnaire;
    const items = itemIndex(q);
    const itemName = (id: string) => {
      const item = items.get(id)?.item;
      return item ? itemTitle(item, lang) : id;
    };
    const sectionTitle = (id: string) => localize(q.sections.find((s) => s.id === id)?.title, lang);
    const pillars = results.radar.map((id) => results.sections.find((s) => s.id === id)!);
    const risks = assessedRisks(results);
    const roadmap = results.roadmap;
    const { summary } = results;
    const meta = assessment.meta;
    const list: Slide[] = [];

    const agencies = new Set(
      Object.keys(assessment.responses)
        .map((id) => assessment.respondents.find((r) => r.id === id)?.agency.trim() ?? '')
        .filter(Boolean),
    );
    const respondents = Object.keys(assessment.responses).length;
    list.push({
      id: 'title',
      title: meta.institution,
      body: (
        <div className="slide-title-body">
          <p className="slide-lead">{t('workshop.present.selfAssessment')}</p>
          <p>{t('workshop.present.country', { country: meta.country, date: format.date(meta.assessmentDate) })}</p>
          <p>{t('results.summaryAnswered', { done: summary.withData, asked: summary.asked, percent: format.percent(summary.completeness) })}</p>
          {respondents > 0 && <p>{t(results.workshop?.provisional ? 'workshop.present.respondentsOpen' : 'workshop.present.respondents', { count: respondents, agencies: agencies.size })}</p>}
        </div>
      ),
    });

    const radar = radarChart(
      pillars.map((s) => ({ label: sectionTitle(s.id), current: s.score, target: s.target })),
      RADAR_SIZE,
      radarLabels(t),
    );
    list.push({
      id: 'profile',
      title: t('results.profileTitle'),
      body: (
        <div className="slide-split">
          <figure className="chart slide-chart">
            <SvgTree node={radar} idPrefix="present-radar" />
          </figure>
          <ul className="slide-list">
            {pillars.map((s) => (
              <li key={s.id} data-section={s.id} data-stage={s.stage ?? ''}>
                <span className="strong">{sectionTitle(s.id)}</span>
                <span className="block">
                  {s.score === null || s.stage === null
                    ? t('workshop.present.noScore', { target: s.target })
                    : t('workshop.present.score', { score: format.decimal(s.score), stage: s.stage, stageName: t(`stage.${s.stage}`), target: s.target })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ),
    });

    const names = Object.fromEntries(risks.map((r) => [r.id, itemName(r.id)]));
    const heat = riskHeatMap(risks, heatMapLabels(t, names), { size: HEAT_SIZE, legend: false });
    // An empty map says why (contested in the workshop, or not rated yet) instead of showing a bare grid.
    const emptyHeat = risks.length === 0 ? heatMapEmptyText(t, results) : null;
    list.push({
      id: 'heatmap',
      title: t('results.riskTitle'),
      body: (
        <div className="slide-center">
          {emptyHeat && (
            <p className="slide-lead slide-empty" role="note" data-testid="heat-empty">
              {emptyHeat}
            </p>
          )}
          <figure className="chart slide-chart slide-heat" data-testid="heatmap">
            <SvgTree node={heat} idPrefix="present-heatmap" />
            <HeatMapLegend />
          </figure>
        </div>
      ),
    });

    list.push({
      id: 'priorities',
      title: t('workshop.present.topPriorities'),
      body:
        risks.length === 0 ? (
          <p className="slide-empty">{heatMapEmptyText(t, results)}</p>
        ) : (
          <ol className="slide-list slide-risks">
            {risks.slice(0, TOP_RISKS).map((r) => (
              <li key={r.id} data-risk={r.id}>
                <span className="strong">{names[r.id]}</span> <span className={`band band-${r.band}`}>{t(`results.band.${r.band}`)}</span>
                <span className="block muted">{t('workshop.present.riskLine', { priority: format.percent(r.priority), likelihood: r.likelihood, impact: r.impact, preparedness: r.preparedness })}</span>
              </li>
            ))}
          </ol>
        ),
    });

    for (const phase of [1, 2, 3] as const) {
      const actions = roadmap.phases.find((p) => p.phase === phase)?.actions ?? [];
      const pages = chunk(actions, ACTIONS_PER_SLIDE);
      pages.forEach((page, p) => {
        const title = pages.length > 1 ? t('workshop.present.phasePart', { phase: t(`phase.${phase}`), part: p + 1, parts: pages.length }) : t('workshop.present.phase', { phase: t(`phase.${phase}`) });
        list.push({
          id: `phase-${phase}-${p + 1}`,
          title,
          body:
            page.length === 0 ? (
              <p>{t('results.noActions')}</p>
            ) : (
              <ol className="slide-list slide-actions" start={p * ACTIONS_PER_SLIDE + 1}>
                {page.map((a) => (
                  <li key={a.id} data-action={a.id}>
                    {localize(a.title, lang)}
                  </li>
                ))}
              </ol>
            ),
        });
      });
    }

    if (merge) {
      list.push({
        id: 'disagreement',
        title: t('workshop.disagreement.title'),
        body: (
          <div className="slide-split">
            <div>
              <h2 className="slide-subtitle" id="slide-spread-title">
                {t('workshop.disagreement.meanSpread')}
              </h2>
              <ul className="slide-list slide-spread" aria-labelledby="slide-spread-title">
                {merge.sections.map((s) => (
                  <li key={s.section} data-section={s.section}>
                    <span className="strong">{sectionTitle(s.section)}</span>
                    <span className="spread-value">
                      <span className="meter" aria-hidden="true">
                        <span style={{ width: `${((s.meanSpread ?? 0) / MAX_SPREAD) * 100}%` }} />
                      </span>
                      {s.meanSpread === null ? '—' : format.decimal(s.meanSpread)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h2 className="slide-subtitle">{t('workshop.disagreement.contestedTitle')}</h2>
              <ol className="slide-list">
                {merge.contested.slice(0, 3).map((c) => (
                  <li key={c.itemId} data-contested={c.itemId}>
                    {itemName(c.itemId)}
                    <span className="block muted">{t('workshop.disagreement.contestedLine', { spread: c.spread ?? '—', count: c.positions })}</span>
                  </li>
                ))}
              </ol>
            </div>
          </div>
        ),
      });
    }

    if (results.baseline) {
      const c = results.baseline;
      list.push({
        id: 'progress',
        title: t('workshop.present.progress', { date: format.date(c.previous.assessmentDate) }),
        body: (
          <div className="slide-split">
            <ul className="slide-list">
              {c.sections
                .filter((s) => s.kind === 'pillar')
                .map((s) => (
                  <li key={s.section} data-section={s.section}>
                    <span className="strong">{sectionTitle(s.section)}</span>
                    <span className="block">
                      {s.previous === null ? '—' : format.decimal(s.previous)}
                      <Arrow to="forward" />
                      {` ${s.current === null ? '—' : format.decimal(s.current)} `}
                      <Delta value={s.delta} better="up" format={format} />
                    </span>
                  </li>
                ))}
            </ul>
            <p className="slide-lead">{c.actions.length > 0 ? t('workshop.baseline.summaryActions', { done: c.done.length, count: c.actions.length }) : t('workshop.baseline.summaryNoActions')}</p>
          </div>
        ),
      });
    }
    return list;
  }, [content, assessment, results, merge, t, lang, format]);

  const last = Math.max(0, slides.length - 1);
  const current = Math.min(index, last);
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(last, to))), [last]);
  const leave = useCallback(() => {
    leaveFullscreen();
    endPresentation();
  }, [endPresentation]);

  // The first slide's title takes the focus (useScreenHeading); leaving puts it back on the Present button.
  const heading = useScreenHeading();
  useEffect(() => {
    return () => {
      leaveFullscreen();
      // Back where the presentation was started from.
      requestAnimationFrame(() => document.getElementById('present-button')?.focus());
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      const onButton = event.target instanceof HTMLElement && event.target.closest('button') !== null;
      // No hidden edits while presenting: undo, redo and the shortcuts list wait for the normal screens.
      if ((event.ctrlKey || event.metaKey) && /^[zy]$/i.test(event.key)) {
        event.preventDefault();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      // Slides follow the reading direction: in a right-to-left language the left arrow goes forward.
      const key = rightToLeft && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') ? (event.key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft') : event.key;
      switch (key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          go(current + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          go(current - 1);
          break;
        case ' ':
          if (onButton) return;
          go(event.shiftKey ? current - 1 : current + 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(last);
          break;
        case 'Escape':
          leave();
          break;
        case '?':
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [current, last, go, leave, rightToLeft]);

  const slide = slides[current];
  // A slide taller than the window (a long translation, many modules) scrolls, and then takes the focus in turn.
  const slideRef = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = slideRef.current;
    setScrolls(element !== null && element.scrollHeight > element.clientHeight + 1);
  }, [slide]);
  if (!slide) return null;
  const position = t('workshop.present.position', { n: current + 1, total: slides.length });
  // Scores built while disagreements are open are not agreed results: every slide says so.
  const provisional = results?.workshop?.provisional ? results.workshop : null;

  return (
    <main className="presentation" aria-labelledby="slide-title" data-testid="presentation" data-slide={slide.id}>
      <section className="slide" key={slide.id} ref={slideRef} aria-labelledby="slide-title" tabIndex={scrolls ? 0 : undefined}>
        {provisional && (
          <p className="provisional-mark" data-testid="provisional">
            {t('results.provisional', { count: provisional.undecided })}
          </p>
        )}
        <h1 id="slide-title" ref={heading} tabIndex={-1}>
          {slide.title}
        </h1>
        <div className="slide-body">{slide.body}</div>
      </section>
      <nav className="presentation-bar" aria-label={t('workshop.present.controls')}>
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0} aria-keyshortcuts={rightToLeft ? 'ArrowRight PageUp' : 'ArrowLeft PageUp'}>
          <Arrow to="back" />
          {t('workshop.present.previous')}
        </button>
        <span className="slide-position" data-testid="slide-position">
          {position}
        </span>
        <button type="button" onClick={() => go(current + 1)} disabled={current === last} aria-keyshortcuts={rightToLeft ? 'ArrowLeft PageDown Space' : 'ArrowRight PageDown Space'}>
          {t('workshop.present.next')}
          <Arrow to="forward" />
        </button>
        <span className="presentation-hint">{t('workshop.present.hint')}</span>
        <button type="button" onClick={leave} aria-keyshortcuts="Escape" data-testid="leave-presentation">
          {t('workshop.present.leave')}
        </button>
      </nav>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{`${position}: ${slide.title}`}</div>
    </main>
  );
}
