import { describe, expect, it } from "vitest";
import { catalogOf, fact, locality } from "../../tests/support/catalog-builder.ts";
import { partnersFor } from "./modes.ts";
import { shortQuote } from "./quote.ts";

/**
 * Answers cache work per catalog and per fact text (quotes, candidate pools): an edit reloads the
 * data into new objects and builds a new catalog (catalog.service.ts), and the next answer must
 * say what the edit says, never what the cache kept.
 */
const long = (what: string) =>
  `${what} ${"runs a long programme of exchanges with schools, farms, clinics and town offices ".repeat(5)}`;

const world = (offer: string) =>
  catalogOf([
    locality({ id: "TH-57", challenges: [{ ...fact("Need for forestry know-how", ["forestry"]), kind: "need" }] }),
    locality({ id: "JP-39", strengths: [{ ...fact(long(offer), ["forestry"]), kind: "offer" }] }),
  ]);

const reasonsOf = (catalog: ReturnType<typeof catalogOf>) =>
  partnersFor(catalog, { from: "TH-57" }).results.flatMap((result) => result.reasons.map((reason) => reason.en));

describe("answer caches after an edit", () => {
  it("quote the edited fact, not the one quoted before", () => {
    const before = reasonsOf(world("Kochi forestry school"));
    const after = reasonsOf(world("Kochi cedar cooperative"));
    expect(before.join(" ")).toContain("Kochi forestry school");
    expect(after.join(" ")).toContain("Kochi cedar cooperative");
    expect(after.join(" ")).not.toContain("Kochi forestry school");
  });

  it("shorten a quote from its text, whichever object holds it", () => {
    const text = { th: long("ไทย"), en: long("English"), ja: long("日本") };
    expect(shortQuote({ ...text })).toEqual(shortQuote(text));
    expect(shortQuote(text)).toBe(shortQuote(text));
    expect(shortQuote({ ...text, en: long("Changed") }).en).toContain("Changed");
  });
});
