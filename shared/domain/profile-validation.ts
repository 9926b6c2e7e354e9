import type { FieldIssue, FieldIssues } from '../errors/field-issue';
import { volcengineRegion, type ProfileChanges, type ProfileDraft } from './profile';
import type { Provider } from './provider';

/** Longest accepted profile name and notes. */
export const maxNameLength = 64;
export const maxNotesLength = 500;

// Alibaba AK ids are `LTAI…` (or `STS.…` for temporary ones), Volcengine `AKLT…`/`AKTP…`.
const accessKeyIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{7,127}$/;
const secretPattern = /^[\x21-\x7E]{8,256}$/;
const tokenPattern = /^[\x21-\x7E]{16,16384}$/;
const regionPattern = /^[a-z]{2,}(-[a-z0-9]+){1,4}$/;
// An endpoint override is a scheme, a host (name, IPv4 or [IPv6]) and an optional port: no
// credentials, path, query or fragment, which would end up in every signed request.
const endpointPattern = /^https?:\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)(:\d{1,5})?\/?$/;

const issue = (code: FieldIssue['code'], params: FieldIssue['params'] = {}): FieldIssue => ({ code, params });

/** Names compare without case and surrounding spaces: "Show A" and "show a " are the same profile. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function checkName(name: string, takenNames: readonly string[], issues: FieldIssues): void {
  const trimmed = name.trim();
  if (!trimmed) issues.name = issue('required');
  else if (trimmed.length > maxNameLength) issues.name = issue('tooLong', { max: maxNameLength });
  else if (takenNames.some((taken) => sameName(taken, trimmed))) issues.name = issue('nameTaken', { name: trimmed });
}

function checkEndpoint(endpoint: string | undefined, issues: FieldIssues): void {
  const value = endpoint?.trim();
  if (value && !endpointPattern.test(value)) issues.endpoint = issue('invalidEndpoint');
}

function checkRegion(provider: Provider, region: string | undefined, issues: FieldIssues): void {
  const value = region?.trim();
  if (!value) return;
  if (provider === 'volcengine') {
    if (value !== volcengineRegion) issues.region = issue('regionFixed', { region: volcengineRegion });
  } else if (!regionPattern.test(value)) issues.region = issue('invalidRegion');
}

function checkToken(token: string | undefined, expiresAt: string | undefined, hasToken: boolean, issues: FieldIssues): void {
  if (token && !tokenPattern.test(token.trim())) issues.securityToken = issue('invalidSecurityToken');
  const expiry = expiresAt?.trim();
  if (!expiry) return;
  if (Number.isNaN(Date.parse(expiry))) issues.securityTokenExpiresAt = issue('invalidDate');
  else if (!hasToken) issues.securityTokenExpiresAt = issue('expiryWithoutToken');
}

function checkKeyPair(accessKeyId: string | undefined, secret: string | undefined, issues: FieldIssues): void {
  if (accessKeyId !== undefined) {
    if (!accessKeyId.trim()) issues.accessKeyId = issue('required');
    else if (!accessKeyIdPattern.test(accessKeyId.trim())) issues.accessKeyId = issue('invalidAccessKeyId');
  }
  if (secret !== undefined) {
    if (!secret) issues.accessKeySecret = issue('required');
    else if (!secretPattern.test(secret)) issues.accessKeySecret = issue('invalidSecret');
  }
}

function checkNotes(notes: string | undefined, issues: FieldIssues): void {
  if (notes && notes.length > maxNotesLength) issues.notes = issue('tooLong', { max: maxNotesLength });
}

/**
 * Every rule a new profile must meet, per field. Pure, so the form checks as the operator types and
 * main checks again, with the same words, before anything is stored.
 */
export function validateProfileDraft(draft: ProfileDraft, takenNames: readonly string[]): FieldIssues {
  const issues: FieldIssues = {};
  checkName(draft.name, takenNames, issues);
  checkKeyPair(draft.accessKeyId, draft.accessKeySecret, issues);
  checkRegion(draft.provider, draft.region, issues);
  checkEndpoint(draft.endpoint, issues);
  checkToken(draft.securityToken, draft.securityTokenExpiresAt, Boolean(draft.securityToken?.trim()), issues);
  checkNotes(draft.notes, issues);
  return issues;
}

/** What validating changes needs to know about the profile being changed. */
export interface ChangeContext {
  provider: Provider;
  hasSecurityToken: boolean;
  /** Names of every other profile. */
  takenNames: readonly string[];
}

/** The rules for changing a profile; only the fields present are checked. */
export function validateProfileChanges(changes: ProfileChanges, context: ChangeContext): FieldIssues {
  const issues: FieldIssues = {};
  if (changes.name !== undefined) checkName(changes.name, context.takenNames, issues);
  checkKeyPair(changes.accessKeyId, changes.accessKeySecret, issues);
  if (changes.accessKeyId !== undefined && changes.accessKeySecret === undefined && !issues.accessKeyId) {
    issues.accessKeySecret = issue('secretNeededForNewKey');
  }
  checkRegion(context.provider, changes.region, issues);
  checkEndpoint(changes.endpoint, issues);
  const tokenAfter = changes.securityToken === undefined ? context.hasSecurityToken : Boolean(changes.securityToken.trim());
  checkToken(changes.securityToken || undefined, changes.securityTokenExpiresAt, tokenAfter, issues);
  checkNotes(changes.notes, issues);
  return issues;
}
