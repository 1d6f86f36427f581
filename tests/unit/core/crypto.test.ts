import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MessageError } from '../../../core/model/message';
import { english } from '../../english';
import {
  ENCRYPTED_FORMAT,
  MAX_ENVELOPE_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  createCipherSession,
  decryptText,
  encryptText,
  isEncryptedEnvelope,
  passphraseProblem,
  type Decrypted,
  type WebCryptoLike,
} from '../../../core/model/crypto';
import { decodeBase64, encodeBase64 } from '../../../core/model/base64';

// Node's WebCrypto, exactly what Electron's renderer and browsers offer as globalThis.crypto.
const crypto: WebCryptoLike = globalThis.crypto;
const PASS = 'correct horse battery staple';
const TEXT = `${JSON.stringify({ format: 1, note: 'Évaluation — 能力 評価 — تقييم — 🇰🇪🔐', nested: { a: [1, 2, 3] } }, null, 1)}\n`;

type Envelope = {
  format: string;
  version: number;
  kdf: { name: string; hash: string; iterations: number; salt: string };
  cipher: { name: string; iv: string };
  ciphertext: string;
};

let envelopeText: string;
let envelope: Envelope;

beforeAll(async () => {
  envelopeText = await encryptText(TEXT, PASS, crypto);
  envelope = JSON.parse(envelopeText) as Envelope;
});

const edit = (change: (e: Envelope) => void): string => {
  const copy = structuredClone(envelope);
  change(copy);
  return JSON.stringify(copy);
};

/** Flips one bit of the bytes a base64 field holds. */
const flipBit = (b64: string, byte: number, bit = 0): string => {
  const bytes = decodeBase64(b64)!;
  bytes[byte] = bytes[byte]! ^ (1 << bit);
  return encodeBase64(bytes);
};

function expectFailure(result: Decrypted, reason: string, message: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.problems).toHaveLength(1);
  expect(english(result.problems[0]!)).toMatch(message);
  expect(english(result.problems[0]!)).not.toMatch(/[\r\n]/);
}

describe('the envelope', () => {
  it('has exactly the documented shape, and no plaintext', () => {
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'kdf', 'cipher', 'ciphertext']);
    expect(envelope.format).toBe(ENCRYPTED_FORMAT);
    expect(envelope.version).toBe(1);
    expect(envelope.kdf).toEqual({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: expect.any(String) });
    expect(envelope.cipher).toEqual({ name: 'AES-GCM', iv: expect.any(String) });
    expect(decodeBase64(envelope.kdf.salt)).toHaveLength(16);
    expect(decodeBase64(envelope.cipher.iv)).toHaveLength(12);
    // AES-GCM: ciphertext is as long as the UTF-8 plaintext, plus the 16-byte tag.
    expect(decodeBase64(envelope.ciphertext)).toHaveLength(Buffer.byteLength(TEXT, 'utf8') + 16);
    expect(envelopeText).not.toContain('Évaluation');
    expect(envelopeText).not.toContain('format":1');
  });

  it('uses a fresh salt and IV every time', async () => {
    const again = JSON.parse(await encryptText(TEXT, PASS, crypto)) as Envelope;
    expect(again.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(again.cipher.iv).not.toBe(envelope.cipher.iv);
    expect(again.ciphertext).not.toBe(envelope.ciphertext);
  });

  it('is decryptable by any standard AES-256-GCM / PBKDF2 implementation (here node:crypto directly)', async () => {
    const { pbkdf2Sync, createDecipheriv } = await import('node:crypto');
    const key = pbkdf2Sync(PASS, Buffer.from(envelope.kdf.salt, 'base64'), envelope.kdf.iterations, 32, 'sha256');
    const sealed = Buffer.from(envelope.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.cipher.iv, 'base64'));
    decipher.setAAD(Buffer.from('capamap.encrypted/1'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    expect(plain.toString('utf8')).toBe(TEXT);
    // The additional data is part of the format: without it the tag does not verify.
    const noAad = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.cipher.iv, 'base64'));
    noAad.setAuthTag(sealed.subarray(sealed.length - 16));
    noAad.update(sealed.subarray(0, sealed.length - 16));
    expect(() => noAad.final()).toThrow();
  });
});

