import { createHash } from 'node:crypto';
import type { Sha256 } from '../../core/model/checked-content';

/** SHA-256 of a text's UTF-8 bytes, in hex: the digest of the page's Web Crypto one, for the shell and the build. */
export const nodeSha256: Sha256 = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');
