import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/i18n';
import { useApp } from '../store';

export function StartView() {
  const { t, i18n } = useTranslation();
  const bundles = useApp((s) => s.bundles);
  const contentProblems = useApp((s) => s.contentProblems);
  const recoverable = useApp((s) => s.recoverable);
  const hasAssessment = useApp((s) => s.assessment !== null);
  const { startAssessment, recover, discardRecovery, open, importQuestionnaire, go } = useApp((s) => s);
  const [contentKey, setContentKey] = useState<string>('');
  const [modules, setModules] = useState<string[]>([]);
  const [institution, setInstitution] = useState('');
  const [country, setCountry] = useState('');
  const [lead, setLead] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));

  const chosen = bundles.find((b) => b.key === contentKey) ?? bundles[0];
  const optionalSections = chosen?.content.questionnaire.sections.filter((s) => s.optional) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    startAssessment({
      contentKey: chosen.key,
      modules,
      meta: { institution: institution.trim(), country: country.trim(), assessmentDate: date, leadRespondent: lead.trim(), language: i18n.language as 'en', confidentiality: '' },
    });
  };

  return (
    <div className="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.intro')}</p>

      {recoverable && (
        <section className="card recover" aria-labelledby="recover-title">
          <h2 id="recover-title">{t('start.recoverTitle')}</h2>
          <p>{t('start.recoverText', { time: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(recoverable.savedAt)) })}</p>
          <div className="row">
            <button type="button" className="primary" onClick={recover}>{t('start.recover')}</button>
            <button type="button" onClick={() => void discardRecovery()}>{t('start.discard')}</button>
          </div>
        </section>
      )}

      {hasAssessment && (
        <p>
          <button type="button" className="primary" onClick={() => go('questionnaire')}>{t('start.continue')}</button>
        </p>
      )}

      <div className="start-grid">
        <form className="card" onSubmit={submit} aria-labelledby="new-title">
          <h2 id="new-title">{t('start.newTitle')}</h2>
          <label className="field">
            <span>{t('start.institution')}</span>
            <input required value={institution} onChange={(e) => setInstitution(e.target.value)} autoComplete="organization" />
          </label>
          <label className="field">
            <span>{t('start.country')}</span>
            <input required value={country} onChange={(e) => setCountry(e.target.value)} autoComplete="country-name" />
          </label>
          <label className="field">
            <span>{t('start.leadRespondent')}</span>
            <input value={lead} onChange={(e) => setLead(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('start.date')}</span>
            <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('start.questionnaire')}</span>
            <select value={chosen?.key ?? ''} onChange={(e) => { setContentKey(e.target.value); setModules([]); }}>
              {bundles.map((b) => (
                <option key={b.key} value={b.key}>
                  {localize(b.content.questionnaire.title, i18n.language)} {b.content.questionnaire.version}
                  {b.origin === 'imported' ? ` (${t('start.imported')})` : ''}
                </option>
              ))}
            </select>
          </label>
          {optionalSections.length > 0 && (
            <fieldset className="field">
              <legend>{t('start.modules')}</legend>
              {optionalSections.map((s) => (
                <label key={s.id} className="check">
                  <input
                    type="checkbox"
                    checked={modules.includes(s.id)}
                    onChange={(e) => setModules(e.target.checked ? [...modules, s.id] : modules.filter((m) => m !== s.id))}
                  />
                  {localize(s.title, i18n.language)} <span className="muted">({t('start.optional')})</span>
                </label>
              ))}
            </fieldset>
          )}
          <button type="submit" className="primary" disabled={!chosen}>{t('start.begin')}</button>
        </form>

        <section className="card" aria-labelledby="files-title">
          <h2 id="files-title">{t('start.filesTitle')}</h2>
          <p>{t('start.openText')}</p>
          <button type="button" onClick={() => void open()}>{t('file.open')}</button>
          <p>{t('start.importText')}</p>
          <button type="button" onClick={() => void importQuestionnaire()}>{t('start.import')}</button>
          {contentProblems.map((p) => (
            <p key={p} className="error-text">{p}</p>
          ))}
        </section>
      </div>
    </div>
  );
}
