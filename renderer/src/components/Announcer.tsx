import { useApp } from '../store';

/** A polite live region: what a keyboard shortcut just did, for screen-reader users. */
export function Announcer() {
  const announcement = useApp((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {announcement ? <span key={announcement.seq}>{announcement.text}</span> : null}
    </div>
  );
}
