/**
 * What the title block above a table tells: the unit that sent it ("UBND XÃ QUÀI CANG"), the
 * award when a list has no award column ("... ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN ..."),
 * the occasion ("NĂM HỌC 2020 - 2021" lists are regular awards) and the reporting period.
 */
import { cellText, type Grid } from "../grid";
import type { Occasion } from "../model";
import type { RegistryUnit } from "../rules/rule";
import { matchAward } from "../domain/awards";
import { findUnitIn, unitWordsOfFileName } from "../domain/unitIdentity";
import { collapseSpaces, headerKey } from "../text/normalize";
import { parseDecisionRef } from "../values";
import { kindFromSection } from "./common";

export interface TitleCell {
  row: number;
  col: number;
  text: string;
}

/** Text cells above row `top`, from row `from`, in reading order. */
export function titleCells(grid: Grid, from: number, top: number): TitleCell[] {
  const out: TitleCell[] = [];
  for (let r = from; r < top; r++) {
    const cells = grid.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell?.t === "s" && String(cell.v).trim()) out.push({ row: r, col: c, text: collapseSpaces(cellText(cell)) });
    }
  }
  return out;
}

// also not a sender: a form's title ("ĐĂNG KÝ THI ĐUA", "ĐỀ NGHỊ KHEN THƯỞNG") and the header cell
// "STT" of an earlier table when the title block of a second table is searched, and a group line
// ("I. TẬP THỂ", "2. Cá nhân") over a table
const NOT_SENDER = /^(don vi tinh|dvt|kinh gui|noi nhan|cong hoa|doc lap|danh sach|danh muc|bieu|tong hop|bao cao|ve |ket qua|kem theo|\(kem theo|so:|so |v\/v|\(|dang ky|de nghi|to trinh|quyet dinh|stt$|tt$|([ivxl]+|[a-z]|\d+) |tap the$|ca nhan$|ho gia dinh$)/;

/** "XÃ QUÀI CANG" -> "Xã Quài Cang"; other names keep their spelling. */
function prettyUnitName(text: string): string {
  // NFC first: a title typed in decomposed Unicode (NFD) must give the same unit name, and the
  // patterns below are written in composed letters
  const t = collapseSpaces(text.normalize("NFC").replace(/^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+/iu, ""));
  if (t === t.toUpperCase() && /^(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN|TỈNH|ĐẶC KHU)\s/u.test(t)) {
    return t
      .toLowerCase()
      .split(" ")
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(" ")
      .replace(/^(Thị Trấn|Thị Xã|Thành Phố|Đặc Khu)/u, (m) => m.charAt(0) + m.slice(1).toLowerCase());
  }
  return t;
}

/**
 * The unit that sent a sheet: the lowest line of the left-hand title block ("UBND HUYỆN X" over
 * "UBND XÃ Y" -> "Xã Y"), matched to the registry when one is given; else a registry unit named
 * anywhere in the title ("DANH SÁCH KHEN THƯỞNG BAN CHQS HUYỆN ...").
 */
export function detectSender(cells: TitleCell[], tableFirstCol: number, tableLastCol: number, registry: RegistryUnit[] = []): string | undefined {
  const mid = tableFirstCol + Math.max(1, Math.floor((tableLastCol - tableFirstCol + 1) / 2));
  const left = cells.filter((c) => c.col < mid && !NOT_SENDER.test(headerKey(c.text)) && c.text === c.text.toUpperCase() && /\p{L}/u.test(c.text));
  // the block's lines, top to bottom; the sender is the last one before the table title
  const candidates = left.filter((c) => c.row === left[0]?.row || c.row <= (left[0]?.row ?? 0) + 3);
  const lowest = candidates[candidates.length - 1];
  if (registry.length) {
    for (const c of [...candidates].reverse()) {
      const unit = findUnitIn(c.text, registry, "equal");
      if (unit) return unit.name;
    }
    for (const c of [...candidates].reverse()) {
      const unit = findUnitIn(c.text, registry, "prefix");
      if (unit) return unit.name;
    }
    for (const c of cells) {
      const unit = findUnitIn(c.text, registry, "contains");
      if (unit) return unit.name;
    }
  }
  // a lone line is the parent body only when nothing else is there; keep it anyway
  return lowest ? prettyUnitName(lowest.text) : undefined;
}

/** Where the sender was found, in the order looked at (the ledger shows it). */
export type SenderSource = "title" | "label" | "file-name";

/**
 * A labelled line above the table: "Đơn vị: UBND xã Nà Hỳ", "Địa bàn: Xã Nà Hỳ", "Đơn vị báo cáo:
 * ...". "Đơn vị tính: ha" is the unit of measure, never the sender.
 */
export function senderFromLabel(cells: TitleCell[], registry: RegistryUnit[] = []): string | undefined {
  for (const c of cells) {
    const m = /^(đơn vị|don vi|địa bàn|dia ban|đơn vị báo cáo|don vi bao cao|cơ quan|co quan)\s*:\s*(.+)$/iu.exec(c.text);
    // ("Đơn vị tính: ha" never matches: after "Đơn vị" the label wants its colon)
    if (!m) continue;
    const named = collapseSpaces(m[2]);
    if (!named) continue;
    const unit = registry.length ? (findUnitIn(named, registry, "equal") ?? findUnitIn(named, registry, "contains")) : undefined;
    return unit?.name ?? prettyUnitName(named);
  }
  return undefined;
}

/**
 * The registry unit a file's name names ("ma14-ban-chqs-huyen.csv" -> "Ban Chỉ huy Quân sự
 * huyện"): for a file without a title block (a CSV export). A leading code ("ma14", "05_") is
 * dropped; only a registry unit is accepted, never a guess from the words alone.
 */
export function senderFromFileName(file: string, registry: RegistryUnit[] = []): string | undefined {
  if (!registry.length) return undefined;
  const words = unitWordsOfFileName(file);
  if (!words) return undefined;
  return (findUnitIn(words, registry, "equal") ?? findUnitIn(words, registry, "contains"))?.name;
}

/** The award a title states for a list without an award column. */
export function awardFromTitle(lines: string[]): string | undefined {
  for (const line of lines) {
    // spaces collapsed: a title cell wrapped onto two lines (Alt+Enter) is one sentence
    const m = /(?:tặng|khen thưởng bằng|công nhận danh hiệu)\s+(.+)$/iu.exec(collapseSpaces(line));
    if (!m) continue;
    const words = m[1].split(/\s+/);
    for (let n = words.length; n >= 2; n--) {
      const candidate = words.slice(0, n).join(" ");
      const match = matchAward(candidate);
      if (match.kind === "known") return candidate;
    }
  }
  return undefined;
}

/**
 * The decision a list is attached to, from its title: "(Kèm theo Quyết định số 415/QĐ-UBND ngày
 * 20/8/2025 của Chủ tịch UBND xã ...)". Only for lists without a decision column: every row of
 * such a list was granted by that decision.
 */
export function decisionFromTitle(lines: string[]): { number?: string; date?: string } | undefined {
  for (const line of lines) {
    // "Kèm theo Quyết định số 1015/QĐ-UBND ... và Quyết định số 1032/QĐ-UBND ...": the rows belong
    // to one or the other, the title cannot say which
    if ((headerKey(line).match(/\bquyet dinh so\b/g) ?? []).length > 1) return undefined;
    const m = /kèm theo\s+quyết định\s+(?:số\s*)?:?\s*([^()]+?)(?:\s+của\s+|\)|$)/iu.exec(collapseSpaces(line.normalize("NFC")));
    if (!m) continue;
    const ref = parseDecisionRef(m[1]);
    if (!ref.number) continue;
    return { number: ref.number, ...(ref.date?.kind === "date" ? { date: ref.date.iso } : {}) };
  }
  return undefined;
}

/**
 * The recipient kind a title states for the whole table: a group line just above the header
 * ("1. Tập thể", "II. CÁ NHÂN" before a second table) or the line that states the award
 * ("Cá nhân được tặng Giấy khen ..."). Undefined when the title names both kinds.
 */
export function kindFromTitle(lines: string[], awardLineOnly = false): "collective" | "individual" | "household" | undefined {
  const last = lines[lines.length - 1] ?? "";
  const lastKey = headerKey(last);
  if (!awardLineOnly && /^(([ivx]+|[a-z]|\d+)\s+)?(danh sach )?(tap the|ca nhan|ho gia dinh)$/.test(lastKey)) return kindFromSection(last);
  for (const line of lines) if (/\b(duoc tang|duoc khen thuong|duoc cong nhan)\b/.test(headerKey(line))) return kindFromSection(line);
  return undefined;
}

/** Lists titled "... năm học 2020 - 2021" or "tổng kết năm" are regular (thường xuyên) awards. */
export function occasionFromTitle(lines: string[]): { occasion?: Occasion; campaign?: string } {
  for (const line of lines) {
    const key = headerKey(line);
    const year = /\bnam hoc (\d{4}) ?(\d{4})\b/.exec(key);
    if (year) return { occasion: "regular", campaign: `Năm học ${year[1]} - ${year[2]}` };
    if (/\bnam hoc\b/.test(key) || /\btong ket nam\b/.test(key)) return { occasion: "regular" };
  }
  return {};
}

/** a quarter's number, in Roman or Arabic numerals, as 0..3 */
const QUARTER: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };
const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];

