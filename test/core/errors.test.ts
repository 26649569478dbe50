import { errorOf, isPlainError, TdktError } from "../../src/core/errors";
import { READ } from "../../src/core/i18n/read";

const encrypted = () => errorOf(READ, "file-unreadable", "tooManyRows", { file: "a.xlsx", sheet: "DS" }, { file: "a.xlsx", sheet: "DS", limit: 100000 });

test("an error carries its code, message id, parameters, location and both texts", () => {
  const e = encrypted();
  expect(e).toBeInstanceOf(Error);
  expect(e.code).toBe("file-unreadable");
  expect(e.id).toBe("read.tooManyRows");
  expect(e.params).toMatchObject({ file: "a.xlsx", sheet: "DS", limit: 100000 });
  expect(e.location).toEqual({ file: "a.xlsx", sheet: "DS" });
  expect(e.messageIn("vi")).toContain("hơn 100.000 dòng");
  expect(e.messageIn("en")).toContain("more than 100,000 rows");
});

test("it crosses a worker boundary as a plain object and is rebuilt whole", () => {
  const plain = structuredClone(encrypted().toPlain());
  expect(isPlainError(plain)).toBe(true);
  const back = TdktError.from(plain);
  expect(back).toBeInstanceOf(TdktError);
  expect(back.toPlain()).toEqual(encrypted().toPlain());
});

test("a bug's Error becomes an internal error that still says what happened", () => {
  const e = TdktError.from(new Error("boom"));
  expect(e.code).toBe("internal");
  expect(e.messageIn("en")).toContain("boom");
});
