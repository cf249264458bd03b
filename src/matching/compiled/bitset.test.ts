import { describe, expect, it } from "vitest";
import { bitsetOf, bitsetWhere, has, intersects, union, wordsFor } from "./bitset.ts";

const members = (set: Uint32Array, size: number) =>
  Array.from({ length: size }, (_, i) => i).filter((i) => has(set, i));

describe("bitsets over issue indexes", () => {
  it("holds exactly its members, across word boundaries, and leaves out unknown tags", () => {
    const set = bitsetOf(131, [0, 31, 32, 63, 64, 130, -1, 131, 500]);
    expect(set.length).toBe(wordsFor(131));
    expect(wordsFor(131)).toBe(5);
    expect(members(set, 131)).toEqual([0, 31, 32, 63, 64, 130]);
    expect(has(set, -1)).toBe(false);
    expect(has(set, 1)).toBe(false);
  });

  it("builds from a predicate as from a list", () => {
    const odd = bitsetWhere(100, (i) => i % 3 === 1);
    expect(odd).toEqual(bitsetOf(100, members(odd, 100)));
    expect(members(odd, 100)).toEqual(Array.from({ length: 33 }, (_, i) => 3 * i + 1));
  });

  it("intersects only when a member is shared, bit 31 included (the sign bit of a word)", () => {
    expect(intersects(bitsetOf(131, [31]), bitsetOf(131, [31]))).toBe(true);
    expect(intersects(bitsetOf(131, [130, 5]), bitsetOf(131, [130]))).toBe(true);
    expect(intersects(bitsetOf(131, [0, 33, 95]), bitsetOf(131, [1, 32, 64, 96]))).toBe(false);
    expect(intersects(bitsetOf(131, []), bitsetOf(131, [1]))).toBe(false);
  });

  it("agrees with Set on random sets", () => {
    let state = 7;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    for (let round = 0; round < 200; round++) {
      const x = Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * 131));
      const y = Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * 131));
      const shared = x.some((member) => y.includes(member));
      expect(intersects(bitsetOf(131, x), bitsetOf(131, y))).toBe(shared);
      expect(members(union(bitsetOf(131, x), bitsetOf(131, y)), 131)).toEqual(
        [...new Set([...x, ...y])].sort((p, q) => p - q),
      );
    }
  });
});
