export { buildReport, reportInput, shorten, REPORT_SECTIONS, type ReportInput, type ReportOptions, type ReportSectionId } from './build';
export { REPORT_FONT_FILES, PDF_FONTS, LATIN_FONT, CJK_FONT, fontRuns, textRuns, primaryFont, reportFontFiles, type ReportFont } from './fonts';
export { REPORT_LANGUAGES, type ReportLanguage, type Translate } from './language';
export { formatChange, formatDate, formatDecimal, formatPercent, formatUsdRange, formatWhole } from './format';
export type { Paper } from './layout';
export type { PdfDocDefinition, PdfContent } from './pdfmake-types';
