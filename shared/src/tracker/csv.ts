/** A parsed CSV: records of cells, or why the text is not CSV. */
export type CsvParse = { ok: true; records: string[][] } | { ok: false; reason: string };

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally in double quotes (a quote inside doubled), quoted
 * fields may hold commas and line breaks, records end with CRLF or LF, a leading byte order mark is dropped, a
 * final line break adds no record. Cells are returned exactly as written (never evaluated). Stops at
 * `maxRecords` + 1 records so a huge file costs no more than the limit.
 */
export function parseCsv(text: string, maxRecords: number): CsvParse {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  let afterQuote = false;
  let index = 0;
  const endCell = () => {
    record.push(cell);
    cell = "";
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  while (index < source.length) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else cell += char;
      index += 1;
      continue;
    }
    if (char === '"') {
      if (cell !== "" || afterQuote)
        return { ok: false, reason: `A quote in the middle of a field (record ${records.length + 1}).` };
      quoted = true;
    } else if (char === ",") endCell();
    else if (char === "\r" && source[index + 1] === "\n") {
      endRecord();
      index += 1;
    } else if (char === "\n") endRecord();
    else if (afterQuote) {
      return { ok: false, reason: `Text after a closing quote (record ${records.length + 1}).` };
    } else cell += char;
    index += 1;
    if (records.length > maxRecords) return { ok: true, records };
  }
  if (quoted) return { ok: false, reason: "A quoted field is never closed." };
  if (cell !== "" || afterQuote || record.length > 0) endRecord();
  return { ok: true, records };
}