describe('round trip', () => {
  it('gives back the exact text, unicode included', async () => {
    const result = await decryptText(envelopeText, PASS, crypto);
    expect(result).toMatchObject({ ok: true, value: TEXT });
  });

  it('round-trips an empty text and a unicode passphrase typed in either normalisation form', async () => {
    const composed = 'pass\u00e9phrase-\u00fc\u00f1\u00ee';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const sealed = await encryptText('', composed, crypto);
    expect(await decryptText(sealed, decomposed, crypto)).toMatchObject({ ok: true, value: '' });
  });

  it('accepts an envelope with a BOM, surrounding whitespace, or keys in another order', async () => {
    const reordered = JSON.stringify({ ciphertext: envelope.ciphertext, cipher: envelope.cipher, kdf: envelope.kdf, version: 1, format: ENCRYPTED_FORMAT }, null, 2);
    expect(isEncryptedEnvelope(reordered)).toBe(true);
    expect(await decryptText(`\uFEFF  ${reordered}\n\n`, PASS, crypto)).toMatchObject({ ok: true, value: TEXT });
  });

  it('returns a session that saves again under the same key without re-deriving, each time with a fresh IV', async () => {
    const opened = await decryptText(envelopeText, PASS, crypto);
    if (!opened.ok) throw new Error('expected success');
    const start = performance.now();
    const resaved = await Promise.all([1, 2, 3, 4, 5].map((i) => opened.session.encrypt(`${TEXT} v${i}`)));
    // Five PBKDF2 derivations would take well over a second; reusing the key takes milliseconds.
    expect(performance.now() - start).toBeLessThan(500);
    const ivs = new Set(resaved.map((t) => (JSON.parse(t) as Envelope).cipher.iv));
    expect(ivs.size).toBe(5);
    for (const t of resaved) expect((JSON.parse(t) as Envelope).kdf.salt).toBe(envelope.kdf.salt);
    expect(await decryptText(resaved[4]!, PASS, crypto)).toMatchObject({ ok: true, value: `${TEXT} v5` });
  });

  it('honours a higher iteration count', async () => {
    const session = await createCipherSession(PASS, crypto, { iterations: 700_000 });
    expect(session.iterations).toBe(700_000);
    const sealed = await session.encrypt('x');
    expect((JSON.parse(sealed) as Envelope).kdf.iterations).toBe(700_000);
    expect(await decryptText(sealed, PASS, crypto)).toMatchObject({ ok: true, value: 'x' });
  });
});

