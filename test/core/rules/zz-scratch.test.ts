import { BUILT_IN_AWARDS } from "../../../src/core/domain/awards";
it("print", () => {
  for (const a of BUILT_IN_AWARDS) if (!a.issuer && (a.confidence === "I" || a.confidence === "UNCONFIRMED" || a.periods.every((p) => p === "P0") || a.valid.from || a.valid.to))
    console.log(JSON.stringify({ id: a.id, name: a.name, conf: a.confidence, periods: a.periods, valid: a.valid, article: a.article, unconf: a.unconfirmed, grants: a.grants.length }));
  console.log("ISSUER-I", JSON.stringify(BUILT_IN_AWARDS.filter((a) => a.issuer && (a.confidence === "I" || a.confidence === "UNCONFIRMED")).map((a) => [a.id, a.name, a.issuer, a.confidence, a.unconfirmed, a.grants.length, a.valid])));
  console.log("NOGRANTS", JSON.stringify(BUILT_IN_AWARDS.filter((a) => a.issuer && !a.grants.length).map((a) => [a.id, a.name, a.issuer, a.valid])));
});
