import {
  defaultAliyunRegion,
  volcengineRegion,
  type ProfileChanges,
  type ProfileDraft,
  type ProfileView,
  type SignatureVersion,
} from '../../../shared/domain/profile';
import { validateProfileChanges, validateProfileDraft } from '../../../shared/domain/profile-validation';
import type { Provider } from '../../../shared/domain/provider';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { isoToLocalInput, localInputToIso } from '../../time/local-datetime';

/**
 * What the profile form holds while it is open. The secret and the STS token live only here, in
 * the dialog's own component state, and are cleared as soon as a request with them resolves.
 */
export interface ProfileFormValues {
  provider: Provider;
  name: string;
  /** Empty on edit: the stored ID is shown masked as a placeholder; typing one replaces it. */
  accessKeyId: string;
  accessKeySecret: string;
  region: string;
  signatureVersion: SignatureVersion;
  endpoint: string;
  securityToken: string;
  /** On edit: remove the stored STS token (and its expiry). */
  removeSecurityToken: boolean;
  /** The expiry as a `datetime-local` value in `zone`. */
  securityTokenExpiresLocal: string;
  /** The desk's time zone when the form opened: the expiry is read in it, even if Settings change meanwhile. */
  zone: string;
  notes: string;
}

/** The form's fields as main and the validators name them, in screen order. */
export const profileFormFields = [
  'name',
  'accessKeyId',
  'accessKeySecret',
  'region',
  'signatureVersion',
  'endpoint',
  'securityToken',
  'securityTokenExpiresAt',
  'notes',
] as const;
/** One field of the form, by its name in drafts, changes and field issues. */
export type ProfileFormField = (typeof profileFormFields)[number];

/** The fields that hold secrets: never kept once a request with them resolves. */
export const secretFields = ['accessKeySecret', 'securityToken'] as const satisfies readonly ProfileFormField[];

/** The region a provider's profile starts with. */
export function defaultRegion(provider: Provider): string {
  return provider === 'volcengine' ? volcengineRegion : defaultAliyunRegion;
}

/** A blank form for a new profile of `provider`. */
export function emptyProfileForm(provider: Provider, zone: string): ProfileFormValues {
  return {
    provider,
    zone,
    name: '',
    accessKeyId: '',
    accessKeySecret: '',
    region: defaultRegion(provider),
    signatureVersion: 'v3',
    endpoint: '',
    securityToken: '',
    removeSecurityToken: false,
    securityTokenExpiresLocal: '',
    notes: '',
  };
}

/** The form for editing `profile`: its metadata filled in, the key pair and token left empty. */
export function profileFormFor(profile: ProfileView, zone: string): ProfileFormValues {
  return {
    ...emptyProfileForm(profile.provider, zone),
    name: profile.name,
    region: profile.region,
    signatureVersion: profile.signatureVersion,
    endpoint: profile.endpoint ?? '',
    securityTokenExpiresLocal: isoToLocalInput(profile.securityToken?.expiresAt ?? null, zone),
    notes: profile.notes,
  };
}

const optional = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);
/** An Alibaba region left blank means the default one, as the placeholder says. */
const regionOf = (values: ProfileFormValues): string =>
  values.provider === 'volcengine' ? volcengineRegion : values.region.trim() || defaultAliyunRegion;

/** The request that creates a profile from the form. Optional fields left blank are omitted. */
export function formToDraft(values: ProfileFormValues): ProfileDraft {
  const draft: ProfileDraft = {
    name: values.name.trim(),
    provider: values.provider,
    accessKeyId: values.accessKeyId.trim(),
    accessKeySecret: values.accessKeySecret,
    region: regionOf(values),
  };
  if (values.provider === 'aliyun') draft.signatureVersion = values.signatureVersion;
  const endpoint = optional(values.endpoint);
  if (endpoint) draft.endpoint = endpoint;
  const token = optional(values.securityToken);
  if (token) draft.securityToken = token;
  const expiresAt = localInputToIso(values.securityTokenExpiresLocal, values.zone);
  if (expiresAt) draft.securityTokenExpiresAt = expiresAt;
  const notes = optional(values.notes);
  if (notes) draft.notes = notes;
  return draft;
}

/**
 * Only what the operator changed: untouched fields are absent so main keeps them; an empty
 * endpoint, expiry or token (when removal is ticked) is sent as `''`, which clears it.
 */
export function formToChanges(values: ProfileFormValues, profile: ProfileView): ProfileChanges {
  const changes: ProfileChanges = {};
  if (values.name.trim() !== profile.name) changes.name = values.name.trim();
  if (values.accessKeyId.trim()) changes.accessKeyId = values.accessKeyId.trim();
  if (values.accessKeySecret) changes.accessKeySecret = values.accessKeySecret;
  if (profile.provider === 'aliyun') {
    if (regionOf(values) !== profile.region) changes.region = regionOf(values);
    if (values.signatureVersion !== profile.signatureVersion) changes.signatureVersion = values.signatureVersion;
  }
  if (values.endpoint.trim() !== (profile.endpoint ?? '')) changes.endpoint = values.endpoint.trim();
  if (values.removeSecurityToken) {
    changes.securityToken = '';
    changes.securityTokenExpiresAt = '';
  } else {
    if (values.securityToken.trim()) changes.securityToken = values.securityToken.trim();
    if (values.securityTokenExpiresLocal !== isoToLocalInput(profile.securityToken?.expiresAt ?? null, values.zone)) {
      changes.securityTokenExpiresAt = localInputToIso(values.securityTokenExpiresLocal, values.zone);
    }
  }
  if (values.notes.trim() !== profile.notes) changes.notes = values.notes.trim();
  return changes;
}

/**
 * Every problem with the form as it stands, by the shared rules main applies too. `profile` is the
 * one being edited (null when creating); `takenNames` are the names of every other profile.
 */
export function formIssues(values: ProfileFormValues, profile: ProfileView | null, takenNames: readonly string[]): FieldIssues {
  if (!profile) return validateProfileDraft(formToDraft(values), takenNames);
  return validateProfileChanges(formToChanges(values, profile), {
    provider: profile.provider,
    hasSecurityToken: profile.securityToken !== null,
    takenNames,
  });
}

/**
 * The problems to show: the form's own for fields the operator has touched (all of them after a
 * save was attempted), and main's for fields not edited since main reported them. Main may name a
 * field by its path in the request (`changes.name`); only the last segment is the field.
 */
export function shownIssues(
  local: FieldIssues,
  fromMain: FieldIssues,
  touched: ReadonlySet<string>,
  attempted: boolean,
): FieldIssues {
  const shown: FieldIssues = {};
  for (const [field, issue] of Object.entries(local)) if (attempted || touched.has(field)) shown[field] = issue;
  for (const [path, issue] of Object.entries(fromMain)) shown[path.split('.').at(-1) ?? path] = issue;
  return shown;
}
