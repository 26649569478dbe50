/** Command-line arguments of `tdkt`: parsed strictly, so a typo is a usage error (exit 2). */

export interface CliArgs {
  command: "check" | "consolidate" | "annotate" | "resubmit" | "help";
  paths: string[];
  period?: { from: string; to: string };
  units?: string;
  json: boolean;
  lang: "vi" | "en";
  out?: string;
  force: boolean;
  ratio?: number;
  /** decision number -> campaign name, for decisions no file names ("398/QĐ-UBND=Phòng, chống dịch Covid-19") */
  campaigns: Record<string, string>;
  /** the user's decisions on unsettled award names: JSON, or a two-column .xlsx/.csv (docs/catalogue.md) */
  awardMap?: string;
  /** a province's own titles and honours: a JSON array of entries shaped like the built-in data */
  catalogue?: string;
  /** which misspelt award names count under their suggestion (see AWARD_POLICY) */
  suggestions?: "none" | "slips" | "all";
  /** rule code -> severity or "off" (docs/rules.md lists the codes) */
  severities: Record<string, "error" | "warning" | "info" | "off">;
}

export class UsageError extends Error {}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") return { command: "help", paths: [], json: false, lang: "vi", force: false, campaigns: {}, severities: {} };
  if (command !== "check" && command !== "consolidate" && command !== "annotate" && command !== "resubmit") throw new UsageError(`unknown command "${command}"`);
  const args: CliArgs = { command, paths: [], json: false, lang: "vi", force: false, campaigns: {}, severities: {} };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case "--json":
        args.json = true;
        break;
      case "--force":
        args.force = true;
        break;
      case "--lang": {
        const v = value();
        if (v !== "vi" && v !== "en") throw new UsageError(`--lang must be vi or en, not "${v}"`);
        args.lang = v;
        break;
      }
      case "--period": {
        const v = value();
        const [from, to] = v.split("..");
        if (!ISO.test(from ?? "") || !ISO.test(to ?? "") || from > to) throw new UsageError(`--period must be YYYY-MM-DD..YYYY-MM-DD, not "${v}"`);
        args.period = { from, to };
        break;
      }
      case "--campaign": {
        const v = value();
        const eq = v.indexOf("=");
        if (eq <= 0 || eq === v.length - 1) throw new UsageError(`--campaign must be <decision number>=<campaign name>, not "${v}"`);
        args.campaigns[v.slice(0, eq).trim()] = v.slice(eq + 1).trim();
        break;
      }
      case "--units":
        args.units = value();
        break;
      case "--award-map":
        args.awardMap = value();
        break;
      case "--catalogue":
        args.catalogue = value();
        break;
      case "--suggestions": {
        const v = value();
        if (v !== "none" && v !== "slips" && v !== "all") throw new UsageError(`--suggestions must be none, slips or all, not "${v}"`);
        args.suggestions = v;
        break;
      }
      case "--out":
        args.out = value();
        break;
      case "--severity": {
        const v = value();
        const m = /^([a-z][a-z-]*)=(error|warning|info|off)$/.exec(v.trim());
        if (!m) throw new UsageError(`--severity must be <rule code>=error|warning|info|off, not "${v}"`);
        args.severities[m[1]] = m[2] as CliArgs["severities"][string];
        break;
      }
      case "--ratio": {
        const v = Number(value());
        if (!(v > 0 && v <= 1)) throw new UsageError("--ratio must be a fraction between 0 and 1 (e.g. 0.15)");
        args.ratio = v;
        break;
      }
      default:
        if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
        args.paths.push(a);
    }
  }
  if (args.paths.length === 0) throw new UsageError("give at least one file or folder");
  if (command === "consolidate" && !args.out) throw new UsageError("consolidate needs --out <file.xlsx>");
  if (command === "annotate" && !args.out) throw new UsageError("annotate needs --out <folder> (the unit files are never changed)");
  if (command === "resubmit" && (!args.out || args.paths.length < 2)) throw new UsageError("resubmit needs <report.xlsx> <new-unit-file>... --out <new-report.xlsx>");
  return args;
}

export const USAGE = `Tổng hợp TĐKT — kiểm tra và tổng hợp bảng tính thi đua, khen thưởng

Cách dùng / usage:
  npm run --silent tdkt -- check <tệp-hoặc-thư-mục>... [--period YYYY-MM-DD..YYYY-MM-DD] [--units <danh-mục.xlsx>] [--json] [--lang vi|en]
  npm run --silent tdkt -- consolidate <tệp-hoặc-thư-mục>... --out <báo-cáo.xlsx> [--period ..] [--units ..] [--campaign "<số QĐ>=<tên đợt>"]... [--json] [--force] [--lang vi|en]
  npm run --silent tdkt -- annotate <tệp-hoặc-thư-mục>... --out <thư-mục> [--period ..] [--units ..] [--json] [--force] [--lang vi|en]
      bản sao tệp của đơn vị có đánh dấu ô lỗi và ghi chú, để gửi lại đơn vị / marked copies to send back to units
  npm run --silent tdkt -- resubmit <báo-cáo.xlsx> <tệp-mới-của-đơn-vị>... --out <báo-cáo-mới.xlsx> [--period ..] [--campaign ..]... [--json] [--force] [--lang vi|en]
      thay phần của đơn vị gửi lại, tổng hợp lại, in thay đổi / replace a unit's part, re-run, print what changed

Tùy chọn chung / common options:
  --severity <mã>=error|warning|info|off   đổi mức độ hoặc tắt một quy tắc (docs/rules.md) / change or disable a rule
  --award-map <tệp.json|.xlsx|.csv>        tên như trong tệp -> mã danh mục hoặc "không tính" / award name as written -> catalogue id or "không tính"
  --suggestions none|slips|all             tên sai chính tả tính theo gợi ý nào (mặc định all) / which misspellings count as suggested (default all)
  --catalogue <tệp.json>                   danh hiệu riêng của tỉnh (docs/catalogue.md) / a province's own titles
  --ratio 0.15                             tỷ lệ CSTĐCS tối đa so với LĐTT / CSTĐCS cap as a share of LĐTT

Mã thoát / exit codes: 0 không có lỗi (no error), 1 có lỗi (errors found), 2 sai cú pháp (usage error)`;
