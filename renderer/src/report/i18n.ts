/** The report panel's strings live in their own i18next namespace, beside the panel. */
export const REPORT_NAMESPACE = 'reportPanel';
