/**
 * Where each element of each top-level list starts in a JSON text ({"relations": [{…}, …]}),
 * found by one pass that skips strings: JSON.parse gives values without positions, and the
 * yaml library's positions cost about sixty times the file's size in memory.
 */
export const jsonRecordLines = (text: string): Map<string, number[]> => {
  const lines = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let key: string | undefined;
  let lastString: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\n") line++;
    else if (char === '"') {
      const start = index + 1;
      for (index++; index < text.length && text[index] !== '"'; index++) {
        if (text[index] === "\\") index++;
        else if (text[index] === "\n") line++;
      }
      if (depth === 1) lastString = text.slice(start, index);
    } else if (char === ":" && depth === 1) key = lastString;
    else if (char === "{" || char === "[") {
      depth++;
      if (depth === 3 && char === "{" && key !== undefined) {
        const starts = lines.get(key) ?? [];
        starts.push(line);
        lines.set(key, starts);
      }
    } else if (char === "}" || char === "]") depth--;
  }
  return lines;
};