describe('wrong passphrase and altered files', () => {
  const WRONG = /^the passphrase is wrong, or the file was altered after it was saved/;

  it('reports a wrong passphrase', async () => {
    expectFailure(await decryptText(envelopeText, 'correct horse battery stapler', crypto), 'wrong-passphrase-or-altered', WRONG);
    expectFailure(await decryptText(envelopeText, '', crypto), 'wrong-passphrase-or-altered', WRONG);
  });

  it('reports a passphrase that differs only in case or surrounding space (no silent trimming)', async () => {
    expectFailure(await decryptText(envelopeText, PASS.toUpperCase(), crypto), 'wrong-passphrase-or-altered', WRONG);
    expectFailure(await decryptText(envelopeText, ` ${PASS}`, crypto), 'wrong-passphrase-or-altered', WRONG);
  });

  it.each([
    ['the first ciphertext byte', (e: Envelope) => void (e.ciphertext = flipBit(e.ciphertext, 0))],
    ['a middle ciphertext byte', (e: Envelope) => void (e.ciphertext = flipBit(e.ciphertext, 40, 7))],
    ['the authentication tag', (e: Envelope) => void (e.ciphertext = flipBit(e.ciphertext, decodeBase64(e.ciphertext)!.length - 1))],
    ['the IV', (e: Envelope) => void (e.cipher.iv = flipBit(e.cipher.iv, 5))],
    ['the salt', (e: Envelope) => void (e.kdf.salt = flipBit(e.kdf.salt, 15, 3))],
    ['the iteration count (raised)', (e: Envelope) => void (e.kdf.iterations += 1)],
  ])('refuses an envelope with %s altered', async (_label, change) => {
    const altered = edit(change);
    expectFailure(await decryptText(altered, PASS, crypto), 'wrong-passphrase-or-altered', WRONG);
  });

  it('refuses a ciphertext with bytes removed from the end (tag cut) or swapped from another file', async () => {
    const bytes = decodeBase64(envelope.ciphertext)!;
    expectFailure(
      await decryptText(
        edit((e) => void (e.ciphertext = encodeBase64(bytes.slice(0, -1)))),
        PASS,
        crypto,
      ),
      'wrong-passphrase-or-altered',
      WRONG,
    );
    const other = JSON.parse(await encryptText(TEXT, PASS, crypto)) as Envelope;
    expectFailure(
      await decryptText(
        edit((e) => void (e.ciphertext = other.ciphertext)),
        PASS,
        crypto,
      ),
      'wrong-passphrase-or-altered',
      WRONG,
    );
  });
});

describe('damaged envelopes are reported before any key is derived', () => {
  const DAMAGED = /^the encrypted file is damaged: /;

  it('reports a truncated envelope as damaged, at every length', async () => {
    // Cutting anywhere must never be mistaken for a plain file or a wrong passphrase.
    const cuts = [40, 60, 100, Math.floor(envelopeText.length / 2), envelopeText.length - 3, envelopeText.length - 2];
    for (const cut of cuts) {
      const truncated = envelopeText.slice(0, cut);
      expect(isEncryptedEnvelope(truncated), `cut at ${cut}`).toBe(true);
      const start = performance.now();
      expectFailure(await decryptText(truncated, PASS, crypto), 'corrupted', DAMAGED);
      expect(performance.now() - start, 'no key derivation for a damaged file').toBeLessThan(100);
    }
  });

  it.each([
    ['an IV of the wrong length', (e: Envelope) => void (e.cipher.iv = encodeBase64(new Uint8Array(11))), '$.cipher.iv'],
    ['a salt that is too short', (e: Envelope) => void (e.kdf.salt = encodeBase64(new Uint8Array(8))), '$.kdf.salt'],
    ['a salt that is not base64', (e: Envelope) => void (e.kdf.salt = 'not base64!'), '$.kdf.salt'],
    ['ciphertext cut inside a base64 group', (e: Envelope) => void (e.ciphertext = e.ciphertext.slice(0, -3)), '$.ciphertext'],
    ['ciphertext with a stray character', (e: Envelope) => void (e.ciphertext = `${e.ciphertext.slice(0, 10)}*${e.ciphertext.slice(11)}`), '$.ciphertext'],
    ['ciphertext with a line break', (e: Envelope) => void (e.ciphertext = `${e.ciphertext.slice(0, 8)}\n${e.ciphertext.slice(8, -1)}`), '$.ciphertext'],
    ['ciphertext shorter than the tag', (e: Envelope) => void (e.ciphertext = encodeBase64(new Uint8Array(15))), '$.ciphertext'],
    ['an empty ciphertext', (e: Envelope) => void (e.ciphertext = ''), '$.ciphertext'],
    ['a ciphertext that is a number', (e: Envelope) => void ((e as unknown as Record<string, unknown>).ciphertext = 42), '$.ciphertext'],
    ['no kdf', (e: Envelope) => void delete (e as Partial<Envelope>).kdf, '$.kdf'],
    ['a kdf without salt', (e: Envelope) => void delete (e.kdf as Partial<Envelope['kdf']>).salt, '$.kdf'],
    ['an extra field', (e: Envelope) => void ((e as unknown as Record<string, unknown>).plaintext = 'oops'), '$'],
    ['a fractional iteration count', (e: Envelope) => void (e.kdf.iterations = 600_000.5), '$.kdf.iterations'],
    ['a version that is not a number', (e: Envelope) => void ((e as unknown as Record<string, unknown>).version = '1'), '$.version'],
  ])('reports %s as damaged', async (_label, change, path) => {
    const result = await decryptText(edit(change), PASS, crypto);
    expectFailure(result, 'corrupted', DAMAGED);
    if (!result.ok) expect(result.problems[0]!.path).toBe(path);
  });

  it('reports an envelope that is not canonical base64 (non-zero padding bits) as damaged', async () => {
    // 16 bytes of salt end in "x==": of x's six bits only the top two carry data.
    const salt = envelope.kdf.salt;
    expect(salt.endsWith('==')).toBe(true);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sloppy = `${salt.slice(0, -3)}${alphabet[alphabet.indexOf(salt.at(-3)!) | 1]}==`;
    expect(Buffer.from(sloppy, 'base64').equals(Buffer.from(salt, 'base64'))).toBe(true); // lenient decoders accept it
    expectFailure(
      await decryptText(
        edit((e) => void (e.kdf.salt = sloppy)),
        PASS,
        crypto,
      ),
      'corrupted',
      DAMAGED,
    );
  });

  it('reports a file far larger than any envelope as damaged without reading it', async () => {
    const huge = `{"format":"capamap.encrypted","version":1,"ciphertext":"${'A'.repeat(MAX_ENVELOPE_BYTES)}"}`;
    expectFailure(await decryptText(huge, PASS, crypto), 'corrupted', /^the encrypted file is too large \(over \d+ KB\)/);
  });
});

