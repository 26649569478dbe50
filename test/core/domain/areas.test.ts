import { areaMentions, areasIn } from "../../../src/core/domain/areas";

describe("areasIn: the districts a text names", () => {
  it("reads a title block in capitals and a unit in lower case to the same key", () => {
    expect(areasIn("UBND HUYỆN MƯỜNG ẢNG")).toEqual(areasIn("Trung tâm Y tế huyện Mường Ảng"));
    expect(areasIn("UBND HUYỆN MƯỜNG ẢNG")).toHaveLength(1);
  });
  it("keeps the level word in what is shown", () => {
    expect(areaMentions("Hạt Kiểm lâm huyện Tủa Chùa").map((a) => a.written)).toEqual(["huyện Tủa Chùa"]);
  });
  it("finds no area where the level word is not followed by a proper name", () => {
    for (const t of ["Ủy ban MTTQ Việt Nam huyện", "Huyện đoàn", "Trung tâm Y tế huyện", "Phòng Nội vụ"]) expect(areasIn(t)).toEqual([]);
  });
  it("tells two districts apart", () => {
    expect(areasIn("thị xã Mường Lay")[0]).not.toBe(areasIn("huyện Mường Ảng")[0]);
  });
});
