import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { directoryBodies, setInstitutionName } from '../../../core/method/institutions';
import type { RoadmapResult } from '../../../core/method/results';
import { MAX_INSTITUTION_NAME, type Institutions } from '../../../core/model/schema/assessment';
import type { Apply } from './ActionCard';
import { DraftInput } from './DraftInput';
import type { Lead, RoadmapNames } from './labels';

const fieldOf = (body: Lead) => `institution-${body}`;

/**
 * The institution directory: the real name of each body that leads or joins
 * an action, given once and printed on every card, in the report and by the
 * CLI. Folded away by default: it is set up once, the roadmap is read often.
 */
export function InstitutionDirectory({ roadmap, institutions, names, apply }: { roadmap: RoadmapResult; institutions: Institutions | undefined; names: RoadmapNames; apply: Apply }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const bodies = directoryBodies(roadmap, institutions);
  const named = bodies.filter((b) => institutions?.[b]).length;
  if (bodies.length === 0) return null;

  return (
    <section className="card institutions" aria-labelledby="institutions-title" data-testid="institutions">
      <div className="institutions-head">
        <h2 id="institutions-title">{t('roadmap.institutions.title')}</h2>
        <span className="muted">{t('roadmap.institutions.named', { named, total: bodies.length })}</span>
        <button type="button" aria-expanded={open} aria-controls="institutions-list" data-control="institutions-toggle" onClick={() => setOpen(!open)}>
          {t(open ? 'roadmap.institutions.hide' : 'roadmap.institutions.show')}
        </button>
      </div>
      <div id="institutions-list" hidden={!open}>
        <p className="muted">{t('roadmap.institutions.intro')}</p>
        <div className="institutions-grid">
          {bodies.map((body) => {
            const generic = names.lead(body);
            return (
              <div className="field" key={body}>
                <label htmlFor={fieldOf(body)}>{generic}</label>
                <DraftInput
                  id={fieldOf(body)}
                  data-institution={body}
                  type="text"
                  maxLength={MAX_INSTITUTION_NAME}
                  autoComplete="off"
                  value={institutions?.[body] ?? ''}
                  onCommit={(name, how) =>
                    apply((a) => setInstitutionName(a, body, name), {
                      announce: name.trim() ? t('roadmap.institutions.announce.named', { body: generic, name: name.trim() }) : t('roadmap.institutions.announce.cleared', { body: generic }),
                      focus: how === 'enter' ? `#${fieldOf(body)}` : undefined,
                    })
                  }
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
