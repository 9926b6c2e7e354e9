type Range = readonly [number, number];

// East Asian Wide and Fullwidth ranges (Unicode UAX #11): Han, Kana, Hangul, fullwidth forms, CJK
// punctuation and emoji take two terminal columns, so a zh-CN header would otherwise break alignment.
const wide: readonly Range[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
// Combining marks, zero-width spaces and joiners, variation selectors: no column of their own.
const zeroWidth: readonly Range[] = [[0x0300, 0x036f], [0x200b, 0x200f], [0xfe00, 0xfe0f]];

const within = (ranges: readonly Range[], code: number) => ranges.some(([from, to]) => code >= from && code <= to);

/** How many terminal columns a text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += within(zeroWidth, code) ? 0 : within(wide, code) ? 2 : 1;
  }
  return width;
}

/**
 * A value as it may be printed: C0 and C1 control characters (escape sequences, line breaks) shown
 * as `?`. A profile name or an imported CLI profile holding them would otherwise rewrite the
 * operator's terminal or break the table.
 */
export function printable(text: string): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '?' : char;
  }).join('');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Rows as aligned columns separated by two spaces, headers first, no trailing spaces. Plain text
 * without box drawing or colour, so it reads the same in a terminal, a log file and `grep`.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [headers, ...rows].map((row) => headers.map((_, i) => printable(row[i] ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  return cells
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Two-column help lines (`  --name NAME    what it is`), the first column padded to one width. */
export function formatDefinitions(items: readonly (readonly [string, string])[], indent = '  '): string {
  const width = Math.max(0, ...items.map(([term]) => displayWidth(term)));
  return items.map(([term, text]) => `${indent}${pad(term, width)}  ${text}`.trimEnd()).join('\n');
}
