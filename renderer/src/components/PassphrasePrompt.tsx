import { useState, type FormEvent, type ReactNode } from 'react';
import type { Notice } from '../store/types';
import { ProblemDetails } from './ProblemDetails';

/** What went wrong: a plain sentence, or a notice whose technical details sit behind a disclosure. */
type UnlockProblem = string | Pick<Notice, 'text' | 'details'>;

interface PassphrasePromptProps {
  /** Tries the passphrase; resolves to the problem, or null when it worked. Never rejects. */
  unlock(passphrase: string): Promise<UnlockProblem | null>;
  inputId: string;
  label: string;
  submitLabel: string;
  /** Shown on the submit button while the passphrase is being tried (key derivation takes a moment). */
  busyLabel?: string;
  autoComplete: 'current-password' | 'off';
  autoFocus?: boolean;
  /** What is locked and why, above the field. */
  children: ReactNode;
  cancel?: { label: string; onCancel(): void };
  className?: string;
  labelledBy?: string;
}

/** Asks for the passphrase of an encrypted file; the problem stays on screen until the next try, the field is cleared once it works. */
export function PassphrasePrompt({ unlock, inputId, label, submitLabel, busyLabel, autoComplete, autoFocus, children, cancel, className, labelledBy }: PassphrasePromptProps) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<UnlockProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const found = await unlock(passphrase);
    setBusy(false);
    setProblem(found);
    if (!found) setPassphrase('');
  };
  // unlock() answers with a problem sentence instead of throwing: the form does not wait (void).
  return (
    <form className={className} aria-labelledby={labelledBy} onSubmit={(e) => void submit(e)}>
      {children}
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input id={inputId} type="password" autoComplete={autoComplete} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} required autoFocus={autoFocus} />
      </div>
      {problem && (
        <div className="error-text" role="alert">
          {typeof problem === 'string' ? problem : problem.text}
          {typeof problem !== 'string' && <ProblemDetails lines={problem.details} />}
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy || passphrase === ''} aria-busy={busy}>
          {busy && busyLabel ? busyLabel : submitLabel}
        </button>
        {cancel && (
          <button type="button" onClick={cancel.onCancel}>
            {cancel.label}
          </button>
        )}
      </div>
    </form>
  );
}
