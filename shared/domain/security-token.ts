/** How close to expiry an STS token is, for the flag beside a profile. */
export type SecurityTokenStatus = 'valid' | 'expiringSoon' | 'expired' | 'unknownExpiry';

/** Within this much of its expiry a token is flagged: enough time to renew before going on air. */
export const securityTokenWarningMs = 30 * 60 * 1000;

/** The status of a token expiring at `expiresAt` (ISO 8601), as of `now`. */
export function securityTokenStatus(expiresAt: string | null, now: Date): SecurityTokenStatus {
  if (expiresAt === null) return 'unknownExpiry';
  const left = Date.parse(expiresAt) - now.getTime();
  if (Number.isNaN(left)) return 'unknownExpiry';
  if (left <= 0) return 'expired';
  return left <= securityTokenWarningMs ? 'expiringSoon' : 'valid';
}
