import glossary from '../../questionnaires/glossary/zh.json';

/**
 * The Chinese glossary's terms as runs of ideographs ("GPU/加速器" gives
 * "加速器"), longest first so that the longest known term wins where two
 * overlap. A line never breaks inside one of them: "数据保护机构" split as
 * "数据保" / "护机构" reads as two words to a Chinese reader.
 */
export const CJK_TERMS: readonly string[] = [...new Set(glossary.terms.flatMap((t) => t.term.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/gu) ?? []))].sort((a, b) => b.length - a.length);

/** [start, end) spans, in code points of `chars`, of the known terms found left to right, longest match first. */
export function termSpans(chars: readonly string[], from: number, to: number, terms: readonly string[] = CJK_TERMS): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    const term = terms.find((candidate) => candidate.length <= to - i && matchesAt(chars, i, candidate));
    if (term) {
      spans.push([i, i + term.length]);
      i += term.length;
    } else i++;
  }
  return spans;
}

function matchesAt(chars: readonly string[], at: number, term: string): boolean {
  for (let k = 0; k < term.length; k++) if (chars[at + k] !== term[k]) return false;
  return true;
}
