/**
 * The project's own demo corpus: an invented district, "huyện Mẫu Sơn", 6 tháng đầu năm 2024.
 * Every name, unit and number here is made up. A handful of problems are planted on purpose and
 * listed in `planted` (and in samples/demo/README.md), so the demo shows each kind of finding.
 */
import {
  awardListCsv,
  countAwards,
  serialOf,
  type AwardRowA,
  type AwardRowB,
  type FigureSpecRow,
  type UnitWorkbookSpec,
} from "./samples-build";

export const DEMO_PERIOD = { from: "2024-01-01", to: "2024-06-30" };

export interface PlantedProblem {
  id: string;
  /** the rule id that should report it */
  rule: string;
  file: string;
  sheet: string;
  cell: string;
  vi: string;
  en: string;
}

const GK = "Giấy khen của Chủ tịch UBND huyện";
const BK = "Bằng khen của Chủ tịch UBND tỉnh";
const AUTHORITY = "UBND HUYỆN MẪU SƠN";
const PERIOD_UPPER = "6 THÁNG ĐẦU NĂM 2024";
const COMMUNE_SIGNATURE = (left: string, right: string) => ({
  leftTitle: "NGƯỜI LẬP BIỂU",
  rightTitle: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  leftName: left,
  rightName: right,
});

const qd = (no: number, d: string) => `QĐ số ${no}/QĐ-UBND ngày ${d}`;

/** The livestock block every commune reports, with a total row above "-" children. */
function livestock(total: number, children: [number, number, number, number], sumOfChildren = false): FigureSpecRow[] {
  const names = ["Trâu", "Bò", "Lợn", "Dê"];
  return [
    { stt: "2", indicator: "Tổng đàn gia súc", measure: "con", actual: total, sumOfChildren },
    ...children.map((n, i) => ({ stt: "-", indicator: names[i], measure: "con", actual: n })),
  ];
}

function figureRows(opts: {
  cereal: number;
  livestock: FigureSpecRow[];
  fishPlan: number;
  fishActual: number;
  fishPercent: number;
  jobsPlan: number;
  jobsActual: number;
  jobsPercent: number;
  families: number;
  visits: number;
}): FigureSpecRow[] {
  return [
    { section: "I", title: "KINH TẾ" },
    { stt: "1", indicator: "Diện tích gieo trồng cây lương thực có hạt", measure: "ha", actual: opts.cereal, format: "#,##0.0" },
    ...opts.livestock,
    { stt: "3", indicator: "Sản lượng thủy sản nuôi trồng", measure: "tấn", plan: opts.fishPlan, actual: opts.fishActual, percent: opts.fishPercent, format: "#,##0.0" },
    { section: "II", title: "VĂN HÓA - XÃ HỘI" },
    { stt: "4", indicator: "Hộ gia đình đăng ký xây dựng gia đình văn hóa", measure: "hộ", actual: opts.families },
    { stt: "5", indicator: "Giải quyết việc làm", measure: "lao động", plan: opts.jobsPlan, actual: opts.jobsActual, percent: opts.jobsPercent },
    { stt: "6", indicator: "Lượt khám bệnh tại trạm y tế", measure: "lượt", actual: opts.visits },
  ];
}

// ---------------------------------------------------------------- 01 Xã Tân Lập (layout A)

const tanLapCollectives: AwardRowA[] = [
  { name: "Công an xã Tân Lập", position: "UBND xã Tân Lập", award: GK, decision: qd(305, "10/05/2024"), note: "Chuyên đề" },
  { name: "Hội Nông dân xã Tân Lập", position: "UBND xã Tân Lập", award: GK, decision: qd(412, "03/06/2024"), note: "Đột xuất" },
];
const tanLapIndividuals: AwardRowA[] = [
  { name: "Hoàng Văn Thủy", position: "Trưởng bản Nà Lốc", award: GK, decision: qd(305, "10/05/2024"), note: "Chuyên đề" },
  { name: "Nguyễn Thị Mai Anh", position: "Công chức Văn phòng - Thống kê xã", award: GK, decision: qd(305, "10/05/2024"), note: "Chuyên đề" },
  { name: "Lò Văn Khánh", position: "Phó Chỉ huy trưởng Ban CHQS xã", award: GK, decision: qd(412, "03/06/2024"), note: "Đột xuất" },
  { name: "Vì Thị Hằng", position: "Chi hội trưởng Phụ nữ bản Co Sản", award: GK, decision: qd(198, "18/03/2024"), note: "Chuyên đề nông thôn mới" },
];

