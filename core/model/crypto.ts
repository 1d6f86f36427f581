import { MAX_ASSESSMENT_BYTES } from './schema/assessment';
import { parseJsonText, type Problem } from './schema/parse';

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
 * this module needs neither DOM nor Node types. UTF-8 and base64 are
 * implemented here too, for the same reason.
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

export type Decrypted =
  | { ok: true; value: string; session: CipherSession }
  | { ok: false; reason: DecryptFailure; problems: Problem[] };

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
export function passphraseProblem(passphrase: string): string | null {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < MIN_PASSPHRASE_LENGTH) return `the passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`;
  return null;
}

/**
 * Derives a key from the passphrase with a fresh salt and returns a session
 * that encrypts with it. Throws on a passphrase passphraseProblem refuses.
 */
export async function createCipherSession(passphrase: string, crypto: WebCryptoLike, options: EncryptOptions = {}): Promise<CipherSession> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(`Cannot encrypt: ${problem}.`);
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
    return failure(
      'wrong-passphrase-or-altered',
      '$',
      'the passphrase is wrong, or the file was altered after it was saved (encryption cannot tell these apart)',
    );
  }
  const text = decodeUtf8(new Uint8Array(plain));
  if (text === null) return failure('corrupted', '$.ciphertext', 'the decrypted content is not UTF-8 text');
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

function failure(reason: DecryptFailure, path: string, message: string): { ok: false; reason: DecryptFailure; problems: Problem[] } {
  return { ok: false, reason, problems: [{ path, message }] };
}

/** Checks an envelope's structure and decodes its binary fields; derives nothing. */
function readEnvelope(text: string): Read<Envelope> {
  const looksEncrypted = isEncryptedEnvelope(text);
  const json = parseJsonText(text, MAX_ENVELOPE_BYTES, 3);
  if (!json.ok) {
    if (!looksEncrypted) return failure('not-encrypted', '$', 'this is not an encrypted CapaMap file');
    if (text.length > MAX_ENVELOPE_BYTES) return failure('corrupted', '$', `the encrypted file is too large (over ${Math.round(MAX_ENVELOPE_BYTES / 1024)} KB) to be one CapaMap made`);
    return failure('corrupted', '$', 'the encrypted file is damaged: it is incomplete or malformed (it may have been cut short)');
  }
  const doc = json.value;
  if (!isRecord(doc) || doc.format !== ENCRYPTED_FORMAT) return failure('not-encrypted', '$', 'this is not an encrypted CapaMap file');

  const damaged = (path: string, what: string) => failure('corrupted', path, `the encrypted file is damaged: ${what}`);
  const { version } = doc;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return damaged('$.version', 'it has no valid version');
  if (version > ENCRYPTED_VERSION)
    return failure('unsupported', '$.version', `this file was encrypted by a newer CapaMap (envelope version ${version}); please update CapaMap to open it`);
  const unknownKey = Object.keys(doc).find((k) => !['format', 'version', 'kdf', 'cipher', 'ciphertext'].includes(k));
  if (unknownKey !== undefined) return damaged('$', 'it has an unexpected field');

  const { kdf, cipher, ciphertext } = doc;
  if (!isRecord(kdf) || !hasOnly(kdf, ['name', 'hash', 'iterations', 'salt'])) return damaged('$.kdf', 'the key-derivation settings are missing or malformed');
  if (!isRecord(cipher) || !hasOnly(cipher, ['name', 'iv'])) return damaged('$.cipher', 'the cipher settings are missing or malformed');
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256')
    return failure('unsupported', '$.kdf', 'the key derivation is not PBKDF2 with SHA-256, the only one CapaMap accepts');
  if (cipher.name !== 'AES-GCM') return failure('unsupported', '$.cipher.name', 'the cipher is not AES-GCM, the only one CapaMap accepts');

  const { iterations } = kdf;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations)) return damaged('$.kdf.iterations', 'the iteration count is not a whole number');
  if (iterations < MIN_PBKDF2_ITERATIONS)
    return failure(
      'unsupported',
      '$.kdf.iterations',
      `refused: the key derivation uses ${iterations} PBKDF2 iterations, fewer than the ${MIN_PBKDF2_ITERATIONS} CapaMap requires`,
    );
  if (iterations > MAX_PBKDF2_ITERATIONS)
    return failure('unsupported', '$.kdf.iterations', `refused: the key derivation asks for ${iterations} PBKDF2 iterations, more than the ${MAX_PBKDF2_ITERATIONS} CapaMap allows`);

  const salt = decodeBase64Field(kdf.salt);
  if (!salt || salt.length < SALT_BYTES || salt.length > MAX_SALT_BYTES) return damaged('$.kdf.salt', `the salt is not ${SALT_BYTES} to ${MAX_SALT_BYTES} bytes of base64`);
  const iv = decodeBase64Field(cipher.iv);
  if (!iv || iv.length !== IV_BYTES) return damaged('$.cipher.iv', `the IV is not ${IV_BYTES} bytes of base64`);
  const data = decodeBase64Field(ciphertext);
  if (!data) return damaged('$.ciphertext', 'the ciphertext is not valid base64 (it may be cut short)');
  if (data.length < TAG_BYTES) return damaged('$.ciphertext', 'the ciphertext is too short to hold its authentication tag');
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
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material as never, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

