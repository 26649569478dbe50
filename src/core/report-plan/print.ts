/**
 * The report on paper: A4, portrait when the columns fit a portrait page, landscape otherwise,
 * fitted to the page width only while the text stays at 11 pt or more (otherwise printed at 85 %
 * over several pages with the first two columns repeated), the table's header repeated on every
 * page, page numbers in the footer and the Quốc hiệu over the first page of a Vietnamese report.
 * Measured on LibreOffice's PDFs of these reports (test/print).
 */
import { REPORT_PRINT, type Lang } from "../i18n/report-texts";
import { FONT, type PrintSetup } from "./types";

/** A4 printable width in points, portrait and landscape, inside the margins below (0.6 + 0.4 inch). */
const PORTRAIT_WIDTH = (210 / 25.4 - 1) * 72;
const LANDSCAPE_WIDTH = (297 / 25.4 - 1) * 72;
/** The smallest print scale that keeps Times New Roman 13 at 11 pt or more. */
const MIN_SCALE = Math.ceil((11 / FONT.size) * 100);

/** A column's printed width in points: a width unit prints at about 7.1 pt (measured). */
function columnPoints(width: number): number {
  return width * 7.1 + 4;
}

/** Portrait when the columns fit a portrait page; landscape otherwise; never a scale under MIN_SCALE. */
export function printFit(columnWidths: number[]): Pick<PrintSetup, "orientation" | "fit" | "scale"> {
  const total = columnWidths.reduce((s, w) => s + columnPoints(w), 0);
  if (total <= PORTRAIT_WIDTH) return { orientation: "portrait", fit: true, scale: 100 };
  const scale = Math.floor((LANDSCAPE_WIDTH / total) * 100);
  if (scale >= MIN_SCALE) return { orientation: "landscape", fit: true, scale: Math.min(100, scale) };
  return { orientation: "landscape", fit: false, scale: MIN_SCALE };
}

// Excel header/footer codes (the centre section's text): &"font,style" font, &13 size, &P page, &N pages.
const REGULAR = '&"Times New Roman,Regular"&13';
const BOLD = '&"Times New Roman,Bold"&13';

/** The page footer ("Trang 1/3"). */
function footer(lang: Lang): string {
  return REGULAR + REPORT_PRINT.text(lang, "footer");
}

/** The Quốc hiệu and Tiêu ngữ over a Vietnamese report's first page, each line in bold. */
function quocHieu(lang: Lang): string {
  return [REPORT_PRINT.text(lang, "nationalTitle"), REPORT_PRINT.text(lang, "motto")].map((line) => BOLD + line).join("\n");
}

export function printSetup(widths: number[], titleRows: PrintSetup["titleRows"], breaksAfter: number[], lang: Lang): PrintSetup {
  const fit = printFit(widths);
  return {
    ...fit,
    ...(titleRows ? { titleRows } : {}),
    // a table too wide for one page width: its first two columns (STT, name) on every page
    ...(!fit.fit && widths.length > 2 ? { titleColumns: { c0: 0, c1: 1 } } : {}),
    breaksAfter,
    margins: { left: 0.6, right: 0.4, top: lang === "vi" ? 0.9 : 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    centered: true,
    footer: footer(lang),
    ...(lang === "vi" ? { firstHeader: quocHieu(lang) } : {}),
  };
}
