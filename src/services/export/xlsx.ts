import writeExcelFile from "write-excel-file/node";

/** One sheet of a workbook: a header row and the rows beneath it. */
export type Sheet = {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
  /** Column widths in characters. */
  widths?: number[];
};

const MAX_SHEET_NAME = 31;

/**
 * The one place Jubkoo writes XLSX (write-excel-file: small, maintained, no native code). Numbers
 * stay numbers so a spreadsheet can sum them; the header row is bold and stays in view.
 */
export const toXlsx = async (sheets: readonly Sheet[]): Promise<Buffer> =>
  writeExcelFile(
    sheets.map((sheet) => ({
      sheet: sheet.name.slice(0, MAX_SHEET_NAME),
      data: [
        sheet.header.map((value) => ({ value, fontWeight: "bold" as const })),
        ...sheet.rows.map((row) =>
          row.map((value) =>
            value === null ? null : typeof value === "number" ? { value, type: Number } : { value, type: String },
          ),
        ),
      ],
      ...(sheet.widths ? { columns: sheet.widths.map((width) => ({ width })) } : {}),
      stickyRowsCount: 1,
    })),
    { fontFamily: "Tahoma", fontSize: 11 },
  ).toBuffer();