// ---------------------------------------------------------------- 02 Xã Hòa Bình (layout B, old tone placement)

const hoaBinhRows: AwardRowB[] = [
  { name: "Đoàn Thanh niên xã Hoà Bình", unit: "Xã Hoà Bình", award: GK, number: "198/QĐ-UBND", date: { serial: serialOf(2024, 3, 18) }, kind: "Tập thể", occasion: "Chuyên đề" },
  { name: "Trạm Y tế xã Hoà Bình", unit: "Xã Hoà Bình", award: BK, number: "1520/QĐ-UBND", date: { serial: serialOf(2024, 4, 25) }, kind: "Tập thể", occasion: "Chuyên đề" },
  { name: "Đinh Thị Thuỷ", unit: "Trạm Y tế xã Hoà Bình", award: BK, number: "1520/QĐ-UBND", date: { serial: serialOf(2024, 4, 25) }, kind: "Cá nhân", occasion: "Chuyên đề" },
  { name: "Phạm Văn Toàn", unit: "UBND xã Hoà Bình", award: GK, number: "305/QĐ-UBND", date: { serial: serialOf(2024, 5, 10) }, kind: "Cá nhân", occasion: "Chuyên đề" },
  // planted: June has 30 days; typed as text in the date column
  { name: "Bạc Cầm Hoà", unit: "Xã Hoà Bình", award: GK, number: "430/QĐ-UBND", date: "31/06/2024", kind: "Cá nhân", occasion: "Đột xuất" },
  { name: "Lương Thị Quý", unit: "Xã Hoà Bình", award: GK, number: "412/QĐ-UBND", date: { serial: serialOf(2024, 6, 3) }, kind: "Cá nhân", occasion: "Đột xuất" },
];

// ---------------------------------------------------------------- 03 Thị trấn Mẫu Sơn (layout A)

const thiTranCollectives: AwardRowA[] = [
  { name: "Tổ dân phố số 3", position: "UBND thị trấn Mẫu Sơn", award: GK, decision: qd(198, "18/03/2024"), note: "Chuyên đề nông thôn mới" },
  // planted: a person's name in the collective section
  { name: "Trần Thị Bích Ngọc", position: "Tổ trưởng Tổ dân phố số 5", award: GK, decision: qd(305, "10/05/2024"), note: "Chuyên đề" },
];
const thiTranIndividuals: AwardRowA[] = [
  { name: "Đặng Quốc Hưng", position: "Phó Chủ tịch UBND thị trấn", award: GK, decision: qd(305, "10/05/2024"), note: "Chuyên đề" },
  { name: "Ngô Thị Lan Hương", position: "Công chức Tư pháp - Hộ tịch", award: GK, decision: qd(412, "03/06/2024"), note: "Đột xuất" },
  { name: "Hà Văn Sơn", position: "Trưởng Công an thị trấn", award: BK, decision: "QĐ số 1520/QĐ-UBND ngày 25/04/2024", note: "Chuyên đề" },
];

// ---------------------------------------------------------------- 04 Xã Đồng Tâm (layout B, dates typed as text)

const dongTamRows: AwardRowB[] = [
  { name: "Chi bộ bản Pá Khôm", unit: "Xã Đồng Tâm", award: GK, number: "198/QĐ-UBND", date: "18/03/2024", kind: "Tập thể", occasion: "Chuyên đề" },
  { name: "Tòng Văn Phương", unit: "Xã Đồng Tâm", award: GK, number: "198/QĐ-UBND", date: "18/03/2024", kind: "Cá nhân", occasion: "Chuyên đề" },
  { name: "Lù Thị Dung", unit: "Xã Đồng Tâm", award: GK, number: "305/QĐ-UBND", date: "10/05/2024", kind: "Cá nhân", occasion: "Chuyên đề" },
  // planted: decided before the reporting period
  { name: "Quàng Văn Lợi", unit: "Xã Đồng Tâm", award: GK, number: "2950/QĐ-UBND", date: "15/12/2023", kind: "Cá nhân", occasion: "Thường xuyên" },
  { name: "Sầm Thị Nhung", unit: "Xã Đồng Tâm", award: GK, number: "412/QĐ-UBND", date: "03/06/2024", kind: "Cá nhân", occasion: "Đột xuất" },
];

// ---------------------------------------------------------------- 05 Phòng Giáo dục và Đào tạo (layout A, school year)

