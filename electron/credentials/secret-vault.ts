/** What the keychain holds for one profile. */
export interface StoredSecret {
  accessKeySecret: string;
  securityToken?: string;
}

/**
 * Where secrets live: the OS keychain, and nowhere else. There is deliberately no fallback
 * implementation that writes to disk — if the keychain is unavailable the operation fails with a
 * typed `vault.*` error and the secret is not stored.
 */
export interface SecretVault {
  put(profileId: string, secret: StoredSecret): Promise<void>;
  /** The stored secret, or null when the keychain has none for this profile. */
  get(profileId: string): Promise<StoredSecret | null>;
  /** Removes the profile's secret; removing one that is not there is not an error. */
  remove(profileId: string): Promise<void>;
}

/** The keychain service name every entry is filed under (account = profile id). */
export const keychainService = 'live-control-room';
