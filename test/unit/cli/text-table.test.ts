import { describe, expect, it } from 'vitest';
import { displayWidth, formatDefinitions, formatTable, printable } from '../../../electron/cli/text-table';

describe('text tables', () => {
  it('counts Chinese, fullwidth and emoji as two columns and combining marks as none', () => {
    expect(displayWidth('NAME')).toBe(4);
    expect(displayWidth('名称')).toBe(4);
    expect(displayWidth('（内置）')).toBe(8);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('🔑')).toBe(2);
  });

  it('aligns columns by display width, two spaces apart, with no trailing spaces', () => {
    const table = formatTable(['名称', 'ID'], [['Show A', 'a-1'], ['演播室', 'b-2'], ['x', '']]);
    const lines = table.split('\n');
    expect(lines).toEqual(['名称    ID', 'Show A  a-1', '演播室  b-2', 'x']);
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });

  it('shows control characters as ? so a hostile name cannot drive the terminal', () => {
    expect(printable('ok\u001b[2Jname\nnext\u009b')).toBe('ok?[2Jname?next?');
    expect(formatTable(['A'], [['a\tb']])).toBe('A\na?b');
  });

  it('lays out help definitions in two columns', () => {
    expect(formatDefinitions([['--name NAME', 'the name'], ['-h, --help', 'help']])).toBe('  --name NAME  the name\n  -h, --help   help');
  });
});
