import { describe, expect, it } from "vitest";
import { collectSources, textFor } from "./dossier-text.ts";

describe("dossier text", () => {
  it("prints the text in the dossier's language, or another marked as untranslated", () => {
    expect(textFor({ th: "ท่องเที่ยว", en: "Tourism" }, "th", "ยังไม่ได้แปล")).toBe("ท่องเที่ยว");
    expect(textFor({ ja: "観光" }, "th", "ยังไม่ได้แปล")).toBe("観光 (ยังไม่ได้แปล)");
    expect(textFor(undefined, "en", "x")).toBe("");
  });

  it("lists each source once, in the order first cited", () => {
    expect(
      collectSources([
        ["report:5808-5809", "dataset:a"],
        ["dataset:a", "report:5942"],
      ]),
    ).toEqual(["report:5808-5809", "dataset:a", "report:5942"]);
  });
});
