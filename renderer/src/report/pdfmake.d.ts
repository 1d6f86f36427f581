// pdfmake's browser build ships without type declarations; the worker narrows it to PdfMakeLike.
declare module 'pdfmake/build/pdfmake' {
  const pdfMake: unknown;
  export default pdfMake;
}
