/**
 * @jest-environment jsdom
 *
 * A province's own catalogue in the pane: the field reads a JSON file; the engine counts the local
 * honour under its entry, says so in Kiểm tra, keeps the entries in the data sheet and gives them
 * back when the workbook is opened again (the next consolidation of the campaign reuses them).
 */
import "./jsdomGlobals";
import { TextEncoder } from "node:util";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useCatalogue } from "../../src/core/domain/awards";
import { createEngineService } from "../../src/taskpane/engineService";
import { LocalCatalogueField } from "../../src/taskpane/LocalCatalogueField";

afterAll(() => useCatalogue([]));

const HONOUR = "Huy hiệu Vì sự nghiệp phát triển bản";
const ENTRIES = [{ id: "huy-hieu-ban", name: HONOUR, family: "huy-hieu", recipients: ["individual"] }];
const LIST = ["DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2022", "STT,Họ và tên,Chức vụ,Hình thức khen thưởng,Số QĐ,Ngày QĐ", `1,Giàng A Sử,Trưởng bản,${HONOUR},15/QĐ-UBND,20/12/2022`].join("\n");
const file = () => ({ name: "ds.csv", bytes: new TextEncoder().encode(LIST).buffer });

test("the engine uses the entries, shows them in Kiểm tra and keeps them in the data sheet", async () => {
  const engine = createEngineService();
  const without = await engine.check({ files: [file()] });
  expect(without.unsettledAwards.map((u) => u.text)).toEqual([HONOUR]);
  const withLocal = await engine.check({ files: [file()], localCatalogue: ENTRIES });
  expect(withLocal.unsettledAwards).toEqual([]);
  expect(withLocal.issues.some((i) => i.severity === "info" && i.message.vi.includes("danh mục riêng của tỉnh"))).toBe(true);
  const report = await engine.report({ lang: "vi" });
  expect(report.awards.find((a) => a.award === HONOUR)?.individuals).toBe(1);
  const data = await engine.reportData();
  expect(data.stored.localCatalogue).toEqual(ENTRIES);
  expect((await createEngineService().openReport(data.cells, "vi"))?.localCatalogue).toEqual(ENTRIES);
  // a check without the entries is back to the law's catalogue (the worker lives on)
  expect((await engine.check({ files: [file()] })).unsettledAwards.map((u) => u.text)).toEqual([HONOUR]);
});

function field(onChange: jest.Mock, lang: "vi" | "en" = "vi") {
  render(
    <FluentProvider theme={webLightTheme}>
      <LocalCatalogueField value={null} onChange={onChange} lang={lang} />
    </FluentProvider>,
  );
  return screen.getByTestId("local-catalogue-input");
}
const jsonFile = (text: string, name: string) => Object.assign(new Blob([text]), { name, text: () => Promise.resolve(text) }) as unknown as File;

test("the field reads a JSON array of entries", async () => {
  const onChange = jest.fn();
  fireEvent.change(field(onChange), { target: { files: [jsonFile(JSON.stringify(ENTRIES), "dm-tinh.json")] } });
  await waitFor(() => expect(onChange).toHaveBeenCalledWith({ name: "dm-tinh.json", entries: ENTRIES }));
});

test("a file that is no JSON array is refused, with its name", async () => {
  const onChange = jest.fn();
  fireEvent.change(field(onChange), { target: { files: [jsonFile("{ \"id\": 1 }", "sai.json")] } });
  expect(await screen.findByText(/sai\.json: không đọc được danh mục/)).toBeTruthy();
  expect(onChange).not.toHaveBeenCalled();
});

test("in English, the refusal says why in English", async () => {
  const onChange = jest.fn();
  fireEvent.change(field(onChange, "en"), { target: { files: [jsonFile("{ \"id\": 1 }", "sai.json")] } });
  expect(await screen.findByText("sai.json: cannot read the catalogue (not a JSON array). The file must hold a JSON array of entries (see docs/catalogue.md).")).toBeTruthy();
  expect(screen.getByText("The law's catalogue only")).toBeTruthy();
});

test("a catalogue kept in the workbook is named so, with its count", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <LocalCatalogueField value={{ name: "", entries: [ENTRIES[0]] }} onChange={() => {}} lang="en" />
    </FluentProvider>,
  );
  expect(screen.getByTestId("local-catalogue-state").textContent).toBe("Catalogue kept in the workbook: 1 entry");
});
