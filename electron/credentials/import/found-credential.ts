import type { ImportBlocker, ImportSource } from '../../../shared/domain/profile';
import type { Provider } from '../../../shared/domain/provider';

/**
 * A credential found in a CLI config file or the environment, secrets included. It exists only in
 * main, for the moment between reading a source and storing the secret in the keychain.
 */
export interface FoundCredential {
  source: ImportSource;
  /** The CLI profile's name, or the environment variable that held the key id. */
  origin: string;
  provider: Provider;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string | null;
  securityTokenExpiresAt: string | null;
  region: string | null;
  /** Set when the source's mode is one we cannot sign with (role assumption, SSO…). */
  blocker: Extract<ImportBlocker, 'unsupportedMode' | 'missingSecret'> | null;
  mode: string | null;
}

/** Seconds or milliseconds since the epoch (CLIs use both) as ISO 8601; 0 or junk as null. */
export function epochToIso(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  return new Date(value > 1e12 ? value : value * 1000).toISOString();
}

/** A string field of a parsed JSON object, trimmed; anything else as empty. */
export function stringField(object: Record<string, unknown>, key: string): string {
  const value = object[key];
  return typeof value === 'string' ? value.trim() : '';
}
