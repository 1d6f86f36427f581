import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import { indexItems } from '../../../core/model/questionnaire';
import type { Answers } from '../../../core/model/schema/assessment';
import type { ProfileQuestion } from '../../../core/model/schema/questionnaire';
import { LANGUAGES, type Language } from '../../../core/model/schema/text';
import { DateHint } from '../components/DateHint';
import { useFormat } from '../hooks/useFormat';
import { LanguageOptions } from '../components/LanguageOptions';
import { assessmentProgress } from '../../../core/model/progress';
import { useApp } from '../store';
import { useScreenHeading } from '../hooks/useScreenHeading';
import { parseAssessmentOnce } from '../store/parse-once';
import { ProblemDetails } from '../components/ProblemDetails';
import { isEncryptedEnvelope } from '../../../core/model/crypto';
import { PROTECTION_NAMESPACE } from '../protection/i18n';
import { ScreenHelp } from '../components/ScreenHelp';

/** Profile questions the start form asks up front, when the chosen questionnaire has them. */
const TYPE_ID = 'profile.institution-type';
const LANGUAGES_ID = 'profile.working-languages';

function Required() {
  return (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

function RecoverCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const recoverable = useApp((s) => s.recoverable);
  const bundles = useApp((s) => s.bundles);
  const recover = useApp((s) => s.recover);
  const discardRecovery = useApp((s) => s.discardRecovery);
  const who = useMemo(() => {
    if (!recoverable) return null;
    const parsed = parseAssessmentOnce(recoverable.text);
    if (!parsed.ok) return null;
    const bundle = bundles.find((b) => b.content.questionnaire.id === parsed.value.questionnaire.id);
    const { institution, country } = parsed.value.meta;
    if (!bundle) return { institution, country, progress: null };
    const progress = assessmentProgress(bundle.content.questionnaire, parsed.value);
    return { institution, country, progress: { done: progress.reduce((n, p) => n + p.done, 0), asked: progress.reduce((n, p) => n + p.asked, 0) } };
  }, [recoverable, bundles]);
  if (!recoverable) return null;
  // recover() and discardRecovery() report their own failures in the store: the clicks do not wait (void).
  return (
    <section className="card recover" aria-labelledby="recover-title" data-testid="recover">
      <h2 id="recover-title">{t('start.recoverTitle')}</h2>
      <p>{t('start.recoverText', { time: format.dateTime(recoverable.savedAt) })}</p>
      {isEncryptedEnvelope(recoverable.text) && <p>{t('encryptedAutosave', { ns: PROTECTION_NAMESPACE })}</p>}
      {who && <p className="strong">{who.progress ? t('start.recoverWho', { institution: who.institution, country: who.country, ...who.progress }) : `${who.institution}, ${who.country}`}</p>}
      <div className="row">
        <button type="button" className="primary" onClick={() => void recover()}>
          {t('start.recover')}
        </button>
        <button type="button" onClick={() => void discardRecovery()}>
          {t('start.discard')}
        </button>
      </div>
    </section>
  );
}

function CurrentCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const meta = useApp((s) => s.assessment?.meta);
  const go = useApp((s) => s.go);
  if (!meta) return null;
  return (
    <section className="card current" aria-labelledby="current-title">
      <h2 id="current-title">{t('start.currentTitle')}</h2>
      <p>{t('start.currentText', { institution: meta.institution, country: meta.country, date: format.date(meta.assessmentDate) })}</p>
      <button type="button" className="primary" onClick={() => go('questionnaire')}>
        {t('start.continue')}
      </button>
    </section>
  );
}

/** First-run guidance: the journey in four steps, then how long, what to have at hand and who answers what. */
function HowThisWorks() {
  const { t } = useTranslation('help');
  return (
    <ScreenHelp topic="start" summary={t('start.summary')}>
      <p>{t('start.intro')}</p>
      <ol className="journey">
        <li>{t('start.step1')}</li>
        <li>{t('start.step2')}</li>
        <li>{t('start.step3')}</li>
        <li>{t('start.step4')}</li>
      </ol>
    </ScreenHelp>
  );
}

/** Said at once when this computer (or browser window) cannot keep an autosave: work would not survive a reload. */
function StorageWarning() {
  const { t } = useTranslation();
  const autosaveError = useApp((s) => s.autosaveError);
  if (!autosaveError) return null;
  return (
    <p className="card notice-error" role="alert" data-testid="storage-warning">
      {t('start.storageUnavailable', { reason: autosaveError })}
    </p>
  );
}