const LDTT = "Lao động tiên tiến";
const CSTD = "Chiến sĩ thi đua cơ sở";
const TTLDTT = "Tập thể lao động tiên tiến";
const gdNote = "Năm học 2023-2024";
const gdDecision = qd(520, "20/06/2024");
const gdCollectives: AwardRowA[] = ["Trường Mầm non Hoa Ban", "Trường Tiểu học Tân Lập", "Trường THCS Hòa Bình"].map((s) => ({
  name: s,
  position: "Phòng Giáo dục và Đào tạo",
  award: TTLDTT,
  decision: gdDecision,
  note: gdNote,
}));
const gdPeople: [string, string, string][] = [
  ["Nguyễn Thị Thu Trang", "Giáo viên Trường Mầm non Hoa Ban", LDTT],
  ["Lê Thị Hồng Nhung", "Hiệu trưởng Trường Mầm non Hoa Ban", LDTT],
  ["Lê Thị Hồng Nhung", "Hiệu trưởng Trường Mầm non Hoa Ban", CSTD],
  ["Phan Văn Đức", "Giáo viên Trường Tiểu học Tân Lập", LDTT],
  ["Bùi Thị Yến", "Giáo viên Trường Tiểu học Tân Lập", LDTT],
  ["Mai Xuân Trường", "Giáo viên Trường THCS Hòa Bình", LDTT],
  ["Mai Xuân Trường", "Giáo viên Trường THCS Hòa Bình", CSTD],
  ["Đỗ Thị Hạnh", "Nhân viên Trường THCS Hòa Bình", LDTT],
];
const gdIndividuals: AwardRowA[] = gdPeople.map(([name, position, award]) => ({ name, position, award, decision: gdDecision, note: gdNote }));

// ---------------------------------------------------------------- 06 Văn phòng HĐND và UBND huyện (CSV, layout B)

const vpRows: AwardRowB[] = [
  { name: "Văn phòng HĐND và UBND huyện", unit: "Văn phòng HĐND và UBND huyện", award: GK, number: "305/QĐ-UBND", date: "10/05/2024", kind: "Tập thể", occasion: "Chuyên đề" },
  { name: "Trịnh Minh Tuấn", unit: "Văn phòng HĐND và UBND huyện", award: GK, number: "305/QĐ-UBND", date: "10/05/2024", kind: "Cá nhân", occasion: "Chuyên đề" },
  // planted: the same person and award as in 01-xa-tan-lap.xlsx, old tone placement and lower-case "văn"
  { name: "Hoàng văn Thuỷ", unit: "UBND xã Tân Lập", award: GK, number: "305/QĐ-UBND", date: "10/05/2024", kind: "Cá nhân", occasion: "Chuyên đề" },
  // planted: a unit that is not in the district's registry
  { name: "Cao Thị Lệ", unit: "UBND xã Sơn Hà", award: GK, number: "412/QĐ-UBND", date: "03/06/2024", kind: "Cá nhân", occasion: "Đột xuất" },
  { name: "Vũ Đình Khoa", unit: "Văn phòng HĐND và UBND huyện", award: GK, number: "412/QĐ-UBND", date: "03/06/2024", kind: "Cá nhân", occasion: "Đột xuất" },
];

