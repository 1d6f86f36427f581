import type { PlatformApi } from '../../../core/platform';
import type { Language } from '../../../core/model/schema/text';
import type { Edition } from '../platform/edition';
import type { Preferences } from '../lib/preferences';

// The ui slice's state and actions.

export type View = 'start' | 'questionnaire' | 'review' | 'results' | 'report' | 'roadmap' | 'workshop' | 'paper-entry' | 'presentation' | 'guide';

export interface Notice {
  tone: 'error' | 'info';
  text: string;
  /** The technical part (where in the file), shown behind a "Details" disclosure. */
  details?: string[];
  /** Lines the user should read at once (what changed when a file was carried over to a new version). */
  lines?: string[];
}

export type DialogName = 'shortcuts' | 'settings' | 'history';

export interface UiSlice {
  platform: PlatformApi;
  edition: Edition;
  view: View;
  sectionId: string | null;
  language: Language;
  notice: Notice | null;
  /** An item to scroll to and focus once its section is on screen (review jumps, J/K across sections). */
  focusRequest: { itemId: string; seq: number } | null;
  /** Text for the polite live region: what a keyboard shortcut just did. */
  announcement: { text: string; seq: number } | null;
  dialog: DialogName | null;
  preferences: Preferences;
  setPreferences(patch: Partial<Preferences>): void;
  go(view: View, sectionId?: string | null): void;
  /** Opens the questionnaire at the item's section and focuses the item. */
  goToItem(itemId: string): void;
  clearFocusRequest(): void;
  announce(text: string): void;
  openDialog(dialog: DialogName | null): void;
  /** Closes the dialog only if it is still the one open (a late close event of another must not close a newer one). */
  closeDialog(dialog: DialogName): void;
  setNotice(notice: Notice | null): void;
  /** Opens the user guide, at a section when given (its id, the same in every language). */
  openGuide(section?: string): void;
  /** Back to the screen the guide was opened from. */
  closeGuide(): void;
  /** The screen the guide was opened from, and the section it was opened at. */
  guideFrom: View | null;
  guideSection: { id: string; seq: number } | null;
  /**
   * Switches the interface language at run time. When the user does it while
   * an assessment in another language is open, `askAssessment` keeps a
   * question on screen: change the assessment's (and its report's) language too?
   */
  chooseLanguage(language: Language, options?: { askAssessment?: boolean }): Promise<void>;
  /** The language the user just chose for the interface, while the assessment stays in another; null otherwise. */
  languageQuestion: Language | null;
  /** Answers that question: the assessment (and its report) take the interface language, or keep theirs. */
  answerLanguageQuestion(change: boolean): void;
}
