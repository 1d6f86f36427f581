import { useTranslation } from '../i18n/use-translation';

/** The technical part of a problem (where in the file), folded away behind "Details". */
export function ProblemDetails({ lines }: { lines: readonly string[] | undefined }) {
  const { t } = useTranslation();
  if (!lines || lines.length === 0) return null;
  return (
    <details className="problem-details">
      <summary>{t('app.details')}</summary>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
