/**
 * A large synthetic corpus for the benchmarks: N unit workbooks × M award rows (+ a figures sheet
 * and a "Tổng hợp" summary each), in the same styles as the real corpus, from a seeded PRNG so every
 * run writes the same content. Default folder bench/corpus/ (git-ignored).
 *
 *   npx tsx bench/corpus.ts [dir] [files] [rows]
 */
import * as fs from "fs";
import * as path from "path";
import {
  buildUnitWorkbook,
  countAwards,
  serialOf,
  serialToDmy,
  workbookBytes,
  type AwardRowA,
  type AwardRowB,
  type FigureSpecRow,
  type UnitWorkbookSpec,
} from "../scripts/samples-build";

export const DEFAULT_CORPUS_DIR = path.resolve(__dirname, "corpus");

/** mulberry32: tiny, fast, good enough for fixtures; the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Lò", "Lường", "Quàng", "Cầm", "Tòng", "Vì", "Điêu", "Hà", "Sùng", "Giàng"];
const MIDDLE = ["Văn", "Thị", "Minh", "Hữu", "Thị Thu", "Văn Đức", "Thị Hồng", "Quang", "Ngọc", "Xuân"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Hạnh", "Hòa", "Hùng", "Khánh", "Lan", "Linh", "Mai", "Nam", "Nga", "Phương", "Quý", "Sơn", "Thủy", "Trang", "Tuấn", "Yến"];
const POSITIONS = ["Giáo viên", "Cán bộ", "Công chức Văn phòng - Thống kê", "Trưởng bản", "Hội viên Hội Nông dân", "Dân quân", "Nhân viên y tế", "Phó Chủ tịch UBND"];
const COLLECTIVES = ["Tổ dân phố", "Chi hội Phụ nữ bản", "Tổ bầu cử số", "Trường Tiểu học số", "Đội dân quân bản"];
/** Awards for individuals, with weights; a CSTĐCS always comes with the person's LĐTT row (NĐ 91/2017). */
const AWARDS: [string, number][] = [
  ["Giấy khen của Chủ tịch UBND huyện", 0.5],
  ["Lao động tiên tiến", 0.41],
  ["Chiến sĩ thi đua cơ sở", 0.05],
  ["Bằng khen của Chủ tịch UBND tỉnh", 0.04],
];
const OCCASIONS = ["Thường xuyên", "Chuyên đề", "Đột xuất"] as const;

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

function pickAward(rnd: () => number): string {
  let x = rnd();
  for (const [a, w] of AWARDS) if ((x -= w) <= 0) return a;
  return AWARDS[0][0];
}

/**
 * The k-th distinct person name of a unit: 20 × 10 × 20 = 4,000 names before any repeats, so a
 * realistic list has no accidental duplicates (the duplicate rule would otherwise fire thousands
 * of times and the benchmark would time issue formatting, not checking).
 */
function personName(rnd: () => number, k?: number): string {
  if (k === undefined) return `${pick(rnd, FAMILY)} ${pick(rnd, MIDDLE)} ${pick(rnd, GIVEN)}`;
  return `${FAMILY[k % FAMILY.length]} ${MIDDLE[Math.floor(k / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(k / (FAMILY.length * MIDDLE.length)) % GIVEN.length]}`;
}

interface Pick {
  name: string;
  award: string;
  occasion: (typeof OCCASIONS)[number];
  collective: boolean;
}

/** `rows` award rows: collectives first (unique names), then individuals; CSTĐCS rows follow their LĐTT row. */
function awardPicks(rnd: () => number, rows: number, collectiveCount: number): Pick[] {
  const out: Pick[] = [];
  for (let k = 0; k < collectiveCount; k++)
    out.push({ name: `${COLLECTIVES[k % COLLECTIVES.length]} ${Math.floor(k / COLLECTIVES.length) + 1}`, award: "Tập thể lao động tiên tiến", occasion: "Thường xuyên", collective: true });
  let person = 0;
  while (out.length < rows) {
    const name = personName(rnd, person++);
    const award = pickAward(rnd);
    if (award === "Chiến sĩ thi đua cơ sở" && out.length + 2 <= rows) {
      out.push({ name, award: "Lao động tiên tiến", occasion: "Thường xuyên", collective: false });
      out.push({ name, award, occasion: "Thường xuyên", collective: false });
    } else if (award !== "Chiến sĩ thi đua cơ sở") {
      const regular = award === "Lao động tiên tiến";
      out.push({ name, award, occasion: regular ? "Thường xuyên" : pick(rnd, OCCASIONS), collective: false });
    }
  }
  return out;
}

function decision(rnd: () => number): { number: string; serial: number } {
  const month = 1 + Math.floor(rnd() * 6);
  const day = 1 + Math.floor(rnd() * 28);
  return { number: `${100 + Math.floor(rnd() * 900)}/QĐ-UBND`, serial: serialOf(2024, month, day) };
}

