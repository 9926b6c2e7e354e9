import { expect } from 'vitest';

/**
 * A strict RFC 4180 reader, for reading the export back as a spreadsheet would: CRLF-ended
 * records, quoted fields with doubled quotes, commas and line breaks inside quotes.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let at = 0;
  while (at < text.length) {
    if (text[at] === '"' && field === '') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        expect(quote, 'a quoted field is closed').toBeGreaterThan(-1);
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
      expect([',', '\r']).toContain(text[at]);
    } else if (text[at] === ',') {
      row.push(field);
      field = '';
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      rows.push([...row, field]);
      row = [];
      field = '';
      at += 2;
    } else {
      expect(text[at], `bare CR, LF or quote at ${at}`).not.toMatch(/[\r\n"]/);
      field += text[at];
      at += 1;
    }
  }
  expect(row, 'the last record is ended').toEqual([]);
  expect(field).toBe('');
  return rows;
}
