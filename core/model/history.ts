import { z } from 'zod';
import { isEncryptedEnvelope } from './crypto';

/*
 * The version history of the automatic copy: every autosave is also a state
 * here, so work replaced, discarded or edited away can be brought back. One
 * policy, kept by both editions (the desktop's files, the browser's
 * IndexedDB) through a small storage interface:
 *   - one state per minute of editing (a newer autosave of the same editing
 *     session within a minute takes the newest state's place; opening,
 *     starting or restoring begins a new session, so a replaced state stays);
 *   - kept: the 20 newest states, every state of the last hour, and the
 *     newest state of each day of each assessment for 30 days;
 *   - a protected assessment's states hold its ciphertext and no summary.
 */

export interface HistorySummary {
  institution: string;
  country: string;
  /** Answers given (the consensus answers). */
  answers: number;
}

export interface HistoryEntry {
  id: string;
  savedAt: string;
  /** The assessment's id; null when the caller did not say (never coalesced). */
  assessmentId: string | null;
  /** The editing session that wrote it: only states of one session are coalesced. */
  session: string | null;
  /** What the list shows; null for a protected state (nothing readable is kept beside ciphertext). */
  summary: HistorySummary | null;
  encrypted: boolean;
  /** Size of the stored text, in UTF-16 units. */
  size: number;
}

/** What the renderer says about an autosave, for the history. */
export interface HistoryInfo {
  assessmentId: string;
  session: string;
  summary: HistorySummary | null;
}

export const HISTORY_RECENT = 20;
export const HISTORY_DAYS = 30;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A hard bound whatever happens (many assessments a day): the oldest go first. */
export const HISTORY_MAX = 200;

/** One change to the stored history: what to write (a new or replaced state) and what to delete, with the index after it. */
export interface HistoryChange {
  put: { entry: HistoryEntry; text: string } | null;
  remove: string[];
  index: HistoryEntry[];
}

/** Where a history lives: the desktop's folder or the browser's IndexedDB. */
export interface HistoryStorage {
  /** The index, newest first; [] when there is none yet. */
  readIndex(): Promise<HistoryEntry[]>;
  readText(id: string): Promise<string | null>;
  /** Writes the state, then the index, then deletes; a crash in between leaves the old index or stray states the next change removes. */
  commit(change: HistoryChange): Promise<void>;
}

/** The history after recording one autosave: the new state, and what the policy no longer keeps. */
export function planRecord(index: readonly HistoryEntry[], text: string, info: HistoryInfo | null, now: string, newId: () => string): HistoryChange {
  const encrypted = isEncryptedEnvelope(text);
  const newest = index[0];
  const coalesce =
    newest !== undefined &&
    info !== null &&
    newest.session === info.session &&
    newest.assessmentId === info.assessmentId &&
    newest.encrypted === encrypted &&
    Date.parse(now) - Date.parse(newest.savedAt) < MINUTE &&
    Date.parse(now) >= Date.parse(newest.savedAt);
  const entry: HistoryEntry = {
    id: coalesce ? newest.id : newId(),
    savedAt: now,
    assessmentId: info?.assessmentId ?? null,
    session: info?.session ?? null,
    summary: encrypted ? null : (info?.summary ?? null),
    encrypted,
    size: text.length,
  };
  const next = [entry, ...index.filter((e) => e.id !== entry.id)];
  const keep = retained(next, now);
  return { put: { entry, text }, remove: next.filter((e) => !keep.has(e.id)).map((e) => e.id), index: next.filter((e) => keep.has(e.id)) };
}

/** Replaces a state's text with its encrypted form (protection switched on): the summary goes too. */
export function planReseal(index: readonly HistoryEntry[], id: string, text: string): HistoryChange {
  const held = index.find((e) => e.id === id);
  if (!held) return { put: null, remove: [], index: [...index] };
  if (!isEncryptedEnvelope(text)) throw new Error('a history state is resealed only with encrypted text');
  const entry: HistoryEntry = { ...held, encrypted: true, summary: null, size: text.length };
  return { put: { entry, text }, remove: [], index: index.map((e) => (e.id === id ? entry : e)) };
}

/** Ids of the states the policy keeps at `now` (index newest first). */
export function retained(index: readonly HistoryEntry[], now: string): Set<string> {
  const at = Date.parse(now);
  const keep = new Set<string>();
  const days = new Set<string>();
  index.forEach((e, i) => {
    const age = at - Date.parse(e.savedAt);
    const day = `${e.assessmentId ?? e.id}|${e.savedAt.slice(0, 10)}`;
    const newestOfDay = !days.has(day);
    days.add(day);
    if (i < HISTORY_RECENT || age < HOUR || (newestOfDay && age < HISTORY_DAYS * DAY)) keep.add(e.id);
  });
  const kept = index.filter((e) => keep.has(e.id));
  for (const e of kept.slice(HISTORY_MAX)) keep.delete(e.id);
  return keep;
}

/** Records one autosave in a history: the one write path of both editions. */
export async function recordHistory(storage: HistoryStorage, text: string, info: HistoryInfo | null, now: string, newId: () => string): Promise<void> {
  await storage.commit(planRecord(await storage.readIndex(), text, info, now, newId));
}

/** A sortable, unique id for a state saved at `now`. */
export function historyId(now: string, random: string): string {
  return `${String(Date.parse(now)).padStart(15, '0')}-${random.replace(/[^a-z0-9]/gi, '').slice(0, 12)}`;
}

const SummarySchema = z.strictObject({ institution: z.string().max(300), country: z.string().max(120), answers: z.number().int().min(0) });
const EntrySchema = z.strictObject({
  id: z.string().regex(/^[0-9]{15}-[A-Za-z0-9]{1,12}$/),
  savedAt: z.iso.datetime(),
  assessmentId: z.string().max(64).nullable(),
  session: z.string().max(64).nullable(),
  summary: SummarySchema.nullable(),
  encrypted: z.boolean(),
  size: z.number().int().min(0),
});
const IndexSchema = z.array(EntrySchema).max(HISTORY_MAX + 1);

/** A stored index read back: a damaged or foreign one counts as empty (the states it named are then cleared as strays). */
export function parseHistoryIndex(value: unknown): HistoryEntry[] {
  const parsed = IndexSchema.safeParse(value);
  return parsed.success ? parsed.data.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)) : [];
}