export function demoUnits(): UnitWorkbookSpec[] {
  const commune = (file: string, upper: string, name: string, place: string, reportNo: number, day: number) => ({
    file,
    authority: AUTHORITY,
    unitLine: `UBND ${upper}`,
    placeDate: `${place}, ngày ${day} tháng 6 năm 2024`,
    issuer: `UBND ${name}`,
    attachedTo: `(Kèm theo Báo cáo số ${reportNo}/BC-UBND ngày ${day}/6/2024 của UBND ${name})`,
    periodUpper: PERIOD_UPPER,
  });

  const tanLapAwards = { layout: "A" as const, name: "Danh sách", collectives: tanLapCollectives, individuals: tanLapIndividuals };
  const hoaBinhAwards = { layout: "B" as const, name: "DS khen thưởng", rows: hoaBinhRows };
  const thiTranAwards = { layout: "A" as const, name: "DS KT 6 tháng", collectives: thiTranCollectives, individuals: thiTranIndividuals };
  const dongTamAwards = { layout: "B" as const, name: "DS khen thưởng", rows: dongTamRows };
  const gdAwards = { layout: "A" as const, name: "DS khen thưởng năm học", collectives: gdCollectives, individuals: gdIndividuals };

  // Đồng Tâm's self-summary claims one individual more than its list has (planted)
  const dongTamSummary = countAwards(dongTamAwards).map((r) => (r.award === GK ? { ...r, individuals: r.individuals + 1 } : r));

  return [
    {
      ...commune("01-xa-tan-lap.xlsx", "XÃ TÂN LẬP", "xã Tân Lập", "Tân Lập", 45, 20),
      awards: tanLapAwards,
      figures: {
        name: "Chỉ tiêu KT-XH",
        layout: "A",
        year: 2024,
        // planted: typed total 3215, children add up to 3205
        rows: figureRows({ cereal: 412.5, livestock: livestock(3215, [820, 615, 1530, 240]), fishPlan: 20, fishActual: 9.5, fishPercent: 47.5, jobsPlan: 60, jobsActual: 27, jobsPercent: 45, families: 1180, visits: 2410 }),
      },
      summary: { name: "Tổng hợp", rows: countAwards(tanLapAwards) },
      signature: COMMUNE_SIGNATURE("Lê Văn Bình", "Hà Thị Xuân"),
    },
    {
      ...commune("02-xa-hoa-binh.xlsx", "XÃ HOÀ BÌNH", "xã Hoà Bình", "Hoà Bình", 38, 21),
      republic: "CỘNG HOÀ",
      awards: hoaBinhAwards,
      figures: {
        name: "KT-XH 6 tháng",
        layout: "B",
        year: 2024,
        rows: figureRows({ cereal: 356.8, livestock: livestock(2652, [704, 388, 1311, 249], true), fishPlan: 15, fishActual: 7.2, fishPercent: 48, jobsPlan: 45, jobsActual: 20, jobsPercent: 44.4, families: 960, visits: 1875 }),
      },
      summary: { name: "Tổng hợp", rows: countAwards(hoaBinhAwards) },
      signature: { ...COMMUNE_SIGNATURE("Lò Thị Hiền", "Cầm Văn Tiến"), rightTitle: ["TM. UỶ BAN NHÂN DÂN", "CHỦ TỊCH"] },
    },
    {
      ...commune("03-thi-tran-mau-son.xlsx", "THỊ TRẤN MẪU SƠN", "thị trấn Mẫu Sơn", "Mẫu Sơn", 52, 24),
      awards: thiTranAwards,
      figures: {
        name: "Biểu chỉ tiêu",
        layout: "A",
        year: 2024,
        // planted: jobs 32 of 80 is 40.0 %, the sheet says 48.0
        rows: figureRows({ cereal: 120.4, livestock: livestock(1046, [150, 212, 610, 74]), fishPlan: 8, fishActual: 4, fishPercent: 50, jobsPlan: 80, jobsActual: 32, jobsPercent: 48, families: 2015, visits: 3340 }),
      },
      summary: { name: "Tổng hợp", rows: countAwards(thiTranAwards) },
      signature: COMMUNE_SIGNATURE("Đinh Văn Quang", "Nguyễn Hữu Thắng"),
    },
    {
      ...commune("04-xa-dong-tam.xlsx", "XÃ ĐỒNG TÂM", "xã Đồng Tâm", "Đồng Tâm", 27, 19),
      awards: dongTamAwards,
      summary: { name: "Tổng hợp", rows: dongTamSummary },
      signature: COMMUNE_SIGNATURE("Tòng Thị Nga", "Lường Văn Chiến"),
    },
    {
      file: "05-phong-gddt.xlsx",
      authority: AUTHORITY,
      unitLine: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
      placeDate: "Mẫu Sơn, ngày 25 tháng 6 năm 2024",
      issuer: "Phòng Giáo dục và Đào tạo",
      attachedTo: "(Kèm theo Báo cáo số 61/BC-PGDĐT ngày 25/6/2024 của Phòng Giáo dục và Đào tạo)",
      periodUpper: "NĂM HỌC 2023-2024",
      awards: gdAwards,
      // planted: the "Cộng" row is typed and says 9 individuals; the rows above add up to 8
      summary: { name: "Tổng hợp", rows: countAwards(gdAwards), typedTotal: { collectives: 3, individuals: 9 } },
      signature: { leftTitle: "NGƯỜI LẬP BIỂU", rightTitle: ["TRƯỞNG PHÒNG"], leftName: "Phùng Thị Thảo", rightName: "Vương Đình Hải" },
    },
  ];
}

export function demoCsv(): { file: string; text: string } {
  return {
    file: "06-van-phong-hdnd-ubnd.csv",
    text: awardListCsv("DANH SÁCH KHEN THƯỞNG VĂN PHÒNG HĐND VÀ UBND HUYỆN MẪU SƠN 6 THÁNG ĐẦU NĂM 2024", vpRows),
  };
}

