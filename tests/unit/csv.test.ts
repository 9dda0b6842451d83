import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from '~/lib/csv';
import { parseCsv } from '../support/csv';

describe('csvField', () => {
  it('leaves a plain field as it is', () => {
    expect(csvField('Dakseum')).toBe('Dakseum');
    expect(csvField('')).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Xay, La and Houn')).toBe('"Xay, La and Houn"');
    expect(csvField('the "on-going" project')).toBe('"the ""on-going"" project"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('toCsv', () => {
  it('ends every record, the last included, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('round-trips awkward text and Lao script through a strict RFC 4180 reader', () => {
    const records = [
      ['id', 'name', 'note'],
      ['paksong', 'ເມືອງປາກຊ່ອງ', 'Pakxong; Paksong'],
      ['psp', 'said "on-going", twice', 'line one\r\nline two'],
      ['empty', '', ','],
    ];
    expect(parseCsv(UTF8_BOM + toCsv(records))).toEqual(records);
  });
});

describe('the test reader', () => {
  it('refuses what RFC 4180 does not allow', () => {
    expect(() => parseCsv('a,b\n')).toThrow(/LF without CR/);
    expect(() => parseCsv('a,b\r\n1,2')).toThrow(/without CRLF/);
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv('"a\r\n')).toThrow(/unclosed/);
    expect(() => parseCsv('a,b\r\n1\r\n')).toThrow(/1 fields, the header 2/);
    expect(() => parseCsv('a\rb\r\n')).toThrow(/CR without LF/);
  });
});
