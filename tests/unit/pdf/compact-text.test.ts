import { describe, expect, it } from 'vitest';
import { compactTextObjects } from '../../../pdf/compact-text';

/** A stand-in for a pdfkit document: records what reaches the page, page by page. */
function document() {
  const pages: string[][] = [[]];
  const doc = {
    addContent(data: string) {
      pages.at(-1)!.push(data);
      return doc;
    },
    addPage() {
      pages.push([]);
      return doc;
    },
    end() {
      return doc;
    },
  };
  compactTextObjects(doc);
  return { doc, pages };
}

/** A piece of text as pdfmake has pdfkit draw it: opacity, colour, an empty fill, the flip, then the text object. */
function piece(doc: { addContent(data: string): unknown }, text: string, { colour = '0 0 0', font = '/F1 9.5 Tf', extra = [] as string[] } = {}) {
  for (const op of ['/Gs1 gs', '/DeviceRGB cs', `${colour} scn`, 'f', 'q', '1 0 0 -1 0 841.89 cm', 'BT', '1 0 0 1 10 20 Tm', font, ...extra, `[<${text}> 0] TJ`, 'ET', 'Q']) doc.addContent(op);
}

const count = (ops: string[], op: string) => ops.filter((o) => o === op).length;
/** Glyph codes as a literal string, as compactTextObjects writes them (the codes in these tests need no escape). */
const literal = (hex: string) => `(${String.fromCharCode(...(hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16)))})`;

describe('text objects shared by pieces drawn alike (Arabic reports)', () => {
  it('draws pieces of the same colour in one text object, each with its own position and glyphs, the font set once', () => {
    const { doc, pages } = document();
    piece(doc, '0001');
    piece(doc, '0002');
    piece(doc, '0003', { font: '/F2 9.5 Tf' });
    doc.end();
    const ops = pages[0]!;
    expect(count(ops, 'BT')).toBe(1);
    expect(count(ops, 'ET')).toBe(1);
    expect(ops.filter((o) => o.endsWith('TJ'))).toEqual(['0001', '0002', '0003'].map((codes) => `[${literal(codes)} 0] TJ`));
    expect(ops.filter((o) => o.endsWith('Tf'))).toEqual(['/F1 9.5 Tf', '/F2 9.5 Tf']);
    // Opened and closed as pdfkit does: q before BT, Q after ET.
    expect(ops.indexOf('q')).toBeLessThan(ops.indexOf('BT'));
    expect(ops.at(-1)).toBe('Q');
    expect(count(ops, 'q')).toBe(count(ops, 'Q'));
  });

  it('starts a new text object for another colour, after anything else drawn, or after a piece that sets more text state', () => {
    const { doc, pages } = document();
    piece(doc, '0001');
    piece(doc, '0002', { colour: '0.5 0.5 0.5' });
    doc.addContent('1 w');
    doc.addContent('10 10 m');
    doc.addContent('20 10 l');
    doc.addContent('S');
    piece(doc, '0003', { colour: '0.5 0.5 0.5' });
    piece(doc, '0004', { colour: '0.5 0.5 0.5', extra: ['0.2 Tc'] });
    piece(doc, '0005', { colour: '0.5 0.5 0.5' });
    doc.end();
    const ops = pages[0]!;
    expect(count(ops, 'BT')).toBe(4);
    expect(count(ops, 'BT')).toBe(count(ops, 'ET'));
    // The rule is drawn outside any text object, where it was.
    const rule = ops.indexOf('20 10 l');
    expect(ops.slice(0, rule).lastIndexOf('ET')).toBeGreaterThan(ops.slice(0, rule).lastIndexOf('BT'));
    // Character spacing set by a piece never reaches the next one: its text object ends with it.
    const spaced = ops.indexOf('0.2 Tc');
    expect(ops.indexOf('ET', spaced)).toBeLessThan(ops.indexOf(`[${literal('0005')} 0] TJ`));
  });

  it('writes glyph codes as literal strings, a byte for a byte, escaping only brackets, backslash and carriage return', () => {
    const { doc, pages } = document();
    piece(doc, '0028005c000d000a> 20 <0029');
    doc.end();
    const [nul, backslash] = ['\0', '\\'];
    // ( \ CR LF, then ): each code's high byte is NUL; CR is escaped (a reader would take it for LF), LF is not.
    const expected = `[(${nul}${backslash}(${nul}${backslash}${backslash}${nul}${backslash}r${nul}\n) 20 (${nul}${backslash})) 0] TJ`;
    expect(pages[0]!.filter((o) => o.endsWith('TJ'))).toEqual([expected]);
  });

  it('leaves out a state operator that repeats the value in force, following q and Q', () => {
    const { doc, pages } = document();
    for (const op of ['1 w', '1 w', 'q', '1 w', '2 w', 'Q', '2 w', '/DeviceRGB CS', '0 0 0 SCN', '/DeviceRGB CS', '0 0 0 SCN', '1 0 0 SCN']) doc.addContent(op);
    doc.end();
    expect(pages[0]).toEqual(['1 w', 'q', '2 w', 'Q', '2 w', '/DeviceRGB CS', '0 0 0 SCN', '1 0 0 SCN']);
  });

  it('writes what it held on the page it belongs to, and starts each page with no state assumed', () => {
    const { doc, pages } = document();
    doc.addContent('1 w');
    piece(doc, '0001');
    doc.addPage();
    doc.addContent('1 w');
    piece(doc, '0002');
    doc.end();
    expect(pages[0]!.slice(-2)).toEqual(['ET', 'Q']);
    expect(pages[1]![0]).toBe('1 w');
    expect(count(pages[1]!, 'BT')).toBe(1);
    expect(pages[1]!.at(-1)).toBe('Q');
  });
});
