import { describe, expect, it } from 'vitest';
import { maskAccessKeyId } from '../../../../shared/format/mask';

describe('maskAccessKeyId', () => {
  it('keeps the first four and last three characters', () => {
    expect(maskAccessKeyId('LTAI5tTestKey0001X9P6')).toBe('LTAI****9P6');
    expect(maskAccessKeyId('AKLTVolcTestKey000001')).toBe('AKLT****001');
    expect(maskAccessKeyId('  LTAI5tTestKey0001X9P6 ')).toBe('LTAI****9P6');
  });

  it('shows nothing of a short value', () => {
    expect(maskAccessKeyId('LTAI12345')).toBe('****');
    expect(maskAccessKeyId('')).toBe('****');
  });
});