describe('refused parameters', () => {
  it.each([1, 1000, 100_000, MIN_PBKDF2_ITERATIONS - 1])('refuses %d PBKDF2 iterations, without deriving', async (iterations) => {
    const start = performance.now();
    const result = await decryptText(
      edit((e) => void (e.kdf.iterations = iterations)),
      PASS,
      crypto,
    );
    expectFailure(result, 'unsupported', new RegExp(`^refused: the key derivation uses ${iterations} PBKDF2 iterations, fewer than the 600000`));
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('refuses absurd iteration counts that would freeze the app', async () => {
    expectFailure(
      await decryptText(
        edit((e) => void (e.kdf.iterations = MAX_PBKDF2_ITERATIONS + 1)),
        PASS,
        crypto,
      ),
      'unsupported',
      /^refused: .* more than/,
    );
    expectFailure(
      await decryptText(
        edit((e) => void (e.kdf.iterations = 1e300)),
        PASS,
        crypto,
      ),
      'unsupported',
      /^refused: /,
    );
  });

  it.each([
    ['a newer envelope version', (e: Envelope) => void (e.version = 2), /newer CapaMap/],
    ['another hash', (e: Envelope) => void (e.kdf.hash = 'SHA-1'), /PBKDF2 with SHA-256/],
    ['another KDF', (e: Envelope) => void (e.kdf.name = 'scrypt'), /PBKDF2 with SHA-256/],
    ['another cipher', (e: Envelope) => void (e.cipher.name = 'AES-CBC'), /AES-GCM/],
  ])('refuses %s as unsupported', async (_label, change, message) => {
    expectFailure(await decryptText(edit(change), PASS, crypto), 'unsupported', message);
  });

  it('refuses to encrypt with too few iterations or a short passphrase', async () => {
    await expect(encryptText(TEXT, PASS, crypto, { iterations: 599_999 })).rejects.toThrow(/iterations/);
    await expect(encryptText(TEXT, 'short', crypto)).rejects.toThrow(MessageError);
    expect(passphraseProblem('1234567')).toEqual({ code: 'crypto.passphraseShort', params: { count: 8 } });
    expect(english(passphraseProblem('1234567')!)).toBe('the passphrase needs at least 8 characters');
    expect(passphraseProblem('🔐🔐🔐🔐🔐🔐🔐🔐')).toBeNull(); // characters, not UTF-16 units
    expect(passphraseProblem('🔐🔐🔐🔐')).not.toBeNull();
  });
});

describe('isEncryptedEnvelope and plain files', () => {
  it('says no to plain assessments, other JSON and garbage', async () => {
    for (const text of [TEXT, '', '{}', '[]', 'null', '{"format":1}', '{"format":"capamap.encrypted"', 'capamap.encrypted', '{"format":"capamap.encryptedX"}', '{"a":{"format":"capamap.encrypted"}}']) {
      const expected = text === '{"format":"capamap.encrypted"';
      expect(isEncryptedEnvelope(text), text).toBe(expected);
    }
  });

  it('reports a plain file given to decrypt as not encrypted', async () => {
    expectFailure(await decryptText(TEXT, PASS, crypto), 'not-encrypted', /^this is not an encrypted CapaMap file$/);
    expectFailure(await decryptText('not json at all', PASS, crypto), 'not-encrypted', /not an encrypted/);
    expectFailure(await decryptText('{"format":"capamap.encryptedX"}', PASS, crypto), 'not-encrypted', /not an encrypted/);
  });

  it('a plain file that mentions the format in its text is still plain', () => {
    const plain = JSON.stringify({ format: 1, meta: { institution: 'see "format":"capamap.encrypted"' } });
    expect(isEncryptedEnvelope(plain)).toBe(false);
  });
});

describe('fuzzed envelopes', () => {
  const REASONS = ['not-encrypted', 'corrupted', 'unsupported', 'wrong-passphrase-or-altered'];

  it('any text: isEncryptedEnvelope and decryptText answer, never throw, with one-line messages', async () => {
    // Mostly damaged envelopes (no key derivation, fast); the few that stay well-formed cost one PBKDF2 each.
    const edits = fc.oneof(
      fc.record({ cut: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.string({ unit: 'binary', maxLength: 4 }) }),
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 1, max: 8 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edits, { minLength: 1, maxLength: 3 }), async (changes) => {
        let text = envelopeText;
        for (const c of changes) {
          if ('cut' in c) text = text.slice(0, Math.floor(text.length * c.cut));
          else if ('insert' in c) {
            const i = Math.floor(text.length * c.at);
            text = text.slice(0, i) + c.insert + text.slice(i);
          } else {
            const i = Math.floor(text.length * c.at);
            text = text.slice(0, i) + text.slice(i + c.remove);
          }
        }
        expect(typeof isEncryptedEnvelope(text)).toBe('boolean');
        const result = await decryptText(text, PASS, crypto);
        if (result.ok) {
          // Only edits JSON ignores (whitespace) may leave the file readable, and then it is the original.
          expect(result.value).toBe(TEXT);
          return;
        }
        expect(REASONS).toContain(result.reason);
        expect(english(result.problems[0]!)).not.toMatch(/[\r\n]/);
        expect(english(result.problems[0]!).length).toBeLessThan(300);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('random JSON and text are "not encrypted" (or damaged), without deriving a key', async () => {
    // Deriving a key is the slow, attacker-priced step: a file that is not a well-formed envelope must never reach it.
    const subtleCalls: string[] = [];
    const watched: WebCryptoLike = {
      subtle: new Proxy(webcrypto.subtle, {
        get(target, key) {
          const value = Reflect.get(target, key) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            subtleCalls.push(String(key));
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }) as unknown as WebCryptoLike['subtle'],
      getRandomValues: (array) => webcrypto.getRandomValues(array),
    };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string({ unit: 'binary' }),
          fc.jsonValue().map((v) => JSON.stringify({ format: ENCRYPTED_FORMAT, version: 1, kdf: v, cipher: v, ciphertext: v })),
        ),
        async (text) => {
          const result = await decryptText(text, PASS, watched);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(['not-encrypted', 'corrupted', 'unsupported']).toContain(result.reason);
          expect(subtleCalls).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('UTF-8 plaintext', () => {
  /** An envelope like `envelope` whose ciphertext seals these raw bytes (node:crypto, the same key and IV). */
  async function sealRaw(bytes: Uint8Array): Promise<string> {
    const { pbkdf2Sync, createCipheriv } = await import('node:crypto');
    const key = pbkdf2Sync(PASS, Buffer.from(envelope.kdf.salt, 'base64'), envelope.kdf.iterations, 32, 'sha256');
    const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(envelope.cipher.iv, 'base64'));
    cipher.setAAD(Buffer.from('capamap.encrypted/1'));
    const sealed = Buffer.concat([cipher.update(bytes), cipher.final(), cipher.getAuthTag()]);
    return edit((e) => void (e.ciphertext = sealed.toString('base64')));
  }

  it('keeps a leading byte-order mark and writes a lone surrogate as U+FFFD, as TextEncoder does', async () => {
    const sealed = await encryptText('\uFEFFbom \uD800 alone', PASS, crypto);
    expect(await decryptText(sealed, PASS, crypto)).toMatchObject({ ok: true, value: '\uFEFFbom \uFFFD alone' });
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80]],
    ['an overlong form', [0xc0, 0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short', [0xe2, 0x82]],
  ])('refuses a plaintext that is not UTF-8 (%s) as damaged', async (_name, bytes) => {
    expect(await decryptText(await sealRaw(new Uint8Array(bytes)), PASS, crypto)).toMatchObject({ ok: false, reason: 'corrupted', problems: [{ path: '$.ciphertext', code: 'crypto.notText' }] });
  });

  it('reads back well-formed UTF-8 sealed by another implementation', async () => {
    expect(await decryptText(await sealRaw(new Uint8Array(Buffer.from(TEXT, 'utf8'))), PASS, crypto)).toMatchObject({ ok: true, value: TEXT });
  });
});

describe('base64', () => {
  it('matches Buffer and refuses non-canonical input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b64 = encodeBase64(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect([...decodeBase64(b64)!]).toEqual([...bytes]);
      }),
      { numRuns: 500 },
    );
    for (const bad of ['A', 'AA', 'AAA', 'AB==', 'AAB=', '====', 'A===', 'AA=A', 'AA==AA==', 'AA-_', 'ÀAAA', ' AAA']) expect(decodeBase64(bad), bad).toBeNull();
  });

  it('encodes and decodes 10 MB, the size of a large PDF, byte for byte', () => {
    const big = new TextEncoder().encode('Évaluation 能力 '.repeat(700_000));
    expect(Buffer.from(decodeBase64(encodeBase64(big))!).equals(Buffer.from(big))).toBe(true);
  });
});

describe('injected WebCrypto', () => {
  it('works with node:crypto webcrypto as well as globalThis.crypto, and never touches a global', async () => {
    const calls: string[] = [];
    const spy: WebCryptoLike = {
      subtle: new Proxy(webcrypto.subtle, {
        get(target, key) {
          const value = Reflect.get(target, key) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            calls.push(String(key));
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }) as unknown as WebCryptoLike['subtle'],
      getRandomValues: (array) => {
        calls.push('getRandomValues');
        return webcrypto.getRandomValues(array);
      },
    };
    const sealed = await encryptText('hello', PASS, spy);
    expect(calls).toEqual(['getRandomValues', 'importKey', 'deriveKey', 'getRandomValues', 'encrypt']);
    expect(await decryptText(sealed, PASS, spy)).toMatchObject({ ok: true, value: 'hello' });
  });
});
