/**
 * The Excel double for the browser test page: bundled with esbuild and injected with
 * page.addInitScript before the pane's scripts run. It reads its workbook from
 * `window.__TDKT_SEED__` (Grids prepared by the test) and exposes the model as
 * `window.__tdktModel` so the test can look at what the pane wrote.
 */
import type { Grid } from "../../src/core/grid";
import { RequestContextDouble, workbookFromGrids, type WorkbookModel } from "../excel/excelDouble";

interface PageGlobals {
  __TDKT_SEED__?: { file: string; grids: Grid[] };
  __tdktModel?: WorkbookModel;
  __tdktSyncs?: number;
  Excel?: unknown;
}

const page = globalThis as unknown as PageGlobals;
const seed = page.__TDKT_SEED__;
if (seed) {
  const model = workbookFromGrids(seed.grids, seed.file);
  page.__tdktModel = model;
  page.__tdktSyncs = 0;
  page.Excel = {
    // Excel.run: a new context per batch, and a final sync, as office-js does
    async run<T>(batch: (ctx: RequestContextDouble) => Promise<T>): Promise<T> {
      const ctx = new RequestContextDouble(model);
      try {
        const result = await batch(ctx);
        await ctx.sync();
        return result;
      } finally {
        page.__tdktSyncs! += ctx.syncCount;
      }
    },
  };
}