const gcm = (iv: Bytes) => ({ name: 'AES-GCM' as const, iv, additionalData: encodeUtf8(ADDITIONAL_DATA), tagLength: 128 as const });

function session(crypto: WebCryptoLike, key: unknown, salt: Bytes, iterations: number): CipherSession {
  const saltText = encodeBase64(salt);
  return {
    iterations,
    async encrypt(text) {
      const plain = encodeUtf8(text);
      if (plain.length > MAX_PLAINTEXT_BYTES) throw new Error(`Cannot encrypt: the text is larger than ${Math.round(MAX_PLAINTEXT_BYTES / 1024)} KB.`);
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

// ---------------------------------------------------------------------------
// UTF-8 and base64 (no TextEncoder, atob or Buffer in pure core)
// ---------------------------------------------------------------------------

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function encodeUtf8(text: string): Bytes {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

/** The string UTF-8 bytes encode, or null for anything not well-formed UTF-8 (overlongs, surrogates, truncation). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const units = new Uint16Array(bytes.length); // never more UTF-16 units than bytes
  let n = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[n++] = b;
      i++;
      continue;
    }
    let c: number;
    let extra: number;
    if (b >= 0xc2 && b <= 0xdf) {
      c = b & 0x1f;
      extra = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      c = b & 0x0f;
      extra = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      c = b & 0x07;
      extra = 3;
    } else return null;
    for (let k = 1; k <= extra; k++) {
      const cont = bytes[i + k];
      if (cont === undefined || (cont & 0xc0) !== 0x80) return null;
      c = (c << 6) | (cont & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if ((extra === 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) || (extra === 3 && (c < 0x10000 || c > 0x10ffff))) return null;
    i += extra + 1;
    if (c >= 0x10000) {
      c -= 0x10000;
      units[n++] = 0xd800 + (c >> 10);
      units[n++] = 0xdc00 + (c & 0x3ff);
    } else units[n++] = c;
  }
  return codesToString(units.subarray(0, n));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  // Characters as codes in a buffer, turned into a string a chunk at a time (string concatenation is far slower).
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let n = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const bits = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[n++] = B64_CODES[bits >> 18]!;
    out[n++] = B64_CODES[(bits >> 12) & 63]!;
    out[n++] = B64_CODES[(bits >> 6) & 63]!;
    out[n++] = B64_CODES[bits & 63]!;
  }
  if (i < bytes.length) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    out[n++] = B64_CODES[a >> 2]!;
    out[n++] = B64_CODES[((a & 3) << 4) | (b >> 4)]!;
    out[n++] = i + 1 < bytes.length ? B64_CODES[(b & 15) << 2]! : 0x3d;
    out[n++] = 0x3d;
  }
  return codesToString(out);
}

const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));

function codesToString(codes: Uint8Array | Uint16Array): string {
  const chunks: string[] = [];
  // apply() takes the typed array as it is; spreading it would go through an iterator.
  for (let i = 0; i < codes.length; i += 8192) chunks.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  return chunks.join('');
}

/** Bytes of canonical, padded base64 (RFC 4648 §4), or null for anything else. */
export function decodeBase64(text: string): Bytes | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const digit = (i: number) => {
    const code = text.charCodeAt(i);
    return code < 128 ? B64_INDEX[code]! : -1;
  };
  const full = padding === 0 ? text.length : text.length - 4;
  let n = 0;
  for (let i = 0; i < full; i += 4) {
    const a = digit(i);
    const b = digit(i + 1);
    const c = digit(i + 2);
    const d = digit(i + 3);
    if ((a | b | c | d) < 0) return null;
    const bits = (a << 18) | (b << 12) | (c << 6) | d;
    out[n++] = bits >> 16;
    out[n++] = (bits >> 8) & 0xff;
    out[n++] = bits & 0xff;
  }
  if (padding > 0) {
    const i = full;
    const a = digit(i);
    const b = digit(i + 1);
    const c = padding === 1 ? digit(i + 2) : 0;
    if ((a | b | c) < 0) return null;
    const bits = (a << 18) | (b << 12) | (c << 6);
    // Canonical only: the bits the padding leaves unused must be zero.
    if ((bits & (padding === 2 ? 0xffff : 0xff)) !== 0) return null;
    out[n++] = bits >> 16;
    if (padding === 1) out[n++] = (bits >> 8) & 0xff;
  }
  return out;
}
