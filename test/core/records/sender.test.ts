/**
 * The sender in two steps (src/core/records/sender.ts): a file's records are made before the
 * registry is known, with the title blocks that may name its sender; attachSender then writes the
 * sender into the ledger and the records. Reading in one step (readFile) and in two must agree.
 */
import { type Cell, gridFromRows, type Grid } from "../../../src/core/grid";
import { readFile, readFileRecords } from "../../../src/core/records/readFile";
import { attachSender, senderOf } from "../../../src/core/records/sender";

type Row = (string | number | null | Cell)[];
const grid = (sheet: string, rows: Row[]): Grid => gridFromRows(rows, { sheet });
const HEADER: Row = ["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"];
const ROWS: Row[] = [
  [1, "Nguyễn Văn An", "Lao động tiên tiến", "1/QĐ"],
  [2, "Lò Thị Mai", "Lao động tiên tiến", "1/QĐ"],
];
const senders = (r: ReturnType<typeof readFile>) => r.parsed.sheets.flatMap((s) => [...s.awards, ...s.figures, ...s.summaries].map((x) => x.sender));

describe("records first, the sender once the registry is known", () => {
  const file = { file: "in/01.xlsx", grids: [grid("DS", [["UBND XÃ TÂN LẬP"], ["DANH SÁCH KHEN THƯỞNG"], HEADER, ...ROWS])] };

  test("the records come without a sender; attaching it with the registry names the registry's unit everywhere", () => {
    const read = readFileRecords(file);
    expect(read.ledger.sender).toBeUndefined();
    expect(senders(read)).toEqual([undefined, undefined]);
    const registry = [{ name: "UBND xã Tân Lập" }];
    const done = attachSender(read, registry);
    expect(done.ledger).toMatchObject({ sender: "UBND xã Tân Lập", senderSource: "title" });
    expect(senders(done)).toEqual(["UBND xã Tân Lập", "UBND xã Tân Lập"]);
    // the same as reading in one step, and no clue left in what later steps take
    expect(done).toEqual(readFile(file, registry));
    expect(done).not.toHaveProperty("senderClues");
  });

  test("without a registry the title's own wording is the sender", () => {
    const done = attachSender(readFileRecords(file), []);
    expect(done.ledger).toMatchObject({ sender: "Xã Tân Lập", senderSource: "title" });
    expect(senders(done)).toEqual(["Xã Tân Lập", "Xã Tân Lập"]);
  });

  test("a title-less list is named by its file name, and only by a registry unit", () => {
    const csv = { file: "in/ma14-xa-tan-lap.csv", grids: [grid("ma14-xa-tan-lap", [HEADER, ...ROWS])] };
    expect(attachSender(readFileRecords(csv), [{ name: "Xã Tân Lập" }]).ledger).toMatchObject({ sender: "Xã Tân Lập", senderSource: "file-name" });
    const nobody = attachSender(readFileRecords(csv), []);
    expect(nobody.ledger.sender).toBeUndefined();
    expect(nobody.ledger.senderSource).toBeUndefined();
    expect(senders(nobody)).toEqual([undefined, undefined]);
  });

  test("a cross-table's columns keep the units they name; the file's sender does not overwrite them", () => {
    const figures = grid("BC", [["UBND HUYỆN TUẦN GIÁO"], ["STT", "Chỉ tiêu", "ĐVT", "Xã A", "Xã B"], [1, "Lúa", "ha", 1, 2]]);
    const done = attachSender(readFileRecords({ file: "in/bc.xlsx", grids: [figures] }), []);
    expect(done.ledger.sender).toBe("Huyện Tuần Giáo");
    expect(senders(done)).toEqual(["Xã A", "Xã B"]);
  });
});

describe("the clues: what is kept of a file's title blocks", () => {
  test("a second table's title block holds the text above it; a labelled line is seen only by the tables below it", () => {
    // figures, then an award list under its own labelled line
    const rows: Row[] = [["BÁO CÁO"], ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], [1, "Lúa", "ha", 1, 2], [], ["Đơn vị: Xã Hồng Phong"], HEADER, ...ROWS];
    const read = readFileRecords({ file: "in/02.xlsx", grids: [grid("DS", rows)] });
    const [sheet] = read.senderClues;
    expect(sheet.tables.map((t) => t.headerTop)).toEqual([1, 5]);
    // the cells are those above the lowest header, read once
    expect(Math.max(...sheet.cells.map((c) => c.row))).toBe(4);
    expect(sheet.cells.map((c) => c.text)).toContain("Đơn vị: Xã Hồng Phong");
    // the first table's block names nobody; the second's labelled line does
    expect(senderOf("in/02.xlsx", read.senderClues, [{ name: "Xã Hồng Phong" }])).toEqual({ sender: "Xã Hồng Phong", source: "label" });
    // a labelled line is only seen by the tables below it
    const first = { ...sheet, tables: sheet.tables.slice(0, 1) };
    expect(senderOf("in/02.xlsx", [first], [{ name: "Xã Hồng Phong" }])).toBeUndefined();
  });

  test("no clue from an instruction sheet, a registry table or an example table", () => {
    const instructions = grid("Hướng dẫn", [["UBND XÃ TÂN LẬP"], HEADER, ...ROWS]);
    const registry = grid("Don vi", [["UBND XÃ TÂN LẬP"], ["STT", "Tên đơn vị", "Loại"], [1, "Xã Hồng Phong", "Xã"]]);
    const example = grid("Mau", [["UBND XÃ TÂN LẬP"], ["HƯỚNG DẪN NHẬP"], HEADER, ["(1)", "(2)", "(3)", "(4)"], ...ROWS]);
    for (const g of [instructions, registry, example]) expect(readFileRecords({ file: "x.xlsx", grids: [g] }).senderClues).toEqual([]);
    const data = grid("DS", [["UBND XÃ TÂN LẬP"], HEADER, ...ROWS]);
    const read = readFileRecords({ file: "x.xlsx", grids: [instructions, data] });
    expect(read.senderClues).toEqual([{ cells: [{ row: 0, col: 0, text: "UBND XÃ TÂN LẬP" }], tables: [{ headerTop: 1, firstCol: 0, lastCol: 3 }] }]);
  });

  test("an unreadable file and our own report give no clue and no sender", () => {
    const broken = readFileRecords({ file: "x.xlsx", grids: [], error: { kind: "tdkt-error", code: "file-unreadable", id: "read.corrupt", params: {}, location: {}, message: { vi: "hỏng", en: "broken" } } });
    expect(broken.senderClues).toEqual([]);
    expect(attachSender(broken, [{ name: "Xã Tân Lập" }]).ledger.sender).toBeUndefined();
  });
});
