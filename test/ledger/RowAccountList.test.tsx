/**
 * @jest-environment jsdom
 *
 * The pane's row account: sheets with rows not read first, with the rows and the reason, in the
 * pane's language; a clean check says every row was read or named.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { RowAccountList } from "../../src/taskpane/RowAccountList";
import type { FileLedger } from "../../src/core/model";

const ledger = (notRead: Record<string, number[]>): FileLedger[] => [
  {
    file: "xa-na-tau.xlsx",
    sheets: [],
    rowAccounts: [
      { sheet: "DS", rowsWithData: 12, records: 8, structural: { title: 2, header: 1 }, notRead: {} },
      { sheet: "CANHAN", rowsWithData: 5, records: 0, structural: {}, notRead },
      { sheet: "Trống", rowsWithData: 0, records: 0, structural: {}, notRead: {} },
    ],
  },
];

const show = (l: FileLedger[], lang: "vi" | "en") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <RowAccountList ledger={l} lang={lang} />
    </FluentProvider>,
  );

test("a sheet with rows not read comes first, with its rows and why (Vietnamese)", () => {
  show(ledger({ "no-table": [1, 2, 3, 4, 5] }), "vi");
  const items = screen.getAllByRole("listitem").filter((li) => li.textContent?.includes("xa-na-tau.xlsx"));
  expect(items).toHaveLength(2);
  expect(items[0].textContent).toMatch(/^xa-na-tau\.xlsx — CANHAN/);
  expect(items[1].textContent).toMatch(/^xa-na-tau\.xlsx — DS/);
  expect(screen.getByText("không tìm thấy bảng trong sheet: dòng 1–5")).toBeTruthy();
  expect(screen.getByText("5 dòng có dữ liệu: 0 thành bản ghi, 0 dòng cấu trúc, 5 không đọc")).toBeTruthy();
  expect(screen.queryByText(/Trống/)).toBeNull();
});

test("every row read or named: said so (English)", () => {
  show(ledger({}), "en");
  expect(screen.getByText("Every row with data was read or named (2 sheets).")).toBeTruthy();
  expect(screen.getByText("12 rows with data: 8 records, 3 structural, 0 not read")).toBeTruthy();
});

test("the columns no role took are listed by letter and header text", () => {
  const l = ledger({});
  l[0].rowAccounts![0].unreadColumns = [{ column: "B", header: "Mã đơn vị" }, { column: "H", header: "Ghi chú nội bộ" }];
  show(l, "vi");
  expect(screen.getByText('Cột không dùng: B "Mã đơn vị", H "Ghi chú nội bộ"')).toBeTruthy();
});
