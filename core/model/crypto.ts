import { message, MessageError, type Message } from './message';
import { MAX_ASSESSMENT_BYTES } from './schema/assessment';
import { parseJsonText, type Problem } from './schema/parse';
import { decodeBase64, encodeBase64 } from './base64';

/**
 * Optional passphrase encryption of assessment and response files.
 *
 * The file becomes a small JSON envelope:
 *
 *   {"format":"capamap.encrypted","version":1,
 *    "kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":"<base64>"},
 *    "cipher":{"name":"AES-GCM","iv":"<base64>"},
 *    "ciphertext":"<base64 of AES-256-GCM output, the 16-byte tag at its end>"}
 *
 * The key is PBKDF2-HMAC-SHA-256 of the NFC-normalised passphrase (UTF-8),
 * 16 random bytes of salt, at least 600,000 iterations; the cipher is
 * AES-256-GCM with a 12-byte random IV and the additional authenticated data
 * "capamap.encrypted/1" (so an envelope cannot be relabelled as another
 * version). The plaintext is the UTF-8 of the file's text.
 *
 * Core stays pure: WebCrypto (`crypto.subtle` and `crypto.getRandomValues`)
 * is passed in, and the few types used are declared here structurally, so
 * this module needs neither DOM nor Node types. UTF-8 is the platform's
 * TextEncoder and TextDecoder (every runtime CapaMap targets has them),
 * typed below in the same structural way.
 *
 * What a failure can and cannot tell: AES-GCM authenticates the ciphertext
 * under the key, so a wrong passphrase and an altered salt, IV or ciphertext
 * fail in exactly the same way. CapaMap therefore checks the envelope's
 * structure first (incomplete JSON, bad base64, wrong lengths → "damaged")
 * and reports an authentication failure as "wrong passphrase, or the file
 * was altered": it cannot honestly say which.
 */

export const ENCRYPTED_FORMAT = 'capamap.encrypted';
export const ENCRYPTED_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; files asking for fewer are refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Upper bound on decrypt, so a crafted file cannot keep the app deriving a key for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;
/** Largest text encrypted: the largest assessment CapaMap accepts. */
export const MAX_PLAINTEXT_BYTES = MAX_ASSESSMENT_BYTES;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAX_SALT_BYTES = 1024;
/** Largest envelope read: base64 of the largest plaintext and its tag, plus the header. */
export const MAX_ENVELOPE_BYTES = Math.ceil((MAX_PLAINTEXT_BYTES + TAG_BYTES) / 3) * 4 + 4096;
const ADDITIONAL_DATA = `${ENCRYPTED_FORMAT}/${ENCRYPTED_VERSION}`;

// ---------------------------------------------------------------------------
// The slice of WebCrypto used, declared structurally (no DOM or Node types).
// `globalThis.crypto` in Node ≥ 20, Electron and browsers satisfies it.
// ---------------------------------------------------------------------------

type Bytes = Uint8Array<ArrayBuffer>;

export interface SubtleCryptoLike {
  importKey(format: 'raw', keyData: Bytes, algorithm: { name: 'PBKDF2' }, extractable: false, keyUsages: 'deriveKey'[]): Promise<unknown>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Bytes; iterations: number },
    baseKey: never,
    derivedKeyType: { name: 'AES-GCM'; length: 256 },
    extractable: false,
    keyUsages: ('encrypt' | 'decrypt')[],
  ): Promise<unknown>;
  encrypt(algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes; tagLength: 128 }, key: never, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: { name: 'AES-GCM'; iv: Bytes; additionalData: Bytes; tagLength: 128 }, key: never, data: Bytes): Promise<ArrayBuffer>;
}

/** WebCrypto as injected: pass `globalThis.crypto` (methods are called on this object). */
export interface WebCryptoLike {
  readonly subtle: SubtleCryptoLike;
  getRandomValues(array: Bytes): Bytes;
}

// TextEncoder and TextDecoder as the runtime provides them; core's tsconfig has no DOM lib, so the two used here are typed structurally.
interface Utf8Codecs {
  TextEncoder: new () => { encode(text: string): Bytes };
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
}
const codecs = globalThis as unknown as Utf8Codecs;
const utf8 = new codecs.TextEncoder();
// fatal: malformed UTF-8 is refused, not repaired; ignoreBOM: a byte-order mark in the plaintext is kept, like any other character.
const strictUtf8 = new codecs.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes of a string (a lone surrogate becomes U+FFFD). */
function encodeUtf8(text: string): Bytes {
  return utf8.encode(text);
}

