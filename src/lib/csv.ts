/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted
 * when it holds a comma, a double quote, CR or LF, and a double quote inside a field doubled.
 */

/**
 * The UTF-8 byte order mark. RFC 4180 leaves the character set to the MIME type, and Excel
 * ignores that: it opens a CSV file without the mark in the computer's legacy code page and turns
 * Lao script into mojibake. With it, Excel and LibreOffice both read UTF-8; Python's `utf-8-sig`,
 * pandas and R's readr drop it.
 */
export const UTF8_BOM = '\uFEFF';

/** One field, quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records (the header first) as CSV text, each record ended by CRLF. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
