import { describe, expect, it } from "vitest";
import { withKeys } from "./unique-keys.ts";

describe("content keys", () => {
  it("numbers repeats so keys stay unique and stable", () => {
    expect(withKeys(["a", "b", "a", "a"], (item) => item).map(([key]) => key)).toEqual(["a", "b", "a#2", "a#3"]);
  });
});