/** The string UTF-8 bytes encode, or null for anything not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------

/** Why a decryption failed, for the UI to choose what to ask next. */
export type DecryptFailure =
  /** Not an encrypted CapaMap file at all: read it as a plain file instead. */
  | 'not-encrypted'
  /** The envelope is damaged: truncated, not JSON, bad base64, wrong lengths. Try a backup. */
  | 'corrupted'
  /** Made by a newer CapaMap, or with parameters CapaMap refuses (too few or too many iterations). */
  | 'unsupported'
  /** Authentication failed: the passphrase is wrong, or the salt, IV or ciphertext were changed. Ask again. */
  | 'wrong-passphrase-or-altered';

export type Decrypted = { ok: true; value: string; session: CipherSession } | { ok: false; reason: DecryptFailure; problems: Problem[] };

/** A derived key kept in memory (non-extractable), to encrypt again without re-deriving. */
export interface CipherSession {
  /** PBKDF2 iterations the key was derived with. */
  readonly iterations: number;
  /** Encrypts under a fresh random IV; cheap (no key derivation), so fit for autosave. */
  encrypt(text: string): Promise<string>;
}

export interface EncryptOptions {
  /** PBKDF2 iterations, at least MIN_PBKDF2_ITERATIONS (the default). */
  iterations?: number;
}

/** Why a passphrase cannot protect a file, or null when it can. */
export function passphraseProblem(passphrase: string): Message | null {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < MIN_PASSPHRASE_LENGTH) return message('crypto.passphraseShort', { count: MIN_PASSPHRASE_LENGTH });
  return null;
}

/**
 * Derives a key from the passphrase with a fresh salt and returns a session
 * that encrypts with it. Throws on a passphrase passphraseProblem refuses.
 */
export async function createCipherSession(passphrase: string, crypto: WebCryptoLike, options: EncryptOptions = {}): Promise<CipherSession> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new MessageError(problem);
  const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS)
    throw new Error(`Cannot encrypt: PBKDF2 iterations must be a whole number from ${MIN_PBKDF2_ITERATIONS} to ${MAX_PBKDF2_ITERATIONS}.`);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await deriveKey(crypto, passphrase, salt, iterations);
  return session(crypto, key, salt, iterations);
}

/** Encrypts text under a passphrase into an envelope (a fresh salt and IV each call; one key derivation). */
export async function encryptText(text: string, passphrase: string, crypto: WebCryptoLike, options: EncryptOptions = {}): Promise<string> {
  return (await createCipherSession(passphrase, crypto, options)).encrypt(text);
}

/**
 * Decrypts an envelope. Structure is checked before any key is derived, so
 * a damaged file says so; an authentication failure is reported as "wrong
 * passphrase, or the file was altered". On success the result carries a
 * session with the file's key, so saving again needs no second derivation.
 */
export async function decryptText(envelopeText: string, passphrase: string, crypto: WebCryptoLike): Promise<Decrypted> {
  const envelope = readEnvelope(envelopeText);
  if (!envelope.ok) return envelope;
  const { salt, iv, ciphertext, iterations } = envelope.value;
  let plain: ArrayBuffer;
  let key: unknown;
  try {
    key = await deriveKey(crypto, passphrase, salt, iterations);
    plain = await crypto.subtle.decrypt(gcm(iv), key as never, ciphertext);
  } catch {
    return failure('wrong-passphrase-or-altered', '$', 'crypto.wrongPassphrase');
  }
  const text = decodeUtf8(new Uint8Array(plain));
  if (text === null) return failure('corrupted', '$.ciphertext', 'crypto.notText');
  return { ok: true, value: text, session: session(crypto, key, salt, iterations) };
}

/**
 * Whether a text is (or, damaged, was meant to be) an encrypted CapaMap
 * file. Recognises the envelope's opening even when the rest is truncated,
 * so a damaged encrypted file is reported as such rather than as bad JSON.
 */
export function isEncryptedEnvelope(text: string): boolean {
  if (ENVELOPE_OPENING.test(text.slice(0, 200))) return true;
  // Keys in another order (an envelope rewritten by another tool): parse, only when it could be one.
  if (text.length > MAX_ENVELOPE_BYTES || !text.includes(ENCRYPTED_FORMAT)) return false;
  const json = parseJsonText(text, MAX_ENVELOPE_BYTES, 3);
  return json.ok && isRecord(json.value) && json.value.format === ENCRYPTED_FORMAT;
}

