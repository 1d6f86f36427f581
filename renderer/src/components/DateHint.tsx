import { useFormat } from '../hooks/useFormat';

/**
 * A date field's value written out in the interface language ("4 décembre
 * 2026"): the browser draws the field itself in its own locale, often month
 * first ("12/04/2026"), which readers elsewhere take for 12 April.
 */
export function DateHint({ id, value }: { id: string; value: string }) {
  const format = useFormat();
  return (
    <small id={id} className="muted date-hint" data-testid="date-hint">
      {value ? format.date(value) : ''}
    </small>
  );
}
