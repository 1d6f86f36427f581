/** Passphrase protection keeps its strings in its own i18next namespace, beside its components. */
export const PROTECTION_NAMESPACE = 'protection';