/** The months of a quarter (0-based): 1 January to 31 March, ... */
function quarter(year: number, q: number): { from: string; to: string } {
  return { from: `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`, to: `${year}-${QUARTER_ENDS[q]}` };
}

/** Reporting period stated by a title: "6 THÁNG ĐẦU NĂM 2021", "QUÝ II NĂM 2024", "NĂM 2021" (not "NĂM HỌC 2020 - 2021"). */
export function periodFromTitle(lines: string[]): { from: string; to: string } | undefined {
  for (const line of lines) {
    const key = headerKey(line);
    let m = /\b6 thang dau nam (\d{4})\b/.exec(key);
    if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-06-30` };
    m = /\b6 thang cuoi nam (\d{4})\b/.exec(key);
    if (m) return { from: `${m[1]}-07-01`, to: `${m[1]}-12-31` };
    m = /\b(?:9|chin) thang (?:dau )?nam (\d{4})\b/.exec(key);
    if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-09-30` };
    // "QUÝ II NĂM 2024": a quarter, never the whole year the next loop would read
    m = /\bquy (iv|iii|ii|i|[1-4]) nam (\d{4})\b/.exec(key);
    if (m) return quarter(Number(m[2]), QUARTER[m[1]]);
  }
  for (const line of lines) {
    const key = headerKey(line);
    const m = /\bnam (\d{4})\b/.exec(key);
    if (m && !/\bnam hoc\b/.test(key)) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  }
  return undefined;
}
