/**
 * What units' clerks really do to a clean table, one function each. Every transformation keeps the
 * data the same (the same people, awards, decisions, indicators and values): only the layout,
 * spelling, encoding or file format changes, so the engine must read the same records, find the
 * same issues and give the same totals. `adds` names the notices a transformation rightly adds
 * (numbers typed as text are worth a warning); nothing else may change.
 */
import { stripDiacritics } from "../../src/core/text/normalize";
import { type BookModel, clone, colName, dataSheets, type Format, insertRows, mapStrings, type SheetModel, type V } from "./book";

export interface Transformation {
  id: string;
  /** what it does, as a clerk would say it */
  what: string;
  apply: (book: BookModel) => void;
  /** rule codes this transformation may add (never errors that change a total) */
  adds?: string[];
  /** a file format change: applied last in a pair */
  format?: boolean;
}

const headerRow = (s: SheetModel) => s.header + s.depth - 1;
const bodyRows = (s: SheetModel) => Array.from({ length: s.end - s.header - s.depth }, (_, i) => s.header + s.depth + i);
const colOf = (s: SheetModel, key: string) => s.cols.indexOf(key);

/** Insert a column at `at` in every row of the sheet, header text on the header's last row. */
function insertColumn(s: SheetModel, at: number, key: string, header: string, value: (row: V[], r: number) => V): void {
  const body = new Set(bodyRows(s));
  s.rows = s.rows.map((row, r) => {
    const copy = [...row];
    while (copy.length < at) copy.push(null);
    const v = r === headerRow(s) ? header : body.has(r) && row.some((x) => x !== null && x !== "") ? value(row, r) : null;
    copy.splice(at, 0, v);
    return copy;
  });
  s.cols.splice(at, 0, key);
  // merged cells at or right of the new column move with it (a merge across it widens)
  s.merges = s.merges.map((m) => {
    const [a, b] = m.split(":").map((x) => /^([A-Z]+)(\d+)$/.exec(x)!);
    const shift = (col: string) => colName(colIndex(col) >= at ? colIndex(col) + 1 : colIndex(col));
    return `${shift(a[1])}${a[2]}:${shift(b[1])}${b[2]}`;
  });
}

