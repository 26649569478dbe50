/**
 * What a test needs to know about a PDF that LibreOffice wrote, without poppler: its pages (size,
 * so orientation), the text sizes used on each page, and the page's text (for the title and the
 * page numbers). Enough of PDF for LibreOffice's output: objects with /Type /Page, /MediaBox, and
 * FlateDecode content streams with Tf (font size), Tm (text matrix, its scale) and TJ/Tj strings.
 */
import { inflateSync } from "node:zlib";

export interface PdfPage {
  width: number;
  height: number;
  /** text sizes in points, as printed (Tf size times the text matrix's scale) */
  fontSizes: number[];
}

interface PdfObject {
  body: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const s = body.indexOf("stream");
    let stream: Buffer | undefined;
    if (s >= 0) {
      let from = start + s + "stream".length;
      if (text[from] === "\r") from++;
      if (text[from] === "\n") from++;
      const to = text.lastIndexOf("endstream", end);
      const raw = pdf.subarray(from, to);
      try {
        stream = /FlateDecode/.test(body.slice(0, s)) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    out.set(Number(m[1]), { body: s >= 0 ? body.slice(0, s) : body, stream });
    re.lastIndex = end;
  }
  return out;
}

function refs(value: string): number[] {
  return [...value.matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));
}

/** Text sizes in a content stream: the Tf size scaled by the current Tm (LibreOffice sets both inside BT…ET). */
function sizesIn(content: string): number[] {
  const sizes: number[] = [];
  let tf = 0;
  let scale = 1;
  const ops = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) Tm|\/\S+ (-?[\d.]+) Tf|(\[(?:[^\]\\]|\\.)*\]\s*TJ|\((?:[^)\\]|\\.)*\)\s*Tj|<[0-9A-Fa-f]*>\s*Tj)/g;
  for (const m of content.matchAll(ops)) {
    if (m[1] !== undefined) scale = Math.hypot(Number(m[1]), Number(m[2]));
    else if (m[7] !== undefined) tf = Number(m[7]);
    else if (m[8] !== undefined && tf > 0) sizes.push(Math.round(tf * scale * 10) / 10);
  }
  return sizes;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const objs = objects(pdf);
  const pages: PdfPage[] = [];
  // pages in document order: walk the page tree from the catalog's /Pages
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o.body));
  const rootRef = catalog ? refs(/\/Pages\s+(\d+ 0 R)/.exec(catalog.body)?.[1] ?? "")[0] : undefined;
  const visit = (id: number, inherited?: number[]) => {
    const o = objs.get(id);
    if (!o) return;
    const box = /\/MediaBox\s*\[\s*([-\d.\s]+)\]/.exec(o.body)?.[1].trim().split(/\s+/).map(Number) ?? inherited;
    if (/\/Type\s*\/Pages/.test(o.body)) {
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(o.body)?.[1] ?? "")) visit(kid, box);
      return;
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(o.body)?.[1] ?? "";
    const text = refs(contents)
      .map((r) => objs.get(r)?.stream?.toString("latin1") ?? "")
      .join("\n");
    const [x0, y0, x1, y1] = box ?? [0, 0, 0, 0];
    pages.push({ width: x1 - x0, height: y1 - y0, fontSizes: sizesIn(text) });
  };
  if (rootRef !== undefined) visit(rootRef);
  return pages;
}
