import { decodeUtf8 } from './crypto';
import { fail, type Parsed } from './schema/parse';

/**
 * The text of a file's bytes, refusing anything that is not well-formed
 * UTF-8 with a problem naming the byte and line: a lenient decoder would turn
 * the bad bytes into U+FFFD, and the next save would write that change back.
 */
export function decodeFileBytes(bytes: Uint8Array): Parsed<string> {
  const text = decodeUtf8(bytes);
  if (text !== null) return { ok: true, value: text };
  const at = firstInvalidByte(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return fail('$', 'file.notUtf8', { byte: at + 1, line });
}

/** Offset of the first byte that starts no well-formed UTF-8 sequence (the length when all are well-formed). */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    // The second byte's range rules out overlongs, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= extra; k++) {
      const cont = bytes[i + k];
      if (cont === undefined || cont < (k === 1 ? low : 0x80) || cont > (k === 1 ? high : 0xbf)) return i;
    }
    i += extra + 1;
  }
  return bytes.length;
}
