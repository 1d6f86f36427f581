import { useTranslation } from '../i18n/use-translation';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../core/report/language';
import { UI_LANGUAGES, languageTag } from '../i18n';

export type Paper = 'a4' | 'letter';

/** The language and paper size of a printed document (the report, the blank questionnaire), each field labelled by its screen. */
export function PrintOptions({
  labels,
  language,
  paper,
  onLanguage,
  onPaper,
}: {
  labels: { language: string; paper: string };
  language: ReportLanguage;
  paper: Paper;
  onLanguage(language: ReportLanguage): void;
  onPaper(paper: Paper): void;
}) {
  const { t } = useTranslation('reportPanel');
  return (
    <>
      <label className="field">
        <span>{labels.language}</span>
        <select value={language} onChange={(e) => onLanguage(e.target.value as ReportLanguage)}>
          {UI_LANGUAGES.filter((l) => (REPORT_LANGUAGES as readonly string[]).includes(l.code)).map((l) => (
            <option key={l.code} value={l.code} lang={languageTag(l.code)}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{labels.paper}</span>
        <select value={paper} onChange={(e) => onPaper(e.target.value as Paper)}>
          <option value="a4">{t('a4')}</option>
          <option value="letter">{t('letter')}</option>
        </select>
      </label>
    </>
  );
}
