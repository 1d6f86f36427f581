/*
 * Base64 (RFC 4648 §4) for the few places bytes travel as text: the
 * encrypted envelope and PDF bytes on their way to be saved. Core has no
 * atob or Buffer; this one helper serves every runtime.
 */

type Bytes = Uint8Array<ArrayBuffer>;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Padded base64 of the bytes; large inputs are fine (no call-stack limit, no string concatenation). */
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
