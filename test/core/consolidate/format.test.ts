/** Number, count, date and period texts of the report, in both languages (mutation testing, issue 16). */
import { cleanSum, formatCount, formatCounts, formatDate, formatNumber, formatPeriod, roundTo } from "../../../src/core/consolidate/format";

describe("consolidate/format", () => {
  it("formatNumber groups thousands and writes decimals the language's way, with the sign", () => {
    expect([formatNumber(1762, "vi"), formatNumber(1762, "en"), formatNumber(11120.3, "vi"), formatNumber(11120.3, "en")]).toEqual(["1.762", "1,762", "11.120,3", "11,120.3"]);
    expect([formatNumber(-1234567.5, "vi"), formatNumber(-5, "en"), formatNumber(999, "vi"), formatNumber(0, "vi")]).toEqual(["-1.234.567,5", "-5", "999", "0"]);
  });

  it("formatCount pads whole counts 0..9 with a zero, and only those", () => {
    expect([0, 3, 9, 10, 56, 1762].map((n) => formatCount(n, "vi"))).toEqual(["00", "03", "09", "10", "56", "1.762"]);
    expect([formatCount(2.5, "vi"), formatCount(-3, "en"), formatCount(1762, "en")]).toEqual(["2,5", "-3", "1,762"]);
  });

  it("formatCounts leaves zero counts out and says one or many", () => {
    expect(formatCounts({ collectives: 3, individuals: 1, households: 0 }, "en")).toBe("03 collectives, 01 individual");
    expect(formatCounts({ collectives: 1, individuals: 12, households: 1 }, "en")).toBe("01 collective, 12 individuals, 01 household");
    expect(formatCounts({ collectives: 0, individuals: 0, households: 2 }, "en")).toBe("02 households");
    expect(formatCounts({ collectives: 3, individuals: 0, households: 2 }, "vi")).toBe("03 tập thể, 02 hộ gia đình");
    expect(formatCounts({ collectives: 0, individuals: 0, households: 0 }, "vi")).toBe("");
  });

  it("formatDate and formatPeriod", () => {
    expect([formatDate("2021-06-30"), formatDate("2021-06-30T00:00"), formatDate("30/06/2021"), formatDate("")]).toEqual(["30/06/2021", "30/06/2021", "30/06/2021", ""]);
    // an ISO date inside other text is left as written
    expect(formatDate("ngày 2021-06-30")).toBe("ngày 2021-06-30");
    expect(formatPeriod({ from: "2021-01-01", to: "2021-06-30" }, "vi")).toBe("Từ 01/01/2021 đến 30/06/2021");
    expect(formatPeriod({ from: "2021-01-01", to: "2021-06-30" }, "en")).toBe("From 01/01/2021 to 30/06/2021");
  });

  it("roundTo removes float noise on both signs; cleanSum keeps nine places", () => {
    expect([roundTo(0, 1), roundTo(0.25, 1), roundTo(-0.25, 1)]).toEqual([0, 0.3, -0.3]);
    expect([roundTo(1.005, 2), roundTo(-1.005, 2), roundTo(2.675, 2), roundTo(0.1 + 0.2, 9), roundTo(1234.5678, 0)]).toEqual([1.01, -1.01, 2.68, 0.3, 1235]);
    expect([cleanSum(234.4 + 1120.3), cleanSum(0.1 + 0.2), cleanSum(1.0000000004), cleanSum(1.0000000006)]).toEqual([1354.7, 0.3, 1, 1.000000001]);
  });
});