function figures(rnd: () => number): FigureSpecRow[] {
  const kids = [0, 0, 0, 0].map(() => 100 + Math.floor(rnd() * 2000)) as [number, number, number, number];
  const plan = 50 + Math.floor(rnd() * 100);
  const actual = Math.floor(plan * (0.3 + rnd() * 0.5));
  return [
    { section: "I", title: "KINH TẾ" },
    { stt: "1", indicator: "Diện tích gieo trồng cây lương thực có hạt", measure: "ha", actual: Math.round(rnd() * 5000) / 10, format: "#,##0.0" },
    { stt: "2", indicator: "Tổng đàn gia súc", measure: "con", actual: kids.reduce((a, b) => a + b, 0), sumOfChildren: true },
    ...["Trâu", "Bò", "Lợn", "Dê"].map((n, i) => ({ stt: "-", indicator: n, measure: "con", actual: kids[i] })),
    { section: "II", title: "VĂN HÓA - XÃ HỘI" },
    { stt: "3", indicator: "Giải quyết việc làm", measure: "lao động", plan, actual, percent: Math.round((actual / plan) * 1000) / 10 },
    { stt: "4", indicator: "Lượt khám bệnh tại trạm y tế", measure: "lượt", actual: Math.floor(rnd() * 5000) },
  ];
}

/** The spec of unit number i (0-based): layouts alternate A / B, figures alternate A / B. */
export function corpusUnit(i: number, rows: number, seed = 2024): UnitWorkbookSpec {
  const rnd = seededRandom(seed * 1000 + i);
  const n = String(i + 1).padStart(2, "0");
  const unitName = `Đơn vị mẫu số ${n}`;
  const collectiveCount = Math.max(1, Math.round(rows * 0.1));
  const spec: UnitWorkbookSpec = {
    file: `${n}-don-vi-mau.xlsx`,
    authority: "UBND HUYỆN MẪU SƠN",
    unitLine: `UBND ${unitName.toUpperCase()}`,
    placeDate: "Mẫu Sơn, ngày 25 tháng 6 năm 2024",
    issuer: `UBND ${unitName}`,
    attachedTo: `(Kèm theo Báo cáo số ${i + 10}/BC-UBND ngày 25/6/2024 của UBND ${unitName})`,
    periodUpper: "6 THÁNG ĐẦU NĂM 2024",
    signature: { leftTitle: "NGƯỜI LẬP BIỂU", rightTitle: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], leftName: personName(rnd), rightName: personName(rnd) },
    figures: { name: "Chỉ tiêu KT-XH", layout: i % 2 === 0 ? "A" : "B", year: 2024, rows: figures(rnd) },
  };
  const picks = awardPicks(rnd, rows, collectiveCount);
  if (i % 2 === 0) {
    const row = (p: Pick): AwardRowA => {
      const d = decision(rnd);
      return {
        name: p.name,
        position: `${pick(rnd, POSITIONS)} ${unitName}`,
        award: p.award,
        decision: `QĐ số ${d.number} ngày ${serialToDmy(d.serial)}`,
        note: p.occasion,
      };
    };
    spec.awards = {
      layout: "A",
      name: "Danh sách",
      collectives: picks.filter((p) => p.collective).map(row),
      individuals: picks.filter((p) => !p.collective).map(row),
    };
  } else {
    spec.awards = {
      layout: "B",
      name: "DS khen thưởng",
      rows: picks.map((p): AwardRowB => {
        const d = decision(rnd);
        return {
          name: p.name,
          unit: unitName,
          award: p.award,
          number: d.number,
          // every third unit types dates as text, as many real files do
          date: i % 3 === 1 ? serialToDmy(d.serial) : { serial: d.serial },
          kind: p.collective ? "Tập thể" : "Cá nhân",
          occasion: p.occasion,
        };
      }),
    };
  }
  spec.summary = { name: "Tổng hợp", rows: countAwards(spec.awards) };
  return spec;
}

export async function makeCorpus(
  dir: string = DEFAULT_CORPUS_DIR,
  opts: { files?: number; rows?: number; seed?: number } = {},
): Promise<string[]> {
  const files = opts.files ?? 60;
  const rows = opts.rows ?? 3000;
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < files; i++) {
    const spec = corpusUnit(i, rows, opts.seed);
    const file = path.join(dir, spec.file);
    fs.writeFileSync(file, await workbookBytes(buildUnitWorkbook(spec)));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const [dir, files, rows] = process.argv.slice(2);
  const t0 = Date.now();
  makeCorpus(dir ? path.resolve(dir) : DEFAULT_CORPUS_DIR, { files: files ? Number(files) : undefined, rows: rows ? Number(rows) : undefined }).then(
    (written) => console.log(`${written.length} workbooks written to ${path.dirname(written[0] ?? dir ?? DEFAULT_CORPUS_DIR)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
