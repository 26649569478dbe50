/**
 * layout/rowText.ts: each text test holds at the start of the cell, not anywhere in it, and the
 * widths of its parts are what they say (a two-digit month, a run of spaces before the colon).
 * The mutation run of issue 16 found these anchors and widths unchecked.
 */
import { isExampleMarker, isNoteText, isSectionMarker, isSignatureForm, isSubtotalText } from "../../../src/core/layout/rowText";

describe("a total", () => {
  test.each([
    ["Xã Tổng cộng toàn huyện", false],
    ["Tổng cộng toàn huyện", true],
    // "cộng" later in the text, after a word that is not a total
    ["Cộng đồng cộng 12", false],
    ["Công 12 cộng", false],
    // spaces before it are no part of the word
    [" Cộng 12", true],
  ])("%j: %s", (text, yes) => expect(isSubtotalText(text)).toBe(yes));
});

describe("the form of a signature block", () => {
  test.each([
    ["Xã TM UBND", false],
    ["Người ký tên", false],
    ["Phó thủ trưởng", false],
    ["Thủ trưởng", true],
    ["Ngày 12 tháng 3 năm 2022 nộp", false],
    ["Ngày 12 tháng 12 năm", true],
    ["Ký tên", true],
    ["Ký tên, đóng dấu", true],
  ])("%j: %s", (text, yes) => expect(isSignatureForm(text)).toBe(yes));
});

describe("an example marker", () => {
  test.each([
    ["Mẫu VD", false],
    ["Mục ví dụ:", false],
    ["Mã mẫu:", false],
    ["Mẫu  :", true],
  ])("%j: %s", (text, yes) => expect(isExampleMarker(text)).toBe(yes));
});

describe("a note", () => {
  test.each([
    ["Xem ghi chú", false],
    ["Tân Lập, xã ngày 1 tháng 2 năm 2020", false],
    ["Tân Lập, ngày 1 tháng 12 năm 2020", true],
  ])("%j: %s", (text, yes) => expect(isNoteText(text)).toBe(yes));
});

describe("a section marker", () => {
  test.each([
    [" IV. ", true],
    ["I.V", false],
    ["Xem phần II", false],
    ["Phần II a", false],
  ])("%j: %s", (text, yes) => expect(isSectionMarker(text)).toBe(yes));
});
