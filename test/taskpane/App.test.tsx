/**
 * @jest-environment jsdom
 *
 * The pane in jsdom, wired to the real gateway over the Excel double and to the engine in-process:
 * sheets listed, check run, issues shown and clickable to their cell, errors shown (never swallowed).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { createEngineService } from "../../src/taskpane/engineService";
import { workbookHost, type WorkbookHost } from "../../src/taskpane/workbookHost";
import { gridFromRows } from "../../src/core/grid";
import { runFor, workbookFromGrids } from "../excel/excelDouble";
import type { ExcelRunner } from "../../src/excel/gateway";

// Fluent UI v9 measures with ResizeObserver, which jsdom lacks (microsoft/fluentui#30077)
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
// jsdom's File has no arrayBuffer() in some versions
if (typeof File !== "undefined" && !File.prototype.arrayBuffer) {
  File.prototype.arrayBuffer = function (this: File) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  };
}

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");

function renderPane(host: WorkbookHost, lang: "vi" | "en" = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} engine={createEngineService()} lang={lang} />
    </FluentProvider>,
  );
}

test("lists the workbook's sheets, leaves the add-in's own report sheets unchecked", async () => {
  const model = workbookFromGrids([gridFromRows([["STT", "Họ và tên"]], { sheet: "Danh sách" }), gridFromRows([["x"]], { sheet: "Tổng hợp" })], "Tuần Giáo.xlsx");
  model.sheets[1].customProperties.set("tdkt", "report");
  renderPane(workbookHost(runFor(model) as unknown as ExcelRunner));
  const list = await screen.findByRole("checkbox", { name: "Danh sách" });
  expect((list as HTMLInputElement).checked).toBe(true);
  const own = screen.getByRole("checkbox", { name: /^Tổng hợp \(sheet tổng hợp do tiện ích tạo/ });
  expect((own as HTMLInputElement).checked).toBe(false);
  expect(screen.getByRole("heading", { name: "Nguồn" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Tổng hợp" })).toHaveProperty("disabled", true);
});

test("outside Excel the pane says so, in English when Office runs in English", async () => {
  renderPane(workbookHost(null), "en");
  expect(await screen.findByText(/Not running inside Excel/)).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Sources" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(await screen.findByText("Error: Choose at least one sheet or file to check.")).toBeTruthy();
});

test("an Excel error is shown with its operation, not swallowed", async () => {
  const failing: ExcelRunner = async () => {
    throw Object.assign(new Error("boom"), { localized: { vi: "Excel báo lỗi khi đọc danh sách sheet: boom", en: "x" } });
  };
  renderPane(workbookHost(failing));
  expect(await screen.findByText("Lỗi: Excel báo lỗi khi đọc danh sách sheet: boom")).toBeTruthy();
});

(fs.existsSync(SAMPLES) ? test : test.skip)("checks the workbook's sheets and a picked file; an issue click selects its cell", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readWorkbook } = require("../../src/files/readWorkbook") as typeof import("../../src/files/readWorkbook");
  const name = "02-xa-quai-cang.xlsx";
  const book = readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, name))), name);
  const model = workbookFromGrids(book.grids, name);
  renderPane(workbookHost(runFor(model) as unknown as ExcelRunner));
  await screen.findByRole("checkbox", { name: /^Biểu chỉ tiêu/ });

  const csv = fs.readFileSync(path.join(SAMPLES, "23-ban-chqs-huyen.csv"));
  const input = document.querySelector('[data-testid="files-input"]') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([csv], "23-ban-chqs-huyen.csv", { type: "text/csv" })] } });
  });
  expect(screen.getByText("23-ban-chqs-huyen.csv")).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/Tìm thấy \d+ vấn đề trong 2 nguồn\./, undefined, { timeout: 20_000 });
  const issue = screen.getByRole("button", { name: /Ô E10 ghi số dạng chữ.*Đến 02-xa-quai-cang\.xlsx › Biểu chỉ tiêu › E10/ });
  await act(async () => {
    fireEvent.click(issue);
  });
  await waitFor(() => expect(model.selection).toEqual({ sheet: "Biểu chỉ tiêu", address: "E10" }));
  expect(model.activeSheet?.name).toBe("Biểu chỉ tiêu");

  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText(/Đã ghi báo cáo vào sheet “Tổng hợp \(2\)”\./, undefined, { timeout: 20_000 });
  expect(model.sheet("Tổng hợp (2)").customProperties.get("tdkt")).toBe("report");
}, 60_000);
