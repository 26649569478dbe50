import { operations } from "../../../src/core/operations";
import { nameKey } from "../../../src/core/text/normalize";

// The complexity test (test/core/rules/complexity.test.ts) counts name keys as unit operations:
// each call counts one, whether its key was cached or not (issue 16).
test("nameKey counts one operation per call, cached or not", () => {
  const before = operations.count;
  nameKey("Nguyễn Văn Một lần");
  nameKey("Nguyễn Văn Một lần");
  nameKey("NGUYỄN VĂN MỘT LẦN");
  expect(operations.count - before).toBe(3);
});
