import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toCsv, toXlsx } from "./table-file.ts";

const table = {
  name: "Registry: relations [2016]",
  columns: ["Name", "Parties", "Since"],
  rows: [
    ["เชียงใหม่–อุโอซุ", 'Chiang Mai, "City"', 1989],
    ["チェンマイ県・北海道", "line\nbreak", null],
  ],
};

describe("a table as a spreadsheet file", () => {
  it("writes CSV that spreadsheet programs read as UTF-8, quoting what needs it", () => {
    const csv = toCsv(table, { withBom: true });
    expect(csv.startsWith("\uFEFFName,Parties,Since\r\n")).toBe(true);
    expect(csv).toContain('เชียงใหม่–อุโอซุ,"Chiang Mai, ""City""",1989\r\n');
    expect(csv).toContain('チェンマイ県・北海道,"line\nbreak",\r\n');
    expect(toCsv(table).startsWith("Name")).toBe(true);
  });

  it("writes an XLSX workbook with the text in three scripts and numbers as numbers", async () => {
    const blob = await toXlsx(table);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files["xl/workbook.xml"] ?? new Uint8Array());
    expect(workbook).toContain('name="Registry  relations  2016 "');
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    const everything = `${sheet}${strings}`;
    for (const value of ["เชียงใหม่–อุโอซุ", "チェンマイ県・北海道", 'Chiang Mai, "City"']) {
      expect(everything).toContain(value);
    }
    expect(sheet).toMatch(/<v>1989<\/v>/);
  });
});