function colIndex(name: string): number {
  return [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Reorder the table's columns (`order` lists old indices); title and signature rows stay. */
function reorder(s: SheetModel, order: number[]): void {
  const inTable = new Set([...Array(s.end - s.header).keys()].map((i) => s.header + i));
  s.rows = s.rows.map((row, r) => (inTable.has(r) ? order.map((c) => row[c] ?? null) : row));
  s.cols = order.map((c) => s.cols[c]);
}

function mapHeader(s: SheetModel, fn: (text: string, key: string) => string): void {
  for (let r = s.header; r < s.header + s.depth; r++) s.rows[r] = s.rows[r].map((v, c) => (typeof v === "string" ? fn(v, s.cols[c]) : v));
}

/** Vietnamese number text: "1.762", "11.120,3". */
function viNumber(n: number): string {
  const [int, dec] = String(n).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (dec ? `,${dec}` : "");
}

const RENAMES: Record<string, string> = {
  name: "Họ tên",
  position: "Chức danh",
  unit: "Nơi công tác",
  award: "Danh hiệu, hình thức khen thưởng",
  decision: "Số, ngày QĐ",
  indicator: "Tên chỉ tiêu",
  measure: "ĐVT",
  plan: "KH năm 2023",
  actual: "TH năm 2023",
  percent: "% so KH",
  stt: "TT",
};

function twoRowHeader(s: SheetModel): void {
  // a group cell over the last columns ("Khen thưởng" over award + decision; "Năm 2023" over KH/TH/%)
  const groupCols = s.role === "awards" ? [colOf(s, "award"), colOf(s, "decision")] : [colOf(s, "plan"), colOf(s, "actual"), colOf(s, "percent")];
  const top = s.header;
  const upper: V[] = s.rows[top].map((v, c) => (groupCols.includes(c) ? null : v));
  upper[groupCols[0]] = s.role === "awards" ? "Khen thưởng" : "Năm 2023";
  const lower: V[] = s.rows[top].map((_v, c) => (groupCols.includes(c) ? (s.role === "awards" ? (s.cols[c] === "award" ? "Hình thức khen thưởng" : "Số, ngày quyết định") : ({ plan: "Kế hoạch", actual: "Thực hiện", percent: "Tỷ lệ %" } as Record<string, string>)[s.cols[c]]) : null));
  s.rows.splice(top, 1, upper, lower);
  s.end += 1;
  s.depth = 2;
  s.merges = s.merges.map((m) => m);
  s.merges.push(`${colName(groupCols[0])}${top + 1}:${colName(groupCols[groupCols.length - 1])}${top + 1}`);
  for (let c = 0; c < upper.length; c++) if (!groupCols.includes(c) && upper[c] !== null) s.merges.push(`${colName(c)}${top + 1}:${colName(c)}${top + 2}`);
}

function threeRowHeader(s: SheetModel): void {
  // a two-row header already drawn (the pair two-row + three-row) gets the row over it
  if (s.depth === 1) twoRowHeader(s);
  const top = s.header;
  const groupCols = s.cols.map((k, c) => (["award", "decision", "plan", "actual", "percent"].includes(k) ? c : -1)).filter((c) => c >= 0);
  const over: V[] = s.rows[top].map(() => null);
  over[groupCols[0]] = s.role === "awards" ? "Kết quả thi đua, khen thưởng" : "Kết quả thực hiện";
  for (let c = 0; c < over.length; c++) if (!groupCols.includes(c)) over[c] = s.rows[top][c];
  s.rows[top] = s.rows[top].map((v, c) => (groupCols.includes(c) ? v : null));
  insertRows(s, top, [over]);
  s.header = top;
  s.depth = 3;
  // the merges made by the two-row header moved one down: the single-column ones now span all three
  s.merges = s.merges.filter((m) => !/^([A-Z]+)(\d+):\1(\d+)$/.test(m));
  for (let c = 0; c < over.length; c++) if (!groupCols.includes(c) && over[c] !== null) s.merges.push(`${colName(c)}${top + 1}:${colName(c)}${top + 3}`);
  s.merges.push(`${colName(groupCols[0])}${top + 1}:${colName(groupCols[groupCols.length - 1])}${top + 1}`);
}

const ALL: Transformation[] = [
  {
    id: "title-rows",
    what: "add the usual title lines: place and date, the report it is attached to, an empty line",
    apply: (b) => dataSheets(b).forEach((s) => insertRows(s, 2, [[null, null, null, "Búng Lao, ngày 15 tháng 12 năm 2023"], ["(Kèm theo Báo cáo số 215/BC-UBND ngày 15/12/2023 của UBND xã Búng Lao)"], []])),
  },
  {
    id: "helper-columns",
    what: "add code and helper columns (Mã đơn vị, Mã hình thức, Ghi chú nội bộ)",
    apply: (b) =>
      dataSheets(b).forEach((s) => {
        insertColumn(s, 1, "helper", "Mã đơn vị", () => "BL01");
        insertColumn(s, s.cols.length, "helper", s.role === "awards" ? "Mã hình thức" : "Mã chỉ tiêu", (_, r) => `M${r}`);
      }),
  },
  {
    id: "move-columns",
    what: "move columns around (award first, then the person)",
    apply: (b) =>
      dataSheets(b).forEach((s) => {
        const keys = s.role === "awards" ? ["stt", "award", "decision", "name", "position", "unit"] : ["stt", "indicator", "plan", "actual", "percent", "measure"];
        reorder(s, keys.map((k) => colOf(s, k)));
      }),
  },
  { id: "rename-columns", what: "name the columns in other usual words", apply: (b) => dataSheets(b).forEach((s) => mapHeader(s, (t, k) => RENAMES[k] ?? t)) },
  { id: "no-diacritics", what: "type the header without diacritics", apply: (b) => dataSheets(b).forEach((s) => mapHeader(s, (t) => stripDiacritics(t))) },
  { id: "upper-headers", what: "type the header in capitals", apply: (b) => dataSheets(b).forEach((s) => mapHeader(s, (t) => t.toLocaleUpperCase("vi"))) },
  {
    id: "blank-header-cell",
    what: "one header cell left blank (the decision column's)",
    apply: (b) => dataSheets(b, "awards").forEach((s) => (s.rows[headerRow(s)][colOf(s, "decision")] = null)),
    // reading the column from its contents is right, and worth a warning at the header cell
    adds: ["header-missing"],
  },
  { id: "two-row-header", what: "a two-row header with a merged group cell", apply: (b) => dataSheets(b).forEach(twoRowHeader) },
  { id: "three-row-header", what: "a three-row header with merged group cells", apply: (b) => dataSheets(b).forEach(threeRowHeader) },
  {
    id: "column-number-row",
    what: "a column-number row (1), (2), ... under the header",
    apply: (b) => dataSheets(b).forEach((s) => {
      insertRows(s, s.header + s.depth, [s.cols.map((_, i) => `(${i + 1})`)]);
      s.depth += 1;
    }),
  },
  {
    id: "repeat-header",
    what: "the header repeated in the middle of the list (printed over two pages)",
    apply: (b) => dataSheets(b).forEach((s) => {
      const header = s.rows.slice(s.header, s.header + s.depth);
      insertRows(s, s.header + s.depth + 3, header);
    }),
  },
  {
    id: "split-name",
    what: "split the name into Họ đệm and Tên",
    apply: (b) => dataSheets(b, "awards").forEach((s) => {
      const c = colOf(s, "name");
      const body = new Set(bodyRows(s));
      const header = JSON.stringify(s.rows[headerRow(s)]);
      s.rows = s.rows.map((row, r) => {
        const copy = [...row];
        // the header, and its copies repeated down the list
        if (r === headerRow(s) || JSON.stringify(row) === header) copy.splice(c, 1, "Họ đệm", "Tên");
        else if (body.has(r) && typeof row[c] === "string") {
          const name = row[c];
          // a person's name splits at its last word; a collective's stays whole in the first column
          const person = !/^(Bản|Xã|Tổ|Trường|Hợp tác xã)\b/.test(name);
          const i = name.lastIndexOf(" ");
          copy.splice(c, 1, person ? name.slice(0, i) : name, person ? name.slice(i + 1) : null);
        } else copy.splice(c, 0, null);
        return copy;
      });
      s.cols.splice(c, 1, "familyName", "givenName");
    }),
  },
  {
    id: "stack-two-tables",
    what: "two tables in one sheet: collectives, then individuals, each with its title and header",
    apply: (b) => dataSheets(b, "awards").forEach((s) => {
      const header = s.rows.slice(s.header, s.header + s.depth);
      insertRows(s, s.header + s.depth + 1, [[], ["DANH SÁCH KHEN THƯỞNG (TIẾP THEO)"], ...header]);
    }),
  },
  {
    id: "split-over-sheets",
    what: "split one list over two sheets",
    apply: (b) => {
      const s = dataSheets(b, "awards")[0];
      const second = clone(s);
      const cut = s.header + s.depth + 3;
      second.name = `${s.name} (2)`;
      second.rows = [...s.rows.slice(0, s.header + s.depth), ...s.rows.slice(cut)];
      second.end = s.end - (cut - s.header - s.depth);
      s.rows = [...s.rows.slice(0, cut), [], ...s.rows.slice(s.end)];
      s.end = cut;
      b.sheets.splice(b.sheets.indexOf(s) + 1, 0, second);
    },
  },
  {
    id: "transpose-figures",
    what: "the figures transposed: indicators across, plan / actual / % down",
    apply: (b) => dataSheets(b, "figures").forEach((s) => {
      const items = bodyRows(s).filter((r) => typeof s.rows[r][colOf(s, "plan")] === "number");
      const title = s.rows.slice(0, s.header);
      const label: Record<string, string> = { measure: "Đơn vị tính", plan: "Kế hoạch năm 2023", actual: "Thực hiện năm 2023", percent: "Tỷ lệ % so với KH" };
      const table: V[][] = [["Chỉ tiêu", ...items.map((r) => s.rows[r][colOf(s, "indicator")])]];
      for (const k of ["measure", "plan", "actual", "percent"]) table.push([label[k], ...items.map((r) => s.rows[r][colOf(s, k)])]);
      s.rows = [...title, ...table, [], ...s.rows.slice(s.end)];
      s.end = s.header + table.length;
      s.depth = 1;
      s.cols = ["indicator", ...items.map(() => "value")];
    }),
  },
  { id: "tcvn3-sheet", what: "the award sheet typed in .VnTime (TCVN3), the figures in Unicode", apply: (b) => dataSheets(b, "awards").forEach((s) => (s.legacy = "tcvn3")), adds: ["text-legacy-encoding"] },
  { id: "vni-sheet", what: "the figures sheet typed in VNI-Times", apply: (b) => dataSheets(b, "figures").forEach((s) => (s.legacy = "vni")), adds: ["text-legacy-encoding"] },
  { id: "nfd", what: "text in decomposed Unicode (NFD), as some Mac and web tools write it", apply: (b) => b.sheets.forEach((s) => mapStrings(s, (t) => t.normalize("NFD"))) },
  {
    id: "text-numbers",
    what: "figures typed as Vietnamese text: 1.762, 11.120,3, 102,2",
    apply: (b) => dataSheets(b, "figures").forEach((s) => {
      for (const r of bodyRows(s)) for (const k of ["plan", "actual", "percent"]) if (typeof s.rows[r][colOf(s, k)] === "number") s.rows[r][colOf(s, k)] = viNumber(s.rows[r][colOf(s, k)] as number);
    }),
    adds: ["number-as-text"],
  },
  {
    id: "instruction-sheet",
    what: "an instruction sheet with example rows before the data",
    apply: (b) => {
      const rows: V[][] = [
        ["HƯỚNG DẪN NHẬP DANH SÁCH KHEN THƯỞNG"],
        ["1. Mỗi tập thể, cá nhân ghi một dòng; không gộp ô."],
        ["2. Ghi đúng tên hình thức khen thưởng theo quyết định."],
        ["Ví dụ:"],
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
        [1, "Nguyễn Văn A", "Chuyên viên", "Phòng Nội vụ", "Lao động tiên tiến", "123/QĐ-UBND ngày 01/12/2023"],
        [2, "Trần Thị B", "Kế toán", "UBND xã", "Giấy khen của Chủ tịch UBND huyện", "124/QĐ-UBND ngày 02/12/2023"],
      ];
      b.sheets.unshift({ name: "Hướng dẫn", role: "extra", rows, merges: [], header: 4, depth: 1, end: 7, cols: [] });
    },
  },
  {
    id: "lookup-codes",
    what: "a lookup sheet of awards, and codes instead of award names in the list",
    apply: (b) => {
      const s = dataSheets(b, "awards")[0];
      const c = colOf(s, "award");
      const names = [...new Set(bodyRows(s).map((r) => s.rows[r][c]).filter((v): v is string => typeof v === "string"))];
      for (const r of bodyRows(s)) if (typeof s.rows[r][c] === "string") s.rows[r][c] = `HT${String(names.indexOf(s.rows[r][c]) + 1).padStart(2, "0")}`;
      s.rows[headerRow(s)][c] = "Mã hình thức khen thưởng";
      const rows: V[][] = [["DANH MỤC HÌNH THỨC KHEN THƯỞNG"], ["Mã", "Hình thức khen thưởng"], ...names.map((n, i) => [`HT${String(i + 1).padStart(2, "0")}`, n])];
      b.sheets.push({ name: "DANHMUC", role: "extra", rows, merges: [], header: 1, depth: 1, end: rows.length, cols: [] });
    },
  },
  {
    id: "giam-doc-last",
    what: "the row of a person whose job title is Giám đốc put last, just before the signature",
    apply: (b) => dataSheets(b, "awards").forEach((s) => {
      const rows = bodyRows(s);
      const i = rows.find((r) => s.rows[r][colOf(s, "position")] === "Giám đốc");
      if (i === undefined) return;
      const [row] = s.rows.splice(i, 1);
      s.rows.splice(s.end - 1, 0, row);
    }),
  },
  {
    id: "drop-stt",
    what: "no STT column",
    apply: (b) => dataSheets(b, "awards").forEach((s) => reorder(s, s.cols.map((_, i) => i).filter((i) => s.cols[i] !== "stt"))),
  },
  {
    id: "blank-row-inside",
    what: "an empty row inside the list",
    apply: (b) => dataSheets(b).forEach((s) => insertRows(s, s.header + s.depth + 2, [[]])),
  },
  {
    id: "total-row",
    what: "a \"Cộng\" row under the award list",
    apply: (b) => dataSheets(b, "awards").forEach((s) => {
      const n = bodyRows(s).filter((r) => s.rows[r].some((v) => v !== null && v !== "")).length;
      const row: V[] = s.cols.map(() => null);
      row[Math.max(0, colOf(s, "name"), colOf(s, "familyName"))] = `Cộng: ${n} tập thể, cá nhân`;
      insertRows(s, s.end, [row]);
    }),
  },
  {
    id: "note-rows",
    what: "notes under the table, before the signature",
    apply: (b) => dataSheets(b).forEach((s) => insertRows(s, s.end + 1, [[null, "Ghi chú: số liệu tính đến ngày 15/12/2023."], [null, "* Danh sách đã được Hội đồng Thi đua - Khen thưởng xã thông qua."]])),
  },
  {
    id: "half-year-column",
    what: "the actual split by period: \"Thực hiện\" merged over \"6 tháng\" / \"Cả năm\"",
    apply: (b) => dataSheets(b, "figures").forEach((s) => {
      if (s.depth !== 1) return;
      const c = colOf(s, "actual");
      // the half-year figure, invented beside the year's: the year's stays the actual
      insertColumn(s, c, "actualHalf", "6 tháng", (row) => (typeof row[c] === "number" ? Math.round(row[c] * 5) / 10 : null));
      const top = s.header;
      const upper: V[] = s.rows[top].map((v, i) => (i === c ? "Thực hiện" : i === c + 1 ? null : v));
      const lower: V[] = s.rows[top].map((_v, i) => (i === c ? "6 tháng" : i === c + 1 ? "Cả năm" : null));
      s.rows.splice(top, 1, upper, lower);
      s.end += 1;
      s.depth = 2;
      s.merges.push(`${colName(c)}${top + 1}:${colName(c + 1)}${top + 1}`);
      for (let i = 0; i < upper.length; i++) if (i !== c && upper[i] !== null) s.merges.push(`${colName(i)}${top + 1}:${colName(i)}${top + 2}`);
    }),
  },
  {
    id: "previous-year-column",
    what: "last year's actual in a column before this year's (\"Thực hiện năm 2022\"): the title's year is the one read",
    apply: (b) => dataSheets(b, "figures").forEach((s) => {
      const c = colOf(s, "actual");
      insertColumn(s, c, "actualBefore", "Thực hiện năm 2022", (row) => (typeof row[c] === "number" ? Math.round(row[c] * 9) / 10 : null));
    }),
  },
  { id: "extra-spaces", what: "double and trailing spaces in the text", apply: (b) => dataSheets(b).forEach((s) => bodyRows(s).forEach((r) => (s.rows[r] = s.rows[r].map((v) => (typeof v === "string" && v.length > 3 ? ` ${v.replace(/ /g, "  ")} ` : v))))) },
  ...(["xls", "ods", "csv;", "csv,"] as Format[]).map((f) => ({ id: `save-${f.replace(";", "-semicolon").replace(",", "-comma")}`, what: `saved as .${f.slice(0, 3)}`, apply: (b: BookModel) => (b.format = f), format: true, ...(f.startsWith("csv") ? { adds: ["number-as-text"] } : {}) })),
];

/**
 * Transformations the reader does not yet read the same (gaps of issue 10's reading items, worked
 * on in src/core/layout and src/core/records): kept here, out of the suite, until they are; the
 * suite still checks that none of them loses a row in silence. Move one into the suite by removing
 * its id from this list once the reader handles it.
 */
export const NOT_YET_READ_IDS: string[] = [
];

export const TRANSFORMATIONS = ALL.filter((t) => !NOT_YET_READ_IDS.includes(t.id));
export const NOT_YET_READ = ALL.filter((t) => NOT_YET_READ_IDS.includes(t.id));
