import type { Assessment } from '../../../core/model/schema/assessment';
import type { CipherSession } from '../../../core/model/crypto';
import type { HistoryEntry } from '../../../core/model/history';

// The file slice's state and actions.

export interface FileRef {
  name: string;
  path?: string;
}

export interface LockedFile {
  text: string;
  name: string;
  file: FileRef | null;
  from: 'file' | 'autosave' | 'history';
}

/** What would replace the work in hand: the consent dialog names it. */
export type ReplaceReason = 'open' | 'begin' | 'recover' | 'restore' | 'discard-recovery';

/** A replacement waiting for the user's word: save first, discard, or cancel. */
export interface ConsentRequest {
  reason: ReplaceReason;
  proceed: () => Promise<void>;
}

export type SaveStatus = 'unsaved' | 'saving' | 'saved' | 'error';

export interface FileSlice {
  file: FileRef | null;
  saveStatus: SaveStatus;
  /** When the last autosave reached storage; null before the first. */
  autosavedAt: string | null;
  /** A change is waiting for the (debounced) autosave. */
  autosavePending: boolean;
  autosaveError: string | null;
  save(saveAs?: boolean): Promise<void>;
  open(): Promise<void>;
  recoverable: { text: string; savedAt: string } | null;
  /** Set while the assessment is protected by a passphrase: every save and autosave is encrypted with it. */
  cipher: CipherSession | null;
  /** An encrypted file or autosave waiting for its passphrase. */
  locked: LockedFile | null;
  /** Decrypts the locked file and adopts it; resolves to a problem sentence, or null when it worked. */
  unlock(passphrase: string): Promise<string | null>;
  cancelUnlock(): void;
  /** Protects the open assessment (or changes its passphrase); resolves to a problem sentence, or null. */
  protect(passphrase: string): Promise<string | null>;
  unprotect(): Promise<void>;
  /** The text to write for an assessment: encrypted while protected. */
  sealed(assessment: Assessment): Promise<string>;
  checkRecovery(): Promise<void>;
  recover(): Promise<void>;
  /** Clears the autosave slot; its states stay in the version history. */
  discardRecovery(): Promise<void>;
  /**
   * Runs `proceed` at once when nothing unsaved would be lost; otherwise asks
   * first (the consent dialog): save, discard, or cancel.
   */
  confirmReplace(reason: ReplaceReason, proceed: () => Promise<void>): Promise<void>;
  consent: ConsentRequest | null;
  answerConsent(choice: 'save' | 'discard' | 'cancel'): Promise<void>;
  /** Writes any pending autosave now (set by startAutosave). */
  flushAutosave(): Promise<void>;
  /** The version history, newest first; null until listed. */
  history: HistoryEntry[] | null;
  listHistory(): Promise<void>;
  /** Brings back one state of the history (asking first when unsaved work would be replaced). */
  restoreHistory(id: string): Promise<void>;
}
