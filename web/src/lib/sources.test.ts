import { describe, expect, it } from "vitest";
import { createI18n } from "../i18n/create-i18n.ts";
import { describeSource, parseSource, sourceNote } from "./sources.ts";

describe("source labels", () => {
  it("parses the three kinds of reference", () => {
    expect(parseSource("report:7628-7640")).toEqual({ kind: "report", from: 7628, to: 7640 });
    expect(parseSource("report:12")).toEqual({ kind: "report", from: 12, to: 12 });
    expect(parseSource("dataset:jp-census-2020")).toEqual({ kind: "dataset", id: "jp-census-2020" });
    expect(parseSource("gk:medium")).toEqual({ kind: "gk", confidence: "medium" });
    expect(parseSource("rumour")).toEqual({ kind: "unknown", ref: "rumour" });
  });

  it("describes a source in the reader's language", async () => {
    const i18n = await createI18n("en");
    expect(describeSource("report:7628-7640", i18n.t)).toMatch(
      /^Report “Thailand-Japan Relations at the Local Level: Status and Future Possibility” .*, lines 7628–7640$/,
    );
    expect(describeSource("gk:high", i18n.t)).toBe("General knowledge (confidence: high)");
    expect(describeSource("dataset:jp-census-2020", i18n.t)).toBe("Dataset: jp-census-2020");
    await i18n.changeLanguage("ja");
    expect(describeSource("report:10-12", i18n.t)).toMatch(/^報告書「.+」.*10–12行$/);
  });

  it("names a confidence below high and keeps the reviewer's note", async () => {
    const i18n = await createI18n("en");
    const source = { ref: "dataset:th-dopa-population-2023", confidence: "medium" as const, note: "rounded" };
    expect(describeSource(source, i18n.t)).toBe("Dataset: th-dopa-population-2023 — confidence: medium");
    expect(describeSource({ ref: "gk:high", confidence: "low" }, i18n.t)).toBe("General knowledge (confidence: low)");
    // A plain-string note is the reviewers' own: readers get only notes written in three languages.
    expect(sourceNote(source)).toBeUndefined();
    const note = { th: "ปัดเศษ", en: "rounded", ja: "概数" };
    expect(sourceNote({ ref: "gk:high", note })).toEqual(note);
    expect(sourceNote("gk:high")).toBeUndefined();
  });
});
