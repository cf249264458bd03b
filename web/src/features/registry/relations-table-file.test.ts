import { describe, expect, it } from "vitest";
import type { RelationSummary } from "../../api/types.ts";
import { createI18n } from "../../i18n/create-i18n.ts";
import { relationsTableFile } from "./relations-table-file.ts";

const fair: RelationSummary = {
  id: "business-matching-shiga-thaifex-2016",
  type: "business-matching",
  form: "one-off",
  status: "held",
  suggestedStatus: "held",
  start: "2016",
  title: { th: "ร้านของชิงะในงาน THAIFEX", en: "Shiga booth at THAIFEX", ja: "THAIFEXの滋賀県ブース" },
  parties: ["JP-25", "org:jp-jetro"],
  issues: ["trade"],
};

describe("the registry as a spreadsheet", () => {
  it("writes names, labels and dates in the reader's language, and a link per relation", async () => {
    const i18n = await createI18n("th");
    const names = {
      nameOf: (id: string) => ({ "JP-25": "จังหวัดชิงะ", "org:jp-jetro": "เจโทร" })[id] ?? id,
      issueLabel: (id: string) => (id === "trade" ? "การค้า" : id),
    };
    const file = relationsTableFile([fair], { t: i18n.t, lang: "th", names, origin: "https://x.example" });
    expect(file.columns).toHaveLength(10);
    expect(file.rows[0]).toEqual([
      "ร้านของชิงะในงาน THAIFEX",
      "จังหวัดชิงะ; เจโทร",
      i18n.t("relation.type.business-matching"),
      i18n.t("relation.status.held"),
      i18n.t("relation.status.held"),
      i18n.t("relation.form.one-off"),
      "พ.ศ. 2559",
      "",
      "การค้า",
      "https://x.example/registry/business-matching-shiga-thaifex-2016",
    ]);
  });
});
