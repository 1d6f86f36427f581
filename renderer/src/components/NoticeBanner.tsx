import { useTranslation } from '../i18n/use-translation';
import { useApp } from '../store';
import { ProblemDetails } from './ProblemDetails';

/** One-line messages (the technical part behind "Details"): errors stay until dismissed, so a refused file is never missed. */
export function NoticeBanner() {
  const { t } = useTranslation();
  const notice = useApp((s) => s.notice);
  const setNotice = useApp((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>
        {notice.text}
        {notice.lines && notice.lines.length > 0 && (
          <ul className="notice-lines">
            {notice.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        <ProblemDetails lines={notice.details} />
      </span>
      <button type="button" className="link-button" onClick={() => setNotice(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
