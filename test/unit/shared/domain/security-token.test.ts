import { describe, expect, it } from 'vitest';
import { securityTokenStatus } from '../../../../shared/domain/security-token';

const now = new Date('2026-11-22T20:00:00Z');

describe('securityTokenStatus', () => {
  it('flags a token within thirty minutes of expiry, and an expired one', () => {
    expect(securityTokenStatus('2026-11-22T22:00:00Z', now)).toBe('valid');
    expect(securityTokenStatus('2026-11-22T20:30:00Z', now)).toBe('expiringSoon');
    expect(securityTokenStatus('2026-11-22T20:00:00Z', now)).toBe('expired');
    expect(securityTokenStatus('2026-11-21T20:00:00Z', now)).toBe('expired');
  });

  it('says when the expiry is unknown', () => {
    expect(securityTokenStatus(null, now)).toBe('unknownExpiry');
    expect(securityTokenStatus('soon', now)).toBe('unknownExpiry');
  });
});
