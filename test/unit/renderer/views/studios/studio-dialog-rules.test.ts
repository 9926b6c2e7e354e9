import { describe, expect, it } from 'vitest';
import { studioNameIssue } from '../../../../../renderer/views/studios/creation-dialogs';
import { deleteRefusal, domainIssue } from '../../../../../renderer/views/studios/studio-change-dialogs';
import { studio } from '../../studio-fixtures';

// The rules the studio dialogs apply as the operator types, before main checks them again.

describe('studio dialog rules', () => {
  it('refuses only an empty studio name', () => {
    expect(studioNameIssue('Match 1')).toBeUndefined();
    expect(studioNameIssue('赛事 1')).toBeUndefined();
    expect(studioNameIssue('   ')).toEqual({ code: 'required', params: {} });
  });

  it('accepts a domain name or nothing (which clears it) as the output domain', () => {
    expect(domainIssue('live.rehearsal.example')).toBeUndefined();
    expect(domainIssue('  ')).toBeUndefined();
    expect(domainIssue('not a domain')).toEqual({ code: 'invalid', params: {} });
    expect(domainIssue('-live.example')?.code).toBe('invalid');
  });

  it('says why a studio cannot be deleted: running (stop it first) or a subscription', () => {
    expect(deleteRefusal(studio({ id: 'a', name: 'A' }))).toBeNull();
    expect(deleteRefusal(studio({ id: 'a', name: 'A', status: 'running' }))).toBe('studios.delete.running');
    expect(deleteRefusal(studio({ id: 'a', name: 'A', chargeType: 'prePaid' }))).toBe('studios.delete.prePaid');
  });
});
