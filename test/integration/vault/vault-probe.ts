import { createKeytarVault } from '../../../electron/credentials/keytar-vault';
import { createLogger } from '../../../electron/log';
import { toAppError } from '../../../shared/errors/app-error';

// Run as a child process by the vault tests, in whatever D-Bus/keyring situation the test set up:
// tries to store, read and remove one secret and prints the outcome as one JSON line.
const vault = createKeytarVault(createLogger('vault', () => undefined));
try {
  await vault.put('probe-profile', { accessKeySecret: 'ProbeSecretValue-1' });
  const read = await vault.get('probe-profile');
  await vault.remove('probe-profile');
  process.stdout.write(`${JSON.stringify({ ok: true, read })}\n`);
} catch (thrown) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: toAppError(thrown) })}\n`);
}
