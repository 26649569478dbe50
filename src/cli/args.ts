/**
 * Command-line arguments of `tdkt`: parsed strictly, so a typo is a usage error (exit 2). The
 * language is Vietnamese unless `--lang en` is given or the locale (LC_ALL, LC_MESSAGES, LANG) is
 * English; usage errors and `--help` speak it.
 */

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
  /** print the stack of an unexpected failure (otherwise one line) */
  debug: boolean;
}

type Lang = "vi" | "en";
type Text = { vi: string; en: string };

/** A usage error in both languages (a plain string is the same in both); `message` is the one of the language asked for. */
export class UsageError extends Error {
  readonly text: Text;
  constructor(text: Text | string, lang: Lang = "vi") {
    const both = typeof text === "string" ? { vi: text, en: text } : text;
    super(both[lang]);
    this.text = both;
  }
}

/** The language of the messages: `--lang` when given, else English for an English locale, else Vietnamese. */
export function cliLang(argv: string[], env: Record<string, string | undefined> = {}): Lang {
  const at = argv.indexOf("--lang");
  if (at >= 0 && (argv[at + 1] === "vi" || argv[at + 1] === "en")) return argv[at + 1] as Lang;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "vi";
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseArgs(argv: string[], env: Record<string, string | undefined> = {}): CliArgs {
  const [command, ...rest] = argv;
  const lang = cliLang(argv, env);
  const fail = (vi: string, en: string): never => {
    throw new UsageError({ vi, en }, lang);
  };
  const base = { paths: [], json: false, lang, force: false, campaigns: {}, severities: {}, debug: argv.includes("--debug") };
  if (!command || command === "help" || command === "--help" || command === "-h" || rest.includes("--help") || rest.includes("-h")) return { command: "help", ...base };
  if (command !== "check" && command !== "consolidate" && command !== "annotate" && command !== "resubmit")
    fail(`không có lệnh "${command}" (dùng check, consolidate, annotate hoặc resubmit)`, `unknown command "${command}" (use check, consolidate, annotate or resubmit)`);
  const args: CliArgs = { command: command as CliArgs["command"], ...base };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) fail(`${a} cần một giá trị`, `${a} needs a value`);
      return v;
    };
    switch (a) {
      case "--json":
        args.json = true;
        break;
      case "--force":
        args.force = true;
        break;
      case "--debug":
        args.debug = true;
        break;
      case "--lang": {
        const v = value();
        if (v !== "vi" && v !== "en") fail(`--lang phải là vi hoặc en, không phải "${v}"`, `--lang must be vi or en, not "${v}"`);
        args.lang = v as Lang;
        break;
      }
      case "--period": {
        const v = value();
        const [from, to] = v.split("..");
        if (!ISO.test(from ?? "") || !ISO.test(to ?? "") || from > to) fail(`--period phải có dạng YYYY-MM-DD..YYYY-MM-DD, không phải "${v}"`, `--period must be YYYY-MM-DD..YYYY-MM-DD, not "${v}"`);
        args.period = { from, to };
        break;
      }
      case "--campaign": {
        const v = value();
        const eq = v.indexOf("=");
        if (eq <= 0 || eq === v.length - 1) fail(`--campaign phải có dạng <số quyết định>=<tên đợt>, không phải "${v}"`, `--campaign must be <decision number>=<campaign name>, not "${v}"`);
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
        if (v !== "none" && v !== "slips" && v !== "all") return fail(`--suggestions phải là none, slips hoặc all, không phải "${v}"`, `--suggestions must be none, slips or all, not "${v}"`);
        args.suggestions = v;
        break;
      }
      case "--out":
        args.out = value();
        break;
      case "--severity": {
        const v = value();
        const m = /^([a-z][a-z-]*)=(error|warning|info|off)$/.exec(v.trim());
        if (!m) fail(`--severity phải có dạng <mã quy tắc>=error|warning|info|off, không phải "${v}"`, `--severity must be <rule code>=error|warning|info|off, not "${v}"`);
        args.severities[m![1]] = m![2] as CliArgs["severities"][string];
        break;
      }
      case "--ratio": {
        const v = Number(value());
        if (!(v > 0 && v <= 1)) fail("--ratio phải là một tỷ lệ từ 0 đến 1 (ví dụ 0.15)", "--ratio must be a fraction between 0 and 1 (e.g. 0.15)");
        args.ratio = v;
        break;
      }
      default:
        if (a.startsWith("--")) fail(`không có tùy chọn ${a} (xem tdkt --help)`, `unknown option ${a} (see tdkt --help)`);
        args.paths.push(a);
    }
  }
  if (args.paths.length === 0) fail("hãy chỉ ra ít nhất một tệp hoặc thư mục", "give at least one file or folder");
  if (command === "consolidate" && !args.out) fail("consolidate cần --out <tệp.xlsx>", "consolidate needs --out <file.xlsx>");
  if (command === "annotate" && !args.out) fail("annotate cần --out <thư mục> (tệp của đơn vị không bao giờ bị sửa)", "annotate needs --out <folder> (the unit files are never changed)");
  if (command === "resubmit" && (!args.out || args.paths.length < 2)) fail("resubmit cần <báo-cáo.xlsx> <tệp-mới-của-đơn-vị>... --out <báo-cáo-mới.xlsx>", "resubmit needs <report.xlsx> <new-unit-file>... --out <new-report.xlsx>");
  return args;
}

