import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

// First step of `npm test`: stop at once, naming the Debian packages, if the machine lacks a
// system component the tests need, instead of failing minutes later with an obscure error.
interface Requirement {
  what: string;
  debianPackage: string;
  present(): boolean;
}

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (command: string) =>
  (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && executable(path.join(dir, command)));

const requirements: Requirement[] = [
  {
    what: 'Chromium for the browser tests',
    debianPackage: 'chromium',
    present: () => executable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  { what: 'a D-Bus session bus for the keychain tests', debianPackage: 'dbus', present: () => onPath('dbus-run-session') },
  {
    what: 'a Secret Service (gnome-keyring) for the keychain tests',
    debianPackage: 'gnome-keyring',
    present: () => onPath('gnome-keyring-daemon'),
  },
  {
    what: 'libsecret, to build the keychain module (then run npm ci again)',
    debianPackage: 'libsecret-1-dev',
    present: () => existsSync(path.resolve('node_modules/keytar/build/Release/keytar.node')),
  },
];

const missing = requirements.filter((r) => !r.present());
if (missing.length > 0) {
  for (const r of missing) console.error(`missing: ${r.debianPackage} — ${r.what}`);
  console.error(`Install with: apt-get install -y ${missing.map((r) => r.debianPackage).join(' ')}`);
  process.exit(1);
}