const ENVELOPE_OPENING = /^\uFEFF?\s*\{\s*"format"\s*:\s*"capamap\.encrypted"/;

// ---------------------------------------------------------------------------
// Envelope structure
// ---------------------------------------------------------------------------

interface Envelope {
  iterations: number;
  salt: Bytes;
  iv: Bytes;
  ciphertext: Bytes;
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: DecryptFailure; problems: Problem[] };

function failure(reason: DecryptFailure, path: string, code: string, params: Record<string, string | number> = {}): { ok: false; reason: DecryptFailure; problems: Problem[] } {
  return { ok: false, reason, problems: [{ path, code, params }] };
}

/** Checks an envelope's structure and decodes its binary fields; derives nothing. */
function readEnvelope(text: string): Read<Envelope> {
  const looksEncrypted = isEncryptedEnvelope(text);
  const json = parseJsonText(text, MAX_ENVELOPE_BYTES, 3);
  if (!json.ok) {
    if (!looksEncrypted) return failure('not-encrypted', '$', 'crypto.notEncrypted');
    if (text.length > MAX_ENVELOPE_BYTES) return failure('corrupted', '$', 'crypto.tooLarge', { limitKb: Math.round(MAX_ENVELOPE_BYTES / 1024) });
    return failure('corrupted', '$', 'crypto.incomplete');
  }
  const doc = json.value;
  if (!isRecord(doc) || doc.format !== ENCRYPTED_FORMAT) return failure('not-encrypted', '$', 'crypto.notEncrypted');

  // Which part is damaged is technical detail: the path says it, the message says what to do.
  const damaged = (path: string) => failure('corrupted', path, 'crypto.damaged');
  const { version } = doc;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return damaged('$.version');
  if (version > ENCRYPTED_VERSION) return failure('unsupported', '$.version', 'crypto.newer', { version });
  const unknownKey = Object.keys(doc).find((k) => !['format', 'version', 'kdf', 'cipher', 'ciphertext'].includes(k));
  if (unknownKey !== undefined) return damaged('$');

  const { kdf, cipher, ciphertext } = doc;
  if (!isRecord(kdf) || !hasOnly(kdf, ['name', 'hash', 'iterations', 'salt'])) return damaged('$.kdf');
  if (!isRecord(cipher) || !hasOnly(cipher, ['name', 'iv'])) return damaged('$.cipher');
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return failure('unsupported', '$.kdf', 'crypto.unsupportedMethod');
  if (cipher.name !== 'AES-GCM') return failure('unsupported', '$.cipher.name', 'crypto.unsupportedMethod');

  const { iterations } = kdf;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations)) return damaged('$.kdf.iterations');
  if (iterations < MIN_PBKDF2_ITERATIONS) return failure('unsupported', '$.kdf.iterations', 'crypto.tooFewIterations', { iterations, minimum: MIN_PBKDF2_ITERATIONS });
  if (iterations > MAX_PBKDF2_ITERATIONS) return failure('unsupported', '$.kdf.iterations', 'crypto.tooManyIterations', { iterations, maximum: MAX_PBKDF2_ITERATIONS });

  const salt = decodeBase64Field(kdf.salt);
  if (!salt || salt.length < SALT_BYTES || salt.length > MAX_SALT_BYTES) return damaged('$.kdf.salt');
  const iv = decodeBase64Field(cipher.iv);
  if (!iv || iv.length !== IV_BYTES) return damaged('$.cipher.iv');
  const data = decodeBase64Field(ciphertext);
  if (!data || data.length < TAG_BYTES) return damaged('$.ciphertext');
  return { ok: true, value: { iterations, salt, iv, ciphertext: data } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasOnly(record: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(record).every((k) => keys.includes(k)) && keys.every((k) => k in record);
}

function decodeBase64Field(value: unknown): Bytes | null {
  return typeof value === 'string' ? decodeBase64(value) : null;
}

// ---------------------------------------------------------------------------
// Keys and sessions
// ---------------------------------------------------------------------------

async function deriveKey(crypto: WebCryptoLike, passphrase: string, salt: Bytes, iterations: number): Promise<unknown> {
  const material = await crypto.subtle.importKey('raw', encodeUtf8(passphrase.normalize('NFC')), { name: 'PBKDF2' }, false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material as never, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const gcm = (iv: Bytes) => ({ name: 'AES-GCM' as const, iv, additionalData: encodeUtf8(ADDITIONAL_DATA), tagLength: 128 as const });

function session(crypto: WebCryptoLike, key: unknown, salt: Bytes, iterations: number): CipherSession {
  const saltText = encodeBase64(salt);
  return {
    iterations,
    async encrypt(text) {
      const plain = encodeUtf8(text);
      if (plain.length > MAX_PLAINTEXT_BYTES) throw new MessageError(message('crypto.textTooLarge', { limitKb: Math.round(MAX_PLAINTEXT_BYTES / 1024) }));
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = new Uint8Array(await crypto.subtle.encrypt(gcm(iv), key as never, plain));
      // Key order is fixed: "format" first lets isEncryptedEnvelope recognise even a truncated file.
      return `${JSON.stringify({
        format: ENCRYPTED_FORMAT,
        version: ENCRYPTED_VERSION,
        kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: saltText },
        cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
        ciphertext: encodeBase64(sealed),
      })}\n`;
    },
  };
}
