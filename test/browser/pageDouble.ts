/**
 * The Excel double for the browser test page: bundled with esbuild and injected with
 * page.addInitScript before the pane's scripts run. It reads its workbook from
 * `window.__TDKT_SEED__` (Grids prepared by the test) and exposes the model as
 * `window.__tdktModel` so the test can look at what the pane wrote.
 *
 * After every Excel.run the workbook is "saved" to sessionStorage, and a reloaded page opens that
 * saved workbook rather than the seed: the test can close the pane and open it again on the
 * workbook it wrote, as a user does when Excel is closed and the file opened days later.
 */
import type { Grid } from "../../src/core/grid";
import { RequestContextDouble, SheetModel, WorkbookModel, workbookFromGrids, type CellModel } from "../excel/excelDouble";

interface PageGlobals {
  __TDKT_SEED__?: { file: string; grids: Grid[]; createWorkbook?: boolean };
  __tdktModel?: WorkbookModel;
  __tdktSyncs?: number;
  Excel?: unknown;
}

const SAVED = "tdkt-double-workbook";

interface SavedSheet {
  name: string;
  visibility: string;
  cells: [string, CellModel][];
  merges: SheetModel["merges"];
  customProperties: [string, string][];
}

function save(model: WorkbookModel): void {
  const sheets: SavedSheet[] = model.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: [...s.cells],
    merges: s.merges,
    customProperties: [...s.customProperties],
  }));
  sessionStorage.setItem(SAVED, JSON.stringify({ name: model.name, sheets }));
}

function reopen(): WorkbookModel | null {
  const text = sessionStorage.getItem(SAVED);
  if (!text) return null;
  const saved = JSON.parse(text) as { name: string; sheets: SavedSheet[] };
  const model = new WorkbookModel(saved.name);
  for (const s of saved.sheets) {
    const sheet = new SheetModel(s.name);
    sheet.visibility = s.visibility;
    sheet.cells = new Map(s.cells);
    sheet.merges = s.merges;
    sheet.customProperties = new Map(s.customProperties);
    model.sheets.push(sheet);
  }
  return model;
}

const page = globalThis as unknown as PageGlobals;
const seed = page.__TDKT_SEED__;
// init scripts also run in sub-frames (office.js's telemetry frame, refused by the CSP, has an
// opaque origin where sessionStorage throws): the double belongs to the pane's own page only
if (seed && globalThis.window === globalThis.window?.top) {
  const model = reopen() ?? workbookFromGrids(seed.grids, seed.file);
  page.__tdktModel = model;
  page.__tdktSyncs = 0;
  page.Excel = {
    // Excel.run([options,] batch): a new context per batch, and a final sync, as office-js does;
    // the options (delayForCellEdit) are the double's RunOptions
    async run<T>(
      first: { delayForCellEdit?: boolean } | ((ctx: RequestContextDouble) => Promise<T>),
      second?: (ctx: RequestContextDouble) => Promise<T>,
    ): Promise<T> {
      const batch = typeof first === "function" ? first : second!;
      const ctx = new RequestContextDouble(model, undefined, typeof first === "function" ? {} : first);
      try {
        const result = await batch(ctx);
        await ctx.sync();
        return result;
      } finally {
        page.__tdktSyncs! += ctx.syncCount;
        save(model);
      }
    },
    // Excel.createWorkbook(base64) (ExcelApi 1.8): only when the seed asks for it, so that by
    // default the page is an Excel without it and copies arrive as downloads (the fallback)
    ...(seed.createWorkbook
      ? {
          createWorkbook(base64?: string): Promise<void> {
            model.createdWorkbooks.push(base64 ?? "");
            save(model);
            return Promise.resolve();
          },
        }
      : {}),
  };
}
