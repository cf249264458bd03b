import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectType, safeFileName } from "./detect-type.ts";

const zip = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))));

describe("file types from content", () => {
  it("recognises PDF and images whatever they are called", () => {
    expect(detectType(Buffer.from("%PDF-1.7\n..."), "letter.docx")).toEqual({
      mediaType: "application/pdf",
      extension: "pdf",
    });
    expect(detectType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "x")?.mediaType).toBe(
      "image/png",
    );
    expect(detectType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), "x")?.mediaType).toBe("image/jpeg");
  });

  it("tells Word, Excel and PowerPoint files apart by their parts, and OpenDocument by its mimetype", () => {
    const docx = zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(detectType(docx, "minutes.pdf")?.extension).toBe("docx");
    expect(
      detectType(zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }), "a")?.extension,
    ).toBe("xlsx");
    expect(
      detectType(zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }), "a")?.extension,
    ).toBe("odt");
  });

  it("refuses an ordinary ZIP, HTML, scripts and executables even when named like a document", () => {
    expect(detectType(zip({ "readme.txt": "hello" }), "report.docx")).toBeUndefined();
    expect(detectType(Buffer.from("<!doctype html><script>alert(1)</script>"), "letter.pdf")).toBeUndefined();
    expect(detectType(Buffer.from("MZ\x90\x00"), "budget.xlsx")).toBeUndefined();
    expect(detectType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "broken.docx")).toBeUndefined();
  });

  it("accepts an old Office file only when its bytes are an OLE compound file", () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(detectType(ole, "Budget.XLS")?.mediaType).toBe("application/vnd.ms-excel");
    expect(detectType(ole, "run.exe")).toBeUndefined();
  });

  it("makes names safe to offer for saving, with the extension of what the file is", () => {
    const pdf = { mediaType: "application/pdf", extension: "pdf" };
    expect(safeFileName("../../etc/หนังสือ\u0000นำส่ง.exe", pdf)).toBe("หนังสือนำส่ง.pdf");
    expect(safeFileName("", pdf)).toBe("document.pdf");
  });
});
