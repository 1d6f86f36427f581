import { createHash } from 'node:crypto';
import type { Sha256 } from '../../core/model/checked-content';

/** SHA-256 in hex, as the page's Web Crypto one gives it: for the shell and the build. */
export const nodeSha256: Sha256 = async (data) => createHash('sha256').update(data).digest('hex');
