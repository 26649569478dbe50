/**
 * The data sheet's column A as pure cells (src/core/submissions/dataSheet.ts), without exceljs or
 * office-js: how text is cut into chunks (the edges of a cell and of a surrogate pair), what a host
 * may hand back for a cell (a number, rich text, nothing), and how a report sheet is recognised by
 * its name and first cells. The round trip through real workbooks is test/excel/dataSheet.test.ts.
 */
import type { ReportData, ReportSheetMark } from "../../../src/core/submissions/contributions";
import {
  chunkText,
  dataSheetCells,
  dataSheetLength,
  DataSheetVersionError,
  isRecordedReportSheet,
  recordedReportSheet,
  reportDataFromCells,
  reportSheetMark,
} from "../../../src/core/submissions/dataSheet";

const HIGH_MIN = "\ud800"; // the lowest high surrogate (U+10000 = \ud800\udc00)
const HIGH_MAX = "\udbff"; // the highest (U+10FFFF = \udbff\udfff)

describe("chunkText", () => {
  it("cuts at exactly the size, the last chunk holding the rest", () => {
    expect(chunkText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(chunkText("abcdefgh", 4)).toEqual(["abcd", "efgh"]);
    expect(chunkText("abc", 4)).toEqual(["abc"]);
  });

  it("an empty text is one empty chunk (the sheet still has a cell to read)", () => {
    expect(chunkText("", 4)).toEqual([""]);
  });

  it("a pair cut by the size moves whole into the next chunk; a pair that fits, or ends the chunk, stays", () => {
    // "abc😀d": the size-4 cut falls between the halves of 😀
    expect(chunkText("abc😀d", 4)).toEqual(["abc", "😀d"]);
    // the pair ends the chunk exactly: its low half is the last unit, nothing moves
    expect(chunkText("a😀b", 3)).toEqual(["a😀", "b"]);
    // both ends of the high-surrogate range
    expect(chunkText(`ab${HIGH_MIN}\udc00c`, 3)).toEqual(["ab", `${HIGH_MIN}\udc00c`]);
    expect(chunkText(`ab${HIGH_MAX}\udfffc`, 3)).toEqual(["ab", `${HIGH_MAX}\udfffc`]);
  });

  it("a lone high surrogate at the very end of the text is kept in the last chunk (no pair to protect)", () => {
    expect(chunkText(`ab${HIGH_MIN}`, 3)).toEqual([`ab${HIGH_MIN}`]);
  });

  it("cuts a long text into full chunks under the default size", () => {
    const text = "x".repeat(30_001);
    expect(chunkText(text).map((c) => c.length)).toEqual([30_000, 1]);
  });
});

describe("dataSheetCells and the readers of column A", () => {
  const data: ReportData = { version: 1, registry: [{ name: "Xã Quài Cang" }], contributions: [] };
  const json = JSON.stringify(data);

  it("column A: the marker with the version, the chunk count as text, then the chunks", () => {
    const cells = dataSheetCells(data, 20);
    const chunks = chunkText(json, 20);
    expect(chunks.length).toBeGreaterThan(2);
    expect(cells).toEqual(["tdkt-report-data v1", String(chunks.length), ...chunks]);
    expect(dataSheetCells(data)).toEqual(["tdkt-report-data v1", "1", json]);
  });

  it("reads the data back from the cells, whatever form the host gives the count and the text in", () => {
    const cells = dataSheetCells(data, 20);
    expect(reportDataFromCells(cells)).toEqual(data);
    // Excel gives A2 back as a number; a chunk re-saved by Excel may come back as rich-text runs
    const rich = cells.map((c, i) => (i === 2 ? { richText: [{ text: c.slice(0, 5) }, { text: c.slice(5) }] } : c));
    expect(reportDataFromCells([rich[0], Number(cells[1]), ...rich.slice(2)])).toEqual(data);
    // cells below the counted chunks (left over from a longer earlier write) are not read
    expect(reportDataFromCells([...cells, "}garbage"])).toEqual(data);
  });

  it("cells that do not start with the marker are not a data sheet", () => {
    expect(reportDataFromCells(["Tổng hợp", "1", json])).toBeNull();
    expect(reportDataFromCells([`x tdkt-report-data v1`, "1", json])).toBeNull();
    expect(reportDataFromCells([])).toBeNull();
  });

  it("another format version is refused with an error that names the marker found", () => {
    let error: unknown;
    try {
      reportDataFromCells(["tdkt-report-data v2", "1", json]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataSheetVersionError);
    expect((error as DataSheetVersionError).marker).toBe("tdkt-report-data v2");
    expect((error as DataSheetVersionError).name).toBe("DataSheetVersionError");
    expect((error as DataSheetVersionError).message).toContain("tdkt-report-data v2");
    expect(() => reportDataFromCells(["tdkt-report-data v10", "1", json])).toThrow(DataSheetVersionError);
  });

  it("dataSheetLength: marker + count + chunks, read from the first two cells", () => {
    expect(dataSheetLength(["tdkt-report-data v1", "3"])).toBe(5);
    expect(dataSheetLength(["tdkt-report-data v1", 3])).toBe(5);
    expect(dataSheetLength(["tdkt-report-data v1", "0"])).toBe(2);
    // an empty count cell reads as 0, whether the host gives null or nothing
    expect(dataSheetLength(["tdkt-report-data v1", null])).toBe(2);
    expect(dataSheetLength(["tdkt-report-data v1", undefined])).toBe(2);
    expect(dataSheetLength(["tdkt-report-data v1"])).toBe(2);
    expect(dataSheetLength([{ richText: [{ text: "tdkt-report-data" }, { text: " v1" }] }, "1"])).toBe(3);
  });

  it("dataSheetLength: null when the first cell is not the marker or the count is not a whole number ≥ 0", () => {
    expect(dataSheetLength(["TỔNG HỢP", "3"])).toBeNull();
    expect(dataSheetLength(["x tdkt-report-data", "3"])).toBeNull();
    expect(dataSheetLength([null, "3"])).toBeNull();
    expect(dataSheetLength(["tdkt-report-data v1", "-1"])).toBeNull();
    expect(dataSheetLength(["tdkt-report-data v1", "1.5"])).toBeNull();
    expect(dataSheetLength(["tdkt-report-data v1", "ba"])).toBeNull();
  });
});

describe("report sheet marks", () => {
  const TITLE = "TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG";
  const PERIOD = "Từ 01/01/2024 đến 30/06/2024";
  const mark = (name: string, top: string[]): ReportSheetMark => ({ name, top });

  it("reportSheetMark keeps the first two cells of column A as NFC text, an empty cell as \"\"", () => {
    expect(reportSheetMark("Tổng hợp", [TITLE, PERIOD, "STT"])).toEqual({ name: "Tổng hợp", top: [TITLE, PERIOD] });
    expect(reportSheetMark("Tổng hợp", [TITLE.normalize("NFD")])).toEqual({ name: "Tổng hợp", top: [TITLE, ""] });
    expect(reportSheetMark("Tổng hợp", [])).toEqual({ name: "Tổng hợp", top: ["", ""] });
  });

  it("recordedReportSheet finds a mark by name, ignoring case and Unicode composition", () => {
    const marks = [mark("Kiểm tra", ["A", "B"]), mark("Tổng hợp", [TITLE, PERIOD])];
    expect(recordedReportSheet({ reportSheets: marks }, "TỔNG HỢP")).toBe(marks[1]);
    expect(recordedReportSheet({ reportSheets: marks }, "tổng hợp".normalize("NFD"))).toBe(marks[1]);
    expect(recordedReportSheet({ reportSheets: marks }, "Tổng hợp (2)")).toBeUndefined();
    // names that only a full case mapping joins (ß -> SS) are two sheets
    expect(recordedReportSheet({ reportSheets: [mark("Straße", [TITLE, PERIOD])] }, "STRASSE")).toBeUndefined();
    expect(recordedReportSheet({}, "Tổng hợp")).toBeUndefined();
    expect(recordedReportSheet(null, "Tổng hợp")).toBeUndefined();
    expect(recordedReportSheet(undefined, "Tổng hợp")).toBeUndefined();
  });

  it("isRecordedReportSheet: the name AND the first cells must match", () => {
    const data = { reportSheets: [mark("Tổng hợp", [TITLE, PERIOD])] };
    expect(isRecordedReportSheet(data, "tổng hợp", [TITLE, PERIOD, "anything below"])).toBe(true);
    // cells as another host gives them: decomposed text
    expect(isRecordedReportSheet(data, "Tổng hợp", [TITLE.normalize("NFD"), PERIOD.normalize("NFD")])).toBe(true);
    // the title kept but the period line changed (another report), or the title changed
    expect(isRecordedReportSheet(data, "Tổng hợp", [TITLE, "Từ 01/07/2024 đến 31/12/2024"])).toBe(false);
    expect(isRecordedReportSheet(data, "Tổng hợp", ["Bảng của tôi", PERIOD])).toBe(false);
    // another name, or no data
    expect(isRecordedReportSheet(data, "Kiểm tra", [TITLE, PERIOD])).toBe(false);
    expect(isRecordedReportSheet(null, "Tổng hợp", [TITLE, PERIOD])).toBe(false);
  });

  it("a mark recorded in NFD still matches the same cells", () => {
    const data = { reportSheets: [mark("Tổng hợp", [TITLE.normalize("NFD"), PERIOD.normalize("NFD")])] };
    expect(isRecordedReportSheet(data, "Tổng hợp", [TITLE, PERIOD])).toBe(true);
  });

  it("a mark with an empty or blank title, or no cells, never matches (an empty user sheet would)", () => {
    expect(isRecordedReportSheet({ reportSheets: [mark("Tổng hợp", ["", ""])] }, "Tổng hợp", ["", ""])).toBe(false);
    expect(isRecordedReportSheet({ reportSheets: [mark("Tổng hợp", ["   ", ""])] }, "Tổng hợp", ["   ", ""])).toBe(false);
    expect(isRecordedReportSheet({ reportSheets: [mark("Tổng hợp", [])] }, "Tổng hợp", [])).toBe(false);
  });

  it("a mark with another number of cells than this version keeps does not match", () => {
    expect(isRecordedReportSheet({ reportSheets: [mark("Tổng hợp", [TITLE, PERIOD, "STT"])] }, "Tổng hợp", [TITLE, PERIOD, "STT"])).toBe(false);
    expect(isRecordedReportSheet({ reportSheets: [mark("Tổng hợp", [TITLE])] }, "Tổng hợp", [TITLE])).toBe(false);
  });
});
