/**
 * @jest-environment jsdom
 *
 * The pane's side of the user's award decisions: the engine lists the unsettled names, applies the
 * picker's decisions, keeps them in the report's data sheet and gives them back to a later pane;
 * the picker maps a name to a catalogue entry or to "không tính".
 */
import "./jsdomGlobals";
import { TextEncoder } from "node:util";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createEngineService } from "../../src/taskpane/engineService";
import { AwardDecisions } from "../../src/taskpane/AwardDecisions";


const LIST = [
  "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2022",
  "STT,Họ và tên,Chức vụ,Hình thức khen thưởng,Số QĐ,Ngày QĐ",
  "1,Lò Văn Hùng,Công chức xã,Lao động tiên tiến,12/QĐ-UBND,20/12/2022",
  "2,Cà Văn Sơn,Công chức xã,Bằng khen,13/QĐ-UBND,20/12/2022",
  "3,Tòng Thị Hoa,Công chức xã,Bằng khen,13/QĐ-UBND,20/12/2022",
].join("\n");
const file = () => ({ name: "ds.csv", bytes: new TextEncoder().encode(LIST).buffer });

test("the engine lists unsettled names, applies decisions and keeps them with the report's data", async () => {
  const engine = createEngineService();
  const first = await engine.check({ files: [file()] });
  expect(first.unsettledAwards).toEqual([expect.objectContaining({ text: "Bằng khen", rows: 2 })]);
  const key = first.unsettledAwards[0].key;

  const second = await engine.check({ files: [file()], awardDecisions: { [key]: "bk-ct-ubnd-tinh" } });
  expect(second.unsettledAwards[0]).toMatchObject({ decided: "bk-ct-ubnd-tinh" });
  const report = await engine.report({ lang: "vi" });
  expect(report.awards.find((a) => a.award === "Bằng khen của Chủ tịch UBND tỉnh")?.individuals).toBe(2);
  expect(report.awards.some((a) => a.unresolved)).toBe(false);

  const data = await engine.reportData();
  expect(data.stored.awardDecisions).toEqual({ [key]: "bk-ct-ubnd-tinh" });
  const later = createEngineService();
  expect((await later.openReport(data.cells, "vi"))?.awardDecisions).toEqual({ [key]: "bk-ct-ubnd-tinh" });
});

test("the picker maps a name to 'không tính'", async () => {
  const onChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <AwardDecisions items={[{ key: "bằng khen", text: "Bằng khen", rows: 2 }]} decisions={{}} onChange={onChange} lang="vi" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("combobox", { name: "Bằng khen" }));
  fireEvent.click(await screen.findByRole("option", { name: "Không tính" }));
  await waitFor(() => expect(onChange).toHaveBeenCalledWith({ "bằng khen": "không tính" }));
});

test("in English, the picker speaks English and keeps the domain words", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <AwardDecisions items={[{ key: "bằng khen", text: "Bằng khen", rows: 1 }]} decisions={{}} onChange={() => {}} lang="en" />
    </FluentProvider>,
  );
  expect(screen.getByText("Unsettled awards: map each to a catalogue entry")).toBeTruthy();
  expect(screen.getByText('"Bằng khen" (1 row)')).toBeTruthy();
  fireEvent.click(screen.getByRole("combobox", { name: "Bằng khen" }));
  expect(await screen.findByRole("option", { name: "Không tính (not counted)" })).toBeTruthy();
});