export const DEMO_REGISTRY = {
  file: "danh-muc-don-vi.xlsx",
  title: "DANH MỤC ĐƠN VỊ BÁO CÁO THI ĐUA, KHEN THƯỞNG",
  subtitle: "(Huyện Mẫu Sơn - dùng cho tổng hợp 6 tháng đầu năm 2024; số liệu giả định)",
  units: [
    { name: "Thị trấn Mẫu Sơn", type: "Thị trấn" },
    { name: "Xã Tân Lập", type: "Xã" },
    { name: "Xã Hòa Bình", type: "Xã" },
    { name: "Xã Đồng Tâm", type: "Xã" },
    { name: "Xã Phú Cường", type: "Xã" },
    { name: "Phòng Giáo dục và Đào tạo", type: "Cơ quan" },
    { name: "Văn phòng HĐND và UBND huyện", type: "Cơ quan" },
    { name: "Phòng Nội vụ", type: "Cơ quan" },
  ],
};

export const DEMO_PLANTED: PlantedProblem[] = [
  { id: "D01", rule: "total-mismatch", file: "01-xa-tan-lap.xlsx", sheet: "Chỉ tiêu KT-XH", cell: "E11", vi: "Tổng đàn gia súc ghi 3.215 nhưng Trâu + Bò + Lợn + Dê = 3.205.", en: "Livestock total says 3,215 but its children add up to 3,205." },
  { id: "D02", rule: "date-invalid", file: "02-xa-hoa-binh.xlsx", sheet: "DS khen thưởng", cell: "F13", vi: "Ngày quyết định 31/06/2024 không tồn tại (tháng 6 có 30 ngày).", en: "Decision date 31/06/2024 does not exist (June has 30 days)." },
  { id: "D03", rule: "recipient-kind-mismatch", file: "03-thi-tran-mau-son.xlsx", sheet: "DS KT 6 tháng", cell: "B11", vi: 'Tên cá nhân "Trần Thị Bích Ngọc" nằm trong mục A. TẬP THỂ.', en: 'A person\'s name, "Trần Thị Bích Ngọc", in the collective section.' },
  { id: "D04", rule: "percent-mismatch", file: "03-thi-tran-mau-son.xlsx", sheet: "Biểu chỉ tiêu", cell: "F19", vi: "Giải quyết việc làm: KH 80, TH 32 => 40,0% nhưng ô ghi 48,0.", en: "Jobs: plan 80, actual 32 => 40.0% but the cell says 48.0." },
  { id: "D05", rule: "date-out-of-period", file: "04-xa-dong-tam.xlsx", sheet: "DS khen thưởng", cell: "F12", vi: "Quyết định ngày 15/12/2023, ngoài kỳ báo cáo 01/01/2024 - 30/06/2024.", en: "Decision dated 15/12/2023, before the reporting period." },
  { id: "D06", rule: "summary-mismatch", file: "04-xa-dong-tam.xlsx", sheet: "Tổng hợp", cell: "D8", vi: "Tổng hợp ghi 5 cá nhân được Giấy khen của Chủ tịch UBND huyện, danh sách chỉ có 4.", en: "The self-summary says 5 individuals, the list has 4." },
  { id: "D07", rule: "total-mismatch", file: "05-phong-gddt.xlsx", sheet: "Tổng hợp", cell: "D11", vi: 'Dòng "Cộng" gõ tay ghi 9 cá nhân, các dòng trên cộng lại là 8.', en: 'The typed "Cộng" row says 9 individuals; the rows above add up to 8.' },
  { id: "D08", rule: "award-duplicate", file: "06-van-phong-hdnd-ubnd.csv", sheet: "06-van-phong-hdnd-ubnd", cell: "B6", vi: '"Hoàng văn Thuỷ" trùng với "Hoàng Văn Thủy" của xã Tân Lập (cùng Giấy khen, QĐ 305/QĐ-UBND); khác kiểu bỏ dấu và chữ hoa.', en: 'Same person and award as "Hoàng Văn Thủy" in 01-xa-tan-lap.xlsx; differs only in tone placement and case.' },
  { id: "D09", rule: "unit-unknown", file: "06-van-phong-hdnd-ubnd.csv", sheet: "06-van-phong-hdnd-ubnd", cell: "C7", vi: 'Đơn vị "UBND xã Sơn Hà" không có trong danh mục đơn vị.', en: 'Unit "UBND xã Sơn Hà" is not in the registry.' },
];
