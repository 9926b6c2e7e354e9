import { describe, expect, it } from 'vitest';
import { aliyunErrorFamilies, aliyunErrorTable } from '../../../../electron/cloud/aliyun/aliyun-error-table';
import { codeForAction, findRow, undocumentedRow, type ErrorRow } from '../../../../electron/cloud/provider-error-row';
import { volcengineErrorTable } from '../../../../electron/cloud/volcengine/volcengine-error-table';
import type { ErrorCode } from '../../../../shared/errors/error-codes';
import { en } from '../../../../shared/i18n/en';
import { placeholdersOf } from '../../../../shared/i18n/translate';

// What the response readers put in every error's params.
const readerParams = ['action', 'httpStatus', 'providerCode'];

describe('provider error rows', () => {
  it('finds an exact row before a family, and nothing for an unknown code', () => {
    expect(findRow(aliyunErrorTable, aliyunErrorFamilies, 'MissingSecurityToken')?.code).toBe('cloud.securityTokenMissing');
    expect(findRow(aliyunErrorTable, aliyunErrorFamilies, 'MissingCasterId')?.code).toBe('cloud.invalidParameter');
    expect(findRow(aliyunErrorTable, aliyunErrorFamilies, 'toString')).toBeUndefined();
    expect(findRow(volcengineErrorTable, [], 'constructor')).toBeUndefined();
  });

  it('picks the app code for an action where the table says so', () => {
    const row = aliyunErrorTable['InvalidDomainName.NotFound'];
    expect(row && codeForAction(row, 'StartCaster')).toBe('studio.noOutputDomain');
    expect(row && codeForAction(row, 'SetCasterConfig')).toBe('domain.notFound');
    expect(row && codeForAction(row, 'hasOwnProperty')).toBe('domain.notFound');
  });

  it('reads undocumented codes by status class', () => {
    expect(undocumentedRow(500)).toEqual({ code: 'cloud.serverError', kind: 'transient', retryable: true });
    expect(undocumentedRow(429)).toEqual({ code: 'cloud.rejected', kind: 'permanent', retryable: false });
    expect(undocumentedRow(200)).toEqual({ code: 'cloud.rejected', kind: 'permanent', retryable: false });
  });

  it('gives every code a table can produce a message that interpolates only what the readers set', () => {
    const rows: ErrorRow[] = [...Object.values(aliyunErrorTable), ...aliyunErrorFamilies.map((rule) => rule.row), ...Object.values(volcengineErrorTable)];
    const produced = new Set<ErrorCode>([...rows.flatMap((row) => [row.code, ...Object.values(row.byAction ?? {})]), 'cloud.rejected', 'cloud.unexpectedResponse']);
    for (const code of produced) {
      for (const name of placeholdersOf(en[`error.${code}`])) expect(readerParams, `${code} uses {${name}}`).toContain(name);
    }
  });

  it('never lets a transport-only outcome come from a provider code', () => {
    const rows = [...Object.values(aliyunErrorTable), ...Object.values(volcengineErrorTable)];
    const transportOnly: ErrorCode[] = ['cloud.outcomeUnknown', 'cloud.offline', 'cloud.credentialsMissing', 'cloud.endpointRefused', 'cloud.cancelled'];
    expect(rows.filter((row) => transportOnly.includes(row.code))).toEqual([]);
  });
});
