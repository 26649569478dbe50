/**
 * A unit's contribution as remembered in the report (src/core/submissions/contributions.ts): the file
 * name without its folder, the records in the canonical form the content hash is taken over (the
 * file's own name left out, so a renamed copy hashes the same), the date of receipt, the hash.
 */
import type { AwardRecord } from "../../../src/core/model";
import type { ParsedFile } from "../../../src/core/rules/rule";
import { canonicalRecords, contributionOf, fileNameOf, isoToday, sha256Hex } from "../../../src/core/submissions/contributions";

const GK = "Giấy khen của Chủ tịch UBND huyện";

function award(file: string, row: number, name: string): AwardRecord {
  return {
    ref: { file, sheet: "Danh sách", cell: `B${row}`, row },
    name,
    kind: "individual",
    kindSource: "section",
    awardText: GK,
    cells: { name: `B${row}`, award: `D${row}` },
  };
}

function parsed(file: string, sender: string | undefined, names: [number, string][]): ParsedFile {
  return {
    file,
    ledger: { file, sender, sheets: [] },
    sheets: [
      {
        file,
        sheet: "Danh sách",
        kind: "awards",
        awards: names.map(([row, name]) => award(file, row, name)),
        figures: [
          {
            ref: { file, sheet: "Danh sách", cell: "B30", row: 30 },
            section: "I. KINH TẾ",
            stt: "1",
            indicator: "Trồng rừng",
            measure: "ha",
            plan: 10,
            actual: 8,
            percent: 80,
            cells: { indicator: "B30" },
          },
        ],
        summaries: [{ ref: { file, sheet: "Danh sách", cell: "B40", row: 40 }, awardText: GK, collectives: null, individuals: 1, isTotal: false, cells: { award: "B40" } }],
        findings: [],
      },
    ],
    findings: [],
  };
}

describe("fileNameOf", () => {
  it("drops the folder of a / or a \\ path, and keeps a bare name", () => {
    expect(fileNameOf("../samples/02-xa.xlsx")).toBe("02-xa.xlsx");
    expect(fileNameOf("C:\\Báo cáo\\xa quai cang.xlsx")).toBe("xa quai cang.xlsx");
    expect(fileNameOf("a/b\\c.xlsx")).toBe("c.xlsx");
    expect(fileNameOf("xa.xlsx")).toBe("xa.xlsx");
  });
});

describe("canonicalRecords", () => {
  it("keeps each sheet's records with their sheet, cell and row, and leaves the file name out", () => {
    const p = parsed("thu-muc/xa.xlsx", "Xã Quài Cang", [[10, "Lò Văn Thủy"]]);
    const [sheet] = JSON.parse(canonicalRecords(p)) as Record<string, unknown>[];
    const { ref: _awardRef, ...awardRest } = p.sheets[0].awards[0];
    const { ref: _figureRef, ...figureRest } = p.sheets[0].figures[0];
    const { ref: _summaryRef, ...summaryRest } = p.sheets[0].summaries[0];
    expect(sheet).toEqual({
      sheet: "Danh sách",
      kind: "awards",
      awards: [{ ...awardRest, ref: { sheet: "Danh sách", cell: "B10", row: 10 } }],
      figures: [{ ...figureRest, ref: { sheet: "Danh sách", cell: "B30", row: 30 } }],
      summaries: [{ ...summaryRest, ref: { sheet: "Danh sách", cell: "B40", row: 40 } }],
      findings: [],
    });
  });

  it("the same records in a renamed file are the same; another name or another row is not", () => {
    const a = canonicalRecords(parsed("xa.xlsx", "Xã A", [[10, "Lò Văn Thủy"]]));
    expect(canonicalRecords(parsed("xa (gửi lại).xlsx", "Xã A", [[10, "Lò Văn Thủy"]]))).toBe(a);
    expect(canonicalRecords(parsed("xa.xlsx", "Xã A", [[10, "Lò Văn Thủ"]]))).not.toBe(a);
    expect(canonicalRecords(parsed("xa.xlsx", "Xã A", [[11, "Lò Văn Thủy"]]))).not.toBe(a);
  });
});

describe("isoToday and sha256Hex", () => {
  it("today as yyyy-mm-dd in local time, month and day on two digits", () => {
    expect(isoToday(new Date(2021, 0, 5, 23, 59))).toBe("2021-01-05");
    expect(isoToday(new Date(2024, 11, 31, 0, 0))).toBe("2024-12-31");
    expect(isoToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("SHA-256 in lowercase hex, every byte on two digits (the FIPS 180-2 test vector)", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("contributionOf", () => {
  it("the sender from the ledger, the bare file name, the hash of the canonical records, the day received", async () => {
    const p = parsed("../thu-muc/xa.xlsx", "Xã Quài Cang", [[10, "Lò Văn Thủy"]]);
    expect(await contributionOf(p, "2021-06-28")).toEqual({
      sender: "Xã Quài Cang",
      fileName: "xa.xlsx",
      hash: await sha256Hex(canonicalRecords(p)),
      receivedOn: "2021-06-28",
      parsed: p,
    });
  });

  it("no sender key when the file names none, or when it is the workbook's own sheets (anonymous)", async () => {
    const none = await contributionOf(parsed("xa.xlsx", undefined, []), "2021-06-28");
    expect("sender" in none).toBe(false);
    const own = await contributionOf(parsed("xa.xlsx", "Xã Quài Cang", []), "2021-06-28", { anonymous: true });
    expect("sender" in own).toBe(false);
    expect(own.fileName).toBe("xa.xlsx");
  });
});
