/**
 * @jest-environment jsdom
 *
 * The pane's side of the user's recipient-kind decisions: a recipient whose kind nothing settles is
 * counted apart ("Chưa xác định đối tượng") and listed for the picker; the picker's choice moves it
 * into the known total, is shown in Kiểm tra as the user's decision and is kept in the data sheet.
 */
import "./jsdomGlobals";
import { TextEncoder } from "node:util";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createEngineService } from "../../src/taskpane/engineService";
import { RecipientKindDecisions } from "../../src/taskpane/RecipientKindDecisions";


const GK = "Giấy khen của Chủ tịch UBND xã";
const LIST = [
  "DANH SÁCH KHEN THƯỞNG NĂM 2022",
  "STT,Tên tập thể / cá nhân,Đơn vị,Hình thức khen thưởng,Số QĐ,Ngày QĐ",
  `1,Lò Văn Hùng,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
  `2,Văn nghệ Hoa Ban,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
  `3,Trường Tiểu học số 1,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
].join("\n");
const file = () => ({ name: "ds.csv", bytes: new TextEncoder().encode(LIST).buffer });

test("an unsure kind is counted apart, settled by the user's decision, shown and kept", async () => {
  const engine = createEngineService();
  const first = await engine.check({ files: [file()] });
  expect(first.unsettledKinds).toEqual([expect.objectContaining({ name: "Văn nghệ Hoa Ban", rows: 1, units: ["Xã Quài Cang"] })]);
  const before = await engine.report({ lang: "vi" });
  const known = before.awards.find((a) => a.award === GK);
  expect(known).toMatchObject({ individuals: 1, collectives: 1 });
  expect(before.awards.find((a) => a.unresolved)).toMatchObject({ award: expect.stringMatching(/^Chưa xác định đối tượng.*: Giấy khen/), collectives: 0, individuals: 1 });

  const key = first.unsettledKinds[0].key;
  const second = await engine.check({ files: [file()], awardDecisions: { [key]: "tập thể" } });
  expect(second.unsettledKinds[0]).toMatchObject({ decided: "collective" });
  expect(second.issues.some((i) => i.rule === "recipient-kind-mismatch" && i.severity === "info" && /Người dùng đã xác định "Văn nghệ Hoa Ban" là tập thể/.test(i.message.vi))).toBe(true);
  const after = await engine.report({ lang: "vi" });
  expect(after.awards.find((a) => a.award === GK)).toMatchObject({ individuals: 1, collectives: 2 });
  expect(after.awards.some((a) => a.unresolved)).toBe(false);

  const data = await engine.reportData();
  expect(data.stored.awardDecisions).toEqual({ [key]: "tập thể" });
  const later = createEngineService();
  expect((await later.openReport(data.cells, "vi"))?.awardDecisions).toEqual({ [key]: "tập thể" });
});

test("the picker sets a recipient's kind", async () => {
  const onChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <RecipientKindDecisions items={[{ key: "kind:văn nghệ hoa ban", name: "Văn nghệ Hoa Ban", rows: 1, units: ["Xã Quài Cang"] }]} decisions={{ "bằng khen": "không tính" }} onChange={onChange} lang="vi" />
    </FluentProvider>,
  );
  expect(screen.getByText(/Xã Quài Cang/)).toBeTruthy();
  fireEvent.click(screen.getByRole("combobox", { name: "Văn nghệ Hoa Ban" }));
  fireEvent.click(await screen.findByRole("option", { name: "Tập thể" }));
  await waitFor(() => expect(onChange).toHaveBeenCalledWith({ "bằng khen": "không tính", "kind:văn nghệ hoa ban": "tập thể" }));
});

test("in English, the picker names the kinds with their Vietnamese word and counts rows in English", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <RecipientKindDecisions items={[{ key: "kind:văn nghệ hoa ban", name: "Văn nghệ Hoa Ban", rows: 2, units: [] }]} decisions={{}} onChange={() => {}} lang="en" />
    </FluentProvider>,
  );
  expect(screen.getByText("Recipient kind not settled: choose collective, individual or household")).toBeTruthy();
  expect(screen.getByText('"Văn nghệ Hoa Ban" (2 rows)')).toBeTruthy();
  fireEvent.click(screen.getByRole("combobox", { name: "Văn nghệ Hoa Ban" }));
  expect(await screen.findByRole("option", { name: "Tập thể (collective)" })).toBeTruthy();
});

test("nothing to decide: no picker", () => {
  const { container } = render(<RecipientKindDecisions items={[]} decisions={{}} onChange={() => {}} lang="en" />);
  expect(container.innerHTML).toBe("");
});
