/**
 * The two heavy catalogue entries, each generated once: a sheet of 1,000,000 rows (refused by the
 * row limit after SheetJS stopped at 100,001 rows) and a 49 MB workbook that is legitimate (read).
 * Memory for both is measured by bench/bad-input-memory.ts (README, "Giới hạn và an toàn").
 */
import { analyze, type WorkbookInput } from "../../src/core/engine";
import { MAX_FILE_BYTES, MAX_ROWS, readWorkbook } from "../../src/files/readWorkbook";
import { GOOD_FILE, GOOD_NAMES, goodWorkbook, millionRows, nearLimitWorkbook } from "./badInputs";

const namesOf = (a: ReturnType<typeof analyze>, file: string) => a.files.find((f) => f.file === file)!.sheets.flatMap((s) => s.awards.map((r) => r.name));
const good = (): WorkbookInput => ({ file: GOOD_FILE, grids: readWorkbook(goodWorkbook(), GOOD_FILE).grids });

test("1,000,000 rows: refused, naming file and sheet, in Vietnamese and English; the good file read", () => {
  const bytes = millionRows();
  const r = readWorkbook(bytes, "11-xa-trieu-dong.xlsx");
  expect(r.grids).toEqual([]);
  expect(MAX_ROWS).toBe(100_000);
  expect(r.error?.vi).toBe(
    'Tệp "11-xa-trieu-dong.xlsx", sheet "DS khen thưởng" có hơn 100.000 dòng, vượt giới hạn đọc: có lẽ không phải danh sách khen thưởng; hãy tách tệp hoặc xóa các dòng thừa.',
  );
  expect(r.error?.en).toMatch(/^File "11-xa-trieu-dong\.xlsx", sheet "DS khen thưởng" has more than 100,000 rows/);
  const a = analyze([{ file: "11-xa-trieu-dong.xlsx", grids: r.grids, error: r.error }, good()]);
  expect(a.issues.filter((i) => i.rule === "file-unreadable").map((i) => i.file)).toEqual(["11-xa-trieu-dong.xlsx"]);
  expect(namesOf(a, GOOD_FILE)).toEqual(GOOD_NAMES);
});

test("1,000,001-line CSV: refused by the same limit", () => {
  const text = "STT,Họ và tên\n" + Array.from({ length: 1_000_000 }, (_, i) => `${i + 1},Người ${i + 1}`).join("\n");
  const r = readWorkbook(new TextEncoder().encode(text), "11b-xa-trieu-dong.csv");
  expect(r.error?.vi).toMatch(/^Tệp "11b-xa-trieu-dong\.csv", sheet "11b-xa-trieu-dong" có hơn 100\.000 dòng/);
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
