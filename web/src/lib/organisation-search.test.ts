import { describe, expect, it } from "vitest";
import type { Organisation } from "../api/types.ts";
import { searchOrganisations } from "./organisation-search.ts";

const dip: Organisation = {
  id: "org:th-dip",
  country: "TH",
  kind: "central-agency",
  names: { th: "กรมส่งเสริมอุตสาหกรรม", en: "Department of Industrial Promotion", ja: "タイ工業省産業振興局" },
  abbr: "DIP",
};

describe("finding an organisation by name", () => {
  it("matches names in three languages and the abbreviation, spaces kept", () => {
    expect(searchOrganisations([dip], "ส่งเสริมอุตสาหกรรม", 5)).toEqual([dip]);
    expect(searchOrganisations([dip], "industrial promotion", 5)).toEqual([dip]);
    expect(searchOrganisations([dip], "産業振興", 5)).toEqual([dip]);
    expect(searchOrganisations([dip], "dip", 5)).toEqual([dip]);
    expect(searchOrganisations([dip], "IndustrialPromotion", 5)).toEqual([]);
    expect(searchOrganisations([dip], "  ", 5)).toEqual([]);
  });
});
