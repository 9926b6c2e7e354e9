import type { ErrorCode } from '../../errors/error-codes';
import type { FieldIssueCode } from '../../errors/field-issue';
import type { CloudCallErrorCode } from './cloud-errors';

/** English messages for error codes (`error.<code>`) and form-field problems (`validation.<code>`). Every `error.<code>` and `validation.<code>` must exist (checked by the compiler); those of cloud calls live in `cloud-errors.ts`. */
export const errorMessages = {
  'error.ipc.untrustedSender': 'This window is not allowed to control Live Control Room.',
  'error.ipc.unknownChannel': 'The request "{channel}" is not part of this version of the app.',
  'error.ipc.invalidRequest': 'The request "{channel}" was malformed and was not carried out.',
  'error.ipc.invalidResponse': 'The app answered "{channel}" with data it could not read.',
  'error.ipc.unreachable': 'The app\'s background services did not answer "{channel}". Nothing was changed; try again.',
  'error.settings.unreadable': 'The settings file could not be read; defaults are in use.',
  'error.settings.unwritable': 'The settings could not be saved to the data folder.',
  'error.settings.corrupt': 'The settings file was damaged. It was moved aside to {backup} and defaults are in use; nothing in it was deleted.',
  'error.profile.invalid': 'Some fields need attention before the profile can be saved.',
  'error.profile.notFound': 'That profile no longer exists. It may have been removed from another window or from lcr.',
  'error.profile.builtInReadOnly': 'Built-in rehearsal profiles cannot be changed or removed.',
  'error.vault.noSessionBus': 'The system keychain cannot be reached: there is no D-Bus session. Start the app from a desktop session (or run it under dbus-run-session with a keyring). Nothing was stored or changed, and no secret was written anywhere else.',
  'error.vault.noKeyring': 'The system keychain has no login keyring. Create or unlock it (for example in Passwords and Keys), then try again. Nothing was stored or changed, and no secret was written anywhere else.',
  'error.vault.locked': 'The system keychain is locked. Unlock it (log in again, or open Passwords and Keys), then try again. Nothing was stored or changed, and no secret was written anywhere else.',
  'error.vault.unavailable': 'The system keychain refused the request. Check that it is running and unlocked, then try again. Nothing was stored or changed, and no secret was written anywhere else.',
  'error.vault.secretMissing': 'The keychain holds no secret for profile "{name}". Edit the profile and enter its AccessKey secret again.',
  'error.rehearsal.unavailable': 'The built-in rehearsal cloud cannot be called in this version yet. Choose a profile of your own in the status bar to reach a cloud.',
  'error.import.sourceUnreadable': 'Could not read {path}: it is not valid JSON in the expected format.',
  'error.import.candidateGone': 'A credential picked for import is no longer in its source. Preview the import again.',
  'error.internal': 'Something unexpected went wrong. Nothing else was changed; please report it with the diagnostics.',

  'validation.required': 'Required.',
  'validation.tooLong': 'At most {max} characters.',
  'validation.nameTaken': 'A profile named "{name}" already exists.',
  'validation.invalidAccessKeyId': 'Not an AccessKey ID: 8 to 128 letters, digits, dots, dashes or underscores.',
  'validation.invalidSecret': 'Not an AccessKey secret: 8 to 256 visible characters, no spaces.',
  'validation.invalidRegion': 'Not a region id, such as cn-shanghai.',
  'validation.regionFixed': 'Volcengine Live signs with {region} only.',
  'validation.invalidEndpoint': 'An endpoint is https:// or http:// with a host and an optional port, nothing more.',
  'validation.invalidSecurityToken': 'Not an STS token: visible characters only, no spaces.',
  'validation.invalidDate': 'Not a date and time.',
  'validation.expiryWithoutToken': 'An expiry needs an STS token.',
  'validation.secretNeededForNewKey': 'A new AccessKey ID needs its secret.',
  'validation.invalid': 'Not an acceptable value.',
} as const satisfies Record<`error.${Exclude<ErrorCode, CloudCallErrorCode>}` | `validation.${FieldIssueCode}`, string> & Record<string, string>;