export function StartView() {
  const { t, i18n } = useTranslation();
  const bundles = useApp((s) => s.bundles);
  const contentProblems = useApp((s) => s.contentProblems);
  const hasAssessment = useApp((s) => s.assessment !== null);
  const startAssessment = useApp((s) => s.startAssessment);
  const open = useApp((s) => s.open);
  const importQuestionnaire = useApp((s) => s.importQuestionnaire);
  const [contentKey, setContentKey] = useState<string>('');
  const [modules, setModules] = useState<string[]>([]);
  const [institution, setInstitution] = useState('');
  const [country, setCountry] = useState('');
  const [institutionType, setInstitutionType] = useState('');
  const [lead, setLead] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [language, setLanguage] = useState<Language | ''>('');
  const [workingLanguages, setWorkingLanguages] = useState('');
  const lang = i18n.language;
  const heading = useScreenHeading();

  const chosen = bundles.find((b) => b.key === contentKey) ?? bundles[0];
  const questionnaire = chosen?.content.questionnaire;
  const optionalSections = questionnaire?.sections.filter((s) => s.optional) ?? [];
  const profile = useMemo(() => (questionnaire ? indexItems(questionnaire) : null), [questionnaire]);
  const typeQuestion = profile?.get(TYPE_ID)?.item as ProfileQuestion | undefined;
  const languagesQuestion = profile?.get(LANGUAGES_ID)?.item as ProfileQuestion | undefined;
  const uiLanguage: Language = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en';
  const reportLanguage: Language = language || uiLanguage;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const answers: Answers = {};
    if (typeQuestion?.type === 'choice' && institutionType) answers[TYPE_ID] = { kind: 'profile', value: institutionType };
    if (languagesQuestion?.type === 'text' && workingLanguages.trim()) answers[LANGUAGES_ID] = { kind: 'profile', value: workingLanguages.trim() };
    startAssessment({
      contentKey: chosen.key,
      modules,
      answers,
      meta: { institution: institution.trim(), country: country.trim(), assessmentDate: date, leadRespondent: lead.trim(), language: reportLanguage, confidentiality: '' },
    });
  };

  // open() and importQuestionnaire() report their own failures as a notice: the clicks do not wait (void).
  return (
    <div className="start">
      <h1 ref={heading} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.intro')}</p>
      <HowThisWorks />

      <StorageWarning />
      <RecoverCard />
      <CurrentCard />

      <div className="start-grid">
        <form className="card new-form" onSubmit={submit} aria-labelledby="new-title">
          <h2 id="new-title">{t('start.newTitle')}</h2>
          <p className="muted small">{t('start.required')}</p>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="start-institution">
                {t('start.institution')}
                <Required />
              </label>
              <input id="start-institution" required value={institution} onChange={(e) => setInstitution(e.target.value)} autoComplete="organization" maxLength={300} />
            </div>
            <div className="field">
              <label htmlFor="start-country">
                {t('start.country')}
                <Required />
              </label>
              <input id="start-country" required value={country} onChange={(e) => setCountry(e.target.value)} autoComplete="country-name" maxLength={120} />
            </div>
            {typeQuestion?.type === 'choice' && (
              <div className="field">
                <label htmlFor="start-type">{t('start.institutionType')}</label>
                <select id="start-type" value={institutionType} onChange={(e) => setInstitutionType(e.target.value)}>
                  <option value="">{t('start.chooseType')}</option>
                  {typeQuestion.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {localize(o.label, lang)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor="start-date">
                {t('start.date')}
                <Required />
              </label>
              <input id="start-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} aria-describedby="start-date-said" />
              <DateHint id="start-date-said" value={date} />
            </div>
            <div className="field">
              <label htmlFor="start-lead">{t('start.leadRespondent')}</label>
              <input id="start-lead" value={lead} onChange={(e) => setLead(e.target.value)} maxLength={200} />
            </div>
            <div className="field">
              <label htmlFor="start-language">{t('start.reportLanguage')}</label>
              <select id="start-language" value={reportLanguage} onChange={(e) => setLanguage(e.target.value as Language)}>
                <LanguageOptions />
              </select>
            </div>
            {languagesQuestion?.type === 'text' && (
              <div className="field span-2">
                <label htmlFor="start-working-languages">{t('start.workingLanguages')}</label>
                <input id="start-working-languages" aria-describedby="start-working-languages-help" value={workingLanguages} onChange={(e) => setWorkingLanguages(e.target.value)} />
                <p id="start-working-languages-help" className="muted small">
                  {t('start.workingLanguagesHelp')}
                </p>
              </div>
            )}
            <div className="field span-2">
              <label htmlFor="start-questionnaire">{t('start.questionnaire')}</label>
              <select
                id="start-questionnaire"
                value={chosen?.key ?? ''}
                onChange={(e) => {
                  setContentKey(e.target.value);
                  setModules([]);
                }}
              >
                {bundles.map((b) => (
                  <option key={b.key} value={b.key}>
                    {`${localize(b.content.questionnaire.title, lang)} ${b.content.questionnaire.version}${b.origin === 'imported' ? ` (${t('start.imported')})` : ''}`}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {optionalSections.length > 0 && (
            <fieldset className="field">
              <legend>{t('start.modules')}</legend>
              {optionalSections.map((s) => (
                <label key={s.id} className="check">
                  <input type="checkbox" checked={modules.includes(s.id)} onChange={(e) => setModules(e.target.checked ? [...modules, s.id] : modules.filter((m) => m !== s.id))} />
                  <span>
                    {localize(s.title, lang)} <span className="muted">({t('start.optional')})</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {hasAssessment && <p className="muted small">{t('start.replaceWarning')}</p>}
          <button type="submit" className="primary" disabled={!chosen}>
            {t('start.begin')}
          </button>
        </form>

        <section className="card" aria-labelledby="files-title">
          <h2 id="files-title">{t('start.filesTitle')}</h2>
          <p>{t('start.openText')}</p>
          <button type="button" onClick={() => void open()}>
            {t('file.open')}
          </button>
          <p>{t('start.importText')}</p>
          <button type="button" onClick={() => void importQuestionnaire()}>
            {t('start.import')}
          </button>
          {contentProblems.map((p) => (
            <div key={p.text} className="error-text">
              <p>{p.text}</p>
              <ProblemDetails lines={p.details} />
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
