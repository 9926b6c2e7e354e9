import { describe, expect, it } from 'vitest';
import {
  emptyProfileForm,
  formIssues,
  formToChanges,
  formToDraft,
  profileFormFor,
  shownIssues,
  type ProfileFormValues,
} from '../../../../../renderer/views/profiles/profile-form-model';
import { profileView } from '../../../support/profile-views';
import { useTimeZone } from '../../../support/time-zone';

// The desk shows Beijing time (UTC+8); the workstation is elsewhere, which changes nothing.
const zone = 'Asia/Shanghai';

const secret = 'Sup3rSecretValue-9f1c2d';
const filled: ProfileFormValues = {
  ...emptyProfileForm('aliyun', zone),
  name: '  Show A ',
  accessKeyId: ' LTAI5tTestKey0001X9P6 ',
  accessKeySecret: secret,
};
const stored = profileView({
  id: 'p1',
  provider: 'aliyun',
  name: 'Show A',
  region: 'cn-beijing',
  signatureVersion: 'v1',
  endpoint: 'http://127.0.0.1:9000',
  notes: 'main desk',
  securityToken: { expiresAt: '2025-06-01T08:30:00.000Z' },
});

describe('profile form model', () => {
  useTimeZone('America/New_York');

  it('starts a new profile on the provider\'s default region and signature V3', () => {
    expect(emptyProfileForm('aliyun', zone)).toMatchObject({ region: 'cn-shanghai', signatureVersion: 'v3', accessKeySecret: '' });
    expect(emptyProfileForm('volcengine', zone).region).toBe('cn-north-1');
  });

  it('maps the form to a draft: trimmed, blanks omitted, the expiry typed in the desk\'s zone sent in UTC', () => {
    expect(formToDraft(filled)).toEqual({
      name: 'Show A',
      provider: 'aliyun',
      accessKeyId: 'LTAI5tTestKey0001X9P6',
      accessKeySecret: secret,
      region: 'cn-shanghai',
      signatureVersion: 'v3',
    });
    const full = { ...filled, region: ' ', endpoint: ' https://live.example.com ', securityToken: ' tok ', securityTokenExpiresLocal: '2025-06-01T16:30', notes: ' n ' };
    expect(formToDraft(full)).toMatchObject({
      region: 'cn-shanghai',
      endpoint: 'https://live.example.com',
      securityToken: 'tok',
      securityTokenExpiresAt: '2025-06-01T08:30:00.000Z',
      notes: 'n',
    });
  });

  it('never sends a signature version or another region for Volcengine', () => {
    const draft = formToDraft({ ...emptyProfileForm('volcengine', zone), region: 'cn-beijing', signatureVersion: 'v1' });
    expect(draft.region).toBe('cn-north-1');
    expect(draft).not.toHaveProperty('signatureVersion');
  });

  it('opens an edit with the metadata, and the key pair and token empty', () => {
    expect(profileFormFor(stored, zone)).toEqual({
      ...emptyProfileForm('aliyun', zone),
      name: 'Show A',
      region: 'cn-beijing',
      signatureVersion: 'v1',
      endpoint: 'http://127.0.0.1:9000',
      securityTokenExpiresLocal: '2025-06-01T16:30',
      notes: 'main desk',
    });
  });

  it('sends no changes for an untouched edit, and only what changed otherwise', () => {
    const form = profileFormFor(stored, zone);
    expect(formToChanges(form, stored)).toEqual({});
    expect(formToChanges({ ...form, name: 'Show B ', region: 'cn-hangzhou' }, stored)).toEqual({ name: 'Show B', region: 'cn-hangzhou' });
    expect(formToChanges({ ...form, endpoint: '', notes: '' }, stored)).toEqual({ endpoint: '', notes: '' });
    expect(formToChanges({ ...form, securityTokenExpiresLocal: '' }, stored)).toEqual({ securityTokenExpiresAt: '' });
  });

  it('sends a new key pair, a new secret alone, or a token removal', () => {
    const form = profileFormFor(stored, zone);
    expect(formToChanges({ ...form, accessKeyId: 'LTAI5tOther0002', accessKeySecret: secret }, stored)).toEqual({
      accessKeyId: 'LTAI5tOther0002',
      accessKeySecret: secret,
    });
    expect(formToChanges({ ...form, accessKeySecret: secret }, stored)).toEqual({ accessKeySecret: secret });
    expect(formToChanges({ ...form, removeSecurityToken: true, securityToken: 'ignored-token-value' }, stored)).toEqual({
      securityToken: '',
      securityTokenExpiresAt: '',
    });
  });

  it('checks a new profile by the shared rules, with the other profiles\' names', () => {
    expect(formIssues(filled, null, [])).toEqual({});
    expect(formIssues({ ...filled, accessKeyId: 'bad id!' }, null, []).accessKeyId?.code).toBe('invalidAccessKeyId');
    expect(formIssues(filled, null, ['show a']).name?.code).toBe('nameTaken');
    expect(formIssues({ ...filled, accessKeySecret: '' }, null, []).accessKeySecret?.code).toBe('required');
  });

  it('checks an edit by what changed: a new ID needs its secret, the own name is free', () => {
    const form = profileFormFor(stored, zone);
    expect(formIssues(form, stored, ['Other'])).toEqual({});
    expect(formIssues({ ...form, accessKeyId: 'LTAI5tOther0002' }, stored, []).accessKeySecret?.code).toBe('secretNeededForNewKey');
    expect(formIssues({ ...form, name: 'Other' }, stored, ['Other']).name?.code).toBe('nameTaken');
  });

  it('shows the form\'s problems for touched fields (all after a save attempt) and main\'s always', () => {
    const local = { name: { code: 'required' as const, params: {} }, accessKeyId: { code: 'required' as const, params: {} } };
    const fromMain = { 'changes.region': { code: 'invalidRegion' as const, params: {} } };
    expect(shownIssues(local, {}, new Set(), false)).toEqual({});
    expect(Object.keys(shownIssues(local, {}, new Set(['name']), false))).toEqual(['name']);
    expect(Object.keys(shownIssues(local, fromMain, new Set(), true))).toEqual(['name', 'accessKeyId', 'region']);
  });

  it('keeps reading the expiry in the zone the form opened in', () => {
    const utcForm = { ...filled, zone: 'UTC', securityToken: 'tok', securityTokenExpiresLocal: '2025-06-01T16:30' };
    expect(formToDraft(utcForm).securityTokenExpiresAt).toBe('2025-06-01T16:30:00.000Z');
    expect(profileFormFor(stored, 'UTC').securityTokenExpiresLocal).toBe('2025-06-01T08:30');
  });
});
