import type { CipherSession } from '../../../core/model/crypto';
import type { Assessment } from '../../../core/model/schema/assessment';

export interface FileRef {
  name: string;
  path?: string;
}

export interface LockedFile {
  text: string;
  name: string;
  file: FileRef | null;
  from: 'file' | 'autosave';
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
  discardRecovery(): Promise<void>;
}
