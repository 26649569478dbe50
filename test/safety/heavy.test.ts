/**
 * The two heavy catalogue entries, each generated once: a sheet of 1,000,000 rows (refused by the
 * per-file budget before SheetJS parses it) and a 49 MB workbook that is legitimate (read).
 * Memory for both is measured by bench/bad-input-memory.ts (README, "Giới hạn và an toàn").
 */
import { analyze, type WorkbookInput } from "../../src/core/engine";
import { MAX_CELL_DATA_BYTES, MAX_FILE_BYTES, readWorkbook } from "../../src/files/readWorkbook";
import { GOOD_FILE, GOOD_NAMES, goodWorkbook, millionRows, nearLimitWorkbook } from "./badInputs";

const namesOf = (a: ReturnType<typeof analyze>, file: string) => a.files.find((f) => f.file === file)!.sheets.flatMap((s) => s.awards.map((r) => r.name));
const good = (): WorkbookInput => ({ file: GOOD_FILE, grids: readWorkbook(goodWorkbook(), GOOD_FILE).grids });

// The row limit itself (a sheet of 100,050 short rows, within the budget) is tested in test/robustness.
test("1,000,000 rows: refused before parsing by the per-file budget (51 MB of sheet XML), naming file and part, in Vietnamese and English; the good file read", () => {
  const bytes = millionRows();
  const r = readWorkbook(bytes, "11-xa-trieu-dong.xlsx");
  expect(r.grids).toEqual([]);
  expect(MAX_CELL_DATA_BYTES).toBe(16 * 1024 * 1024);
  expect(r.error?.message.vi).toMatch(/^Tệp "11-xa-trieu-dong\.xlsx" có 51\.\d MB dữ liệu ô cần đọc \(nhiều nhất ở phần xl\/worksheets\/sheet1\.xml\), vượt ngân sách đọc một tệp \(16\.0 MB/);
  expect(r.error?.message.en).toMatch(/^File "11-xa-trieu-dong\.xlsx" holds 51\.\d MB of cell data to parse \(most in part xl\/worksheets\/sheet1\.xml\), over the per-file reading budget \(16\.0 MB/);
  const a = analyze([{ file: "11-xa-trieu-dong.xlsx", grids: r.grids, error: r.error }, good()]);
  expect(a.issues.filter((i) => i.rule === "file-unreadable").map((i) => i.file)).toEqual(["11-xa-trieu-dong.xlsx"]);
  expect(namesOf(a, GOOD_FILE)).toEqual(GOOD_NAMES);
});

test("1,000,001-line CSV: refused by the row limit", () => {
  const text = "STT,Họ và tên\n" + Array.from({ length: 1_000_000 }, (_, i) => `${i + 1},Người ${i + 1}`).join("\n");
  const r = readWorkbook(new TextEncoder().encode(text), "11b-xa-trieu-dong.csv");
  expect(r.error?.message.vi).toMatch(/^Tệp "11b-xa-trieu-dong\.csv", sheet "11b-xa-trieu-dong" có hơn 100\.000 dòng/);
});

test("a 49 MB workbook (the list plus a scanned page) is read: the list's records are there", () => {
  const bytes = nearLimitWorkbook();
  expect(bytes.length).toBeGreaterThan(49 * 1024 * 1024);
  expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
  const r = readWorkbook(bytes, "12b-xa-anh-scan.xlsx");
  expect(r.error).toBeUndefined();
  const a = analyze([{ file: "12b-xa-anh-scan.xlsx", grids: r.grids }, good()]);
  expect(namesOf(a, "12b-xa-anh-scan.xlsx")).toEqual(GOOD_NAMES);
  expect(namesOf(a, GOOD_FILE)).toEqual(GOOD_NAMES);
});
