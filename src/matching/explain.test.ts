import { describe, expect, it } from "vitest";
import { catalogOf, locality } from "../../tests/support/catalog-builder.ts";
import { scorePair } from "./engine.ts";
import { explainFindings } from "./explain.ts";
import { NO_FOCUS } from "./focus.ts";
import { profileOf } from "./profile.ts";
import { DEFAULT_WEIGHTS } from "./weights.ts";

const signingSentence = (tier: "district" | "subdistrict-municipality") => {
  const province = locality({ id: "TH-50" });
  const thai = locality({ id: "TH-50-local", tier, parent: "TH-50", region: "north" });
  const japanese = locality({ id: "JP-24", tier: "town", region: "kinki" });
  const catalog = catalogOf([province, thai, japanese]);
  const pair = scorePair(catalog, profileOf(catalog, thai), profileOf(catalog, japanese), NO_FOCUS, DEFAULT_WEIGHTS);
  return explainFindings(catalog, pair.outcomes, pair.a, pair.b, pair.focus).find(
    ({ reason }) => reason.criterion === "feasibility",
  )?.reason;
};

describe("signing reasons", () => {
  it("says a municipality cannot sign since the 2006 order", () => {
    expect(signingSentence("subdistrict-municipality")?.en).toContain("2006 MOI order");
  });

  it("says a district is no local government, not that the 2006 order stops it", () => {
    const reason = signingSentence("district");
    expect(reason?.en).toContain("is not a local government");
    expect(reason?.en).not.toContain("2006");
    expect(reason?.th).toContain("ไม่ใช่องค์กรปกครองส่วนท้องถิ่น");
    expect(reason?.ja).toContain("地方自治体ではなく");
  });
});
