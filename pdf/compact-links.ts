/*
 * pdfkit writes the action of each link inside the document (the contents,
 * "see page 12", an action's number) as an object of its own:
 *
 *   12 0 obj << /S /GoTo /D (roadmap) >> endobj   and, in the link, /A 12 0 R
 *
 * Written inside the link instead, /A << /S /GoTo /D (roadmap) >>, the action
 * needs no object, no entry in the cross-reference table and no reference:
 * about 45 bytes a link, and a report has some 200 links.
 */

export interface LinkWriter {
  goTo(x: number, y: number, w: number, h: number, name: string, options?: Record<string, unknown>): unknown;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
}

/** Makes one pdfkit document write its internal links' actions inside the links (see above). */
export function compactLinks(document: LinkWriter): void {
  document.goTo = function goTo(x, y, w, h, name, options = {}) {
    // A String object is written as a PDF string; a plain string would be written as a name.
    return document.annotate(x, y, w, h, { ...options, Subtype: 'Link', A: { S: 'GoTo', D: new String(name) } });
  };
}
