/**
 * A strict RFC 4180 reader for the tests, written apart from the site's writer (src/lib/csv.ts) so
 * that a round trip checks one against the other: every record must end in CRLF, a quote may only
 * open or close a field (or be doubled inside one), and every record must have as many fields as
 * the header. A leading UTF-8 byte order mark is dropped, as Excel and LibreOffice drop it.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV: ${why} at character ${i} (record ${records.length + 1})`);
  };
  while (i < input.length) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i += 1;
        if (!['', ',', '\r'].includes(input[i] ?? '')) fail('text after a closing quote');
      } else {
        field += char;
        i += 1;
      }
    } else if (char === '"') {
      if (field !== '') fail('a quote inside an unquoted field');
      quoted = true;
      i += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (char === '\r') {
      if (input[i + 1] !== '\n') fail('CR without LF');
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (char === '\n') {
      fail('LF without CR');
    } else {
      field += char;
      i += 1;
    }
  }
  if (quoted) fail('an unclosed quote');
  if (field !== '' || record.length > 0) fail('a last record without CRLF');
  const width = records[0]?.length ?? 0;
  records.forEach((fields, n) => {
    if (fields.length !== width)
      throw new Error(`CSV: record ${n + 1} has ${fields.length} fields, the header ${width}`);
  });
  return records;
}
