import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.ts";
import { safeNext } from "../../features/account/sign-in-page.tsx";
import { editPathOf } from "../../features/workspace/completeness.tsx";
import { textIn } from "../../lib/lang.ts";
import { documentUrl } from "../../lib/sources.ts";
import { fieldErrors, inputId } from "./field-errors.ts";
import { toUserSource } from "./source-fields.tsx";
import { fromUserText, toUserText } from "./tri-text.tsx";

describe("what the forms send and show", () => {
  it("sends only the languages written in, trimmed", () => {
    expect(toUserText({ th: " ต้องการ ", en: "", ja: "  " })).toEqual({ th: "ต้องการ" });
    expect(toUserText({ th: "", en: "", ja: "" })).toEqual({});
    expect(fromUserText({ ja: "有機米" })).toEqual({ th: "", en: "", ja: "有機米" });
  });

  it("sends a document source with only the parts given", () => {
    expect(toUserSource({ kind: "self-reported", title: "ignored", url: "", date: "" })).toEqual({
      kind: "self-reported",
    });
    expect(toUserSource({ kind: "document", title: " Plan ", url: "", date: "2026-01-02" })).toEqual({
      kind: "document",
      title: "Plan",
      date: "2026-01-02",
    });
  });

  it("finds each field's problems by the API's field path, and nothing for other errors", () => {
    const error = new ApiError("bad_request", "x", 400, [
      { field: "text", message: "one language" },
      { field: "source.title", message: "title" },
      { field: "text", message: "again" },
    ]);
    const errors = fieldErrors(error);
    expect(errors.of("text")).toEqual(["one language", "again"]);
    expect(errors.of("source.title")).toEqual(["title"]);
    expect(errors.of("issues")).toEqual([]);
    expect(fieldErrors(new Error("network")).all).toEqual([]);
    expect(inputId("add-need-offer", "text.th")).toBe("add-need-offer-text-th");
  });

  it("shows a text in the nearest language it exists in, saying it is not translated", () => {
    expect(textIn({ th: "ไทย", en: "English" }, "en")).toEqual({ value: "English", lang: "en", isTranslated: true });
    expect(textIn({ th: "ไทย" }, "ja")).toEqual({ value: "ไทย", lang: "th", isTranslated: false });
    expect(textIn({ ja: "日本語", en: "English" }, "th")).toEqual({
      value: "English",
      lang: "en",
      isTranslated: false,
    });
  });

  it("links a document source only to a web address", () => {
    expect(documentUrl({ ref: "document", document: { title: "T", url: "https://a.go.th/x" } })).toBe(
      "https://a.go.th/x",
    );
    expect(documentUrl({ ref: "document", document: { title: "T", url: "javascript:alert(1)" } })).toBeUndefined();
    expect(documentUrl("report:1-2")).toBeUndefined();
  });

  it("sends people back only to a path of this site after signing in", () => {
    expect(safeNext("/edit/TH-50")).toBe("/edit/TH-50");
    expect(safeNext("//evil.example/x")).toBe("/workspace");
    expect(safeNext("https://evil.example")).toBe("/workspace");
    expect(safeNext(null)).toBe("/workspace");
  });

  it("links each missing part of a profile to the form that fills it", () => {
    expect(editPathOf("TH-15", "challenges")).toBe("/edit/TH-15/facts/challenges");
    expect(editPathOf("TH-15", "offers")).toBe("/edit/TH-15/needs-offers");
    expect(editPathOf("TH-15", "deputy")).toBe("/edit/TH-15/contacts");
    expect(editPathOf("TH-15", "population")).toBeUndefined();
  });
});
