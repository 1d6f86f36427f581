// pdfmake's browser build ships without type declarations; the worker (and the build's shapes, scripts/report-shapes.ts) narrow it to PdfMakeLike.
declare module 'pdfmake/build/pdfmake' {
  const pdfMake: unknown;
  export default pdfMake;
}
