import { describe, expect, it } from 'vitest';
import { keychainError } from '../../../../electron/credentials/keychain-errors';

// The messages libsecret gives in the three "keychain unavailable" cases (see ENVIRONMENT.md);
// the integration tests produce them for real against gnome-keyring.
describe('keychainError', () => {
  it('tells each unavailable case apart', () => {
    expect(keychainError(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')).code).toBe('vault.noSessionBus');
    expect(keychainError(new Error('Object does not exist at path “/org/freedesktop/secrets/collection/login”')).code).toBe('vault.noKeyring');
    expect(keychainError(new Error('Cannot create an item in a locked collection'))).toMatchObject({ code: 'vault.locked', retryable: true });
  });

  it('keeps the library message as a hint and falls back to a general error', () => {
    expect(keychainError(new Error('The user name or passphrase you entered is not correct.'))).toMatchObject({
      code: 'vault.unavailable',
      hint: 'The user name or passphrase you entered is not correct.',
    });
    expect(keychainError('odd').code).toBe('vault.unavailable');
  });
});
