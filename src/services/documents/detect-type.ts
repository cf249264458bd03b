import { strFromU8, unzipSync } from "fflate";

/** What a file is, read from its bytes: the type it is served as and the extension it is saved with. */
export type DetectedType = { mediaType: string; extension: string };

const startsWith = (bytes: Buffer, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const OOXML: ReadonlyArray<readonly [string, DetectedType]> = [
  [
    "word/",
    { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  ],
  ["xl/", { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" }],
  [
    "ppt/",
    { mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
  ],
];
const ODF: Record<string, string> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
};
/** Old binary Office files are OLE compound files; the bytes say that much, the name says which. */
const OLE: Record<string, DetectedType> = {
  doc: { mediaType: "application/msword", extension: "doc" },
  xls: { mediaType: "application/vnd.ms-excel", extension: "xls" },
  ppt: { mediaType: "application/vnd.ms-powerpoint", extension: "ppt" },
};

/** A ZIP is an Office document when its entries say so (OOXML parts, or an ODF "mimetype" entry). */
const officeZip = (bytes: Buffer): DetectedType | undefined => {
  const names: string[] = [];
  let odf: Uint8Array | undefined;
  try {
    const read = unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        return entry.name === "mimetype" && entry.originalSize < 200;
      },
    });
    odf = read.mimetype;
  } catch {
    return undefined;
  }
  if (odf) {
    const type = strFromU8(odf).trim();
    const extension = ODF[type];
    return extension ? { mediaType: type, extension } : undefined;
  }
  if (!names.includes("[Content_Types].xml")) return undefined;
  return OOXML.find(([prefix]) => names.some((name) => name.startsWith(prefix)))?.[1];
};

/**
 * The type of an upload from its content, never from its name alone: PDF, PNG, JPEG, WebP and
 * Office documents. Anything else is refused (undefined).
 */
export const detectType = (bytes: Buffer, fileName: string): DetectedType | undefined => {
  if (startsWith(bytes, ascii("%PDF-"))) return { mediaType: "application/pdf", extension: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: "image/png", extension: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8))
    return { mediaType: "image/webp", extension: "webp" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const extension = fileName.toLowerCase().split(".").pop() ?? "";
    return OLE[extension];
  }
  return undefined;
};

/** A name safe to show and to offer for saving: no path, no control characters, the detected extension. */
export const safeFileName = (fileName: string, type: DetectedType): string => {
  const base = (fileName.split(/[\\/]/).pop() ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 120);
  return `${base || "document"}.${type.extension}`;
};
