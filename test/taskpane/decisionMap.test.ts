import { withDecision } from "../../src/taskpane/decisionMap";

describe("withDecision: how both pickers change the user's decisions", () => {
  const before = { "Bằng khen": "bk-ct-ubnd-tinh", "kind:Tổ dân phố 3": "tập thể" };

  it("sets a chosen value and keeps the other decisions, without touching the map it was given", () => {
    const after = withDecision(before, "Lao đông tiến tiến", "ldtt");
    expect(after).toEqual({ ...before, "Lao đông tiến tiến": "ldtt" });
    expect(before).not.toHaveProperty("Lao đông tiến tiến");
  });

  it("replaces an earlier decision for the same name", () => {
    expect(withDecision(before, "Bằng khen", "không tính")["Bằng khen"]).toBe("không tính");
  });

  it("the empty choice (or none) removes the decision", () => {
    expect(withDecision(before, "Bằng khen", "")).toEqual({ "kind:Tổ dân phố 3": "tập thể" });
    expect(withDecision(before, "Bằng khen", undefined)).not.toHaveProperty("Bằng khen");
  });
});
