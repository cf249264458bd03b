import { describe, expect, it } from "vitest";
import { citedParties, RelationSchema } from "./relation.ts";

const text = (en: string) => ({ th: en, en, ja: en });
const relationWith = (excludes: string[]) => ({
  id: "port-mou",
  type: "mou",
  parties: ["org:th-marine-department", "JP-13"],
  title: text("Port state control MoU"),
  status: "active",
  sources: ["gk:low"],
  conflicts: [
    {
      field: "parties",
      readings: [
        { value: text("Tokyo Metropolitan Government"), parties: ["JP-13"], source: "gk:low" },
        { value: text("National maritime authorities"), excludes, source: "gk:medium" },
      ],
    },
  ],
});

describe("a reading that says a party is no party", () => {
  it("leaves that party out of the parties a tie is cited for, and keeps the others", () => {
    const relation = RelationSchema.parse(relationWith(["JP-13"]));
    expect(relation.parties).toEqual(["org:th-marine-department", "JP-13"]);
    expect(citedParties(relation)).toEqual(["org:th-marine-department"]);
    expect(citedParties(RelationSchema.parse(relationWith([])))).toEqual(["org:th-marine-department", "JP-13"]);
  });

  it("refuses a reading that excludes a party the relation does not list", () => {
    const result = RelationSchema.safeParse(relationWith(["JP-27"]));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      "a reading excludes a party the relation does not list",
    );
  });
});
