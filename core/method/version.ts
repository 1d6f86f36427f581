/**
 * Version of the scoring, priority and roadmap method (docs/methodology.md).
 * Printed in every report; raise it whenever a formula or threshold changes.
 */
export const METHOD_VERSION = '2.0.0';