const USAGE_VI = `Tổng hợp TĐKT — kiểm tra và tổng hợp bảng tính thi đua, khen thưởng

Cách dùng:
  npm run --silent tdkt -- check <tệp-hoặc-thư-mục>... [--period YYYY-MM-DD..YYYY-MM-DD] [--units <danh-mục.xlsx>] [--json]
      kiểm tra các tệp của đơn vị, in các vấn đề theo đơn vị và mức độ
  npm run --silent tdkt -- consolidate <tệp-hoặc-thư-mục>... --out <báo-cáo.xlsx> [--period ..] [--units ..] [--campaign "<số QĐ>=<tên đợt>"]... [--json] [--force]
      kiểm tra rồi ghi báo cáo tổng hợp
  npm run --silent tdkt -- annotate <tệp-hoặc-thư-mục>... --out <thư-mục> [--period ..] [--units ..] [--json] [--force]
      bản sao tệp của đơn vị có đánh dấu ô lỗi và ghi chú, để gửi lại đơn vị
  npm run --silent tdkt -- resubmit <báo-cáo.xlsx> <tệp-mới-của-đơn-vị>... --out <báo-cáo-mới.xlsx> [--period ..] [--campaign ..]... [--json] [--force]
      thay phần của đơn vị gửi lại, tổng hợp lại, in những gì thay đổi

Tùy chọn chung:
  --severity <mã>=error|warning|info|off   đổi mức độ hoặc tắt một quy tắc (mã trong docs/rules.md)
  --award-map <tệp.json|.xlsx|.csv>        tên khen thưởng như trong tệp -> mã danh mục hoặc "không tính"
  --suggestions none|slips|all             tên sai chính tả tính theo gợi ý nào (mặc định all)
  --catalogue <tệp.json>                   danh hiệu riêng của tỉnh (docs/catalogue.md)
  --ratio 0.15                             tỷ lệ CSTĐCS tối đa so với số LĐTT
  --lang vi|en                             ngôn ngữ (mặc định tiếng Việt; tiếng Anh khi máy dùng locale tiếng Anh)
  --debug                                  in chi tiết kỹ thuật khi có lỗi bất ngờ

Mã thoát: 0 không tìm thấy vấn đề, 1 có lỗi hoặc cảnh báo, 2 sai cú pháp hoặc không đọc được tệp, 3 lỗi bất ngờ của chương trình`;

const USAGE_EN = `Tổng hợp TĐKT — check and consolidate emulation and commendation (thi đua, khen thưởng) workbooks

Usage:
  npm run --silent tdkt -- check <file-or-folder>... [--period YYYY-MM-DD..YYYY-MM-DD] [--units <registry.xlsx>] [--json]
      check the units' files, print the problems by unit and severity
  npm run --silent tdkt -- consolidate <file-or-folder>... --out <report.xlsx> [--period ..] [--units ..] [--campaign "<decision no.>=<campaign>"]... [--json] [--force]
      check, then write the consolidated report
  npm run --silent tdkt -- annotate <file-or-folder>... --out <folder> [--period ..] [--units ..] [--json] [--force]
      marked copies of the units' files (problem cells coloured and noted) to send back
  npm run --silent tdkt -- resubmit <report.xlsx> <new-unit-file>... --out <new-report.xlsx> [--period ..] [--campaign ..]... [--json] [--force]
      replace a unit's part, consolidate again, print what changed

Common options:
  --severity <code>=error|warning|info|off   change a rule's severity or turn it off (codes in docs/rules.md)
  --award-map <file.json|.xlsx|.csv>         award name as written -> catalogue id or "không tính"
  --suggestions none|slips|all               which misspelt award names count as suggested (default all)
  --catalogue <file.json>                    a province's own titles and honours (docs/catalogue.md)
  --ratio 0.15                               CSTĐCS cap as a share of LĐTT
  --lang vi|en                               language (Vietnamese by default; English under an English locale)
  --debug                                    print technical details of an unexpected failure

Exit codes: 0 no problem found, 1 errors or warnings found, 2 bad usage or unreadable input, 3 unexpected failure`;

/** `tdkt --help`, in the user's language. */
export function usage(lang: Lang): string {
  return lang === "en" ? USAGE_EN : USAGE_VI;
}

/** The Vietnamese help (kept for callers that name it). */
export const USAGE = USAGE_VI;
