import { profileView } from '../support/profile-views';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../electron/cli/exit-codes';
import { resolveImportPicks, resolveProfile } from '../../../electron/cli/resolve-arguments';
import type { ImportCandidate, ProfileView } from '../../../shared/domain/profile';

const view = (id: string, name: string): ProfileView => profileView({ id, name, provider: 'aliyun' });

const profiles = [view('0b9e-1', 'Show A'), view('0b9e-2', '晚间新闻'), view('0b9e-3', '0b9e-1')];

describe('resolving <name-or-id>', () => {
  it('finds a profile by id', () => {
    expect(resolveProfile(profiles, '0b9e-2').name).toBe('晚间新闻');
  });

  it('finds a profile by name, as the app compares names: without case or surrounding spaces', () => {
    expect(resolveProfile(profiles, 'show a').id).toBe('0b9e-1');
    expect(resolveProfile(profiles, '  SHOW A ').id).toBe('0b9e-1');
    expect(resolveProfile(profiles, '晚间新闻').id).toBe('0b9e-2');
  });

  it('prefers an exact id over a name that happens to look like it', () => {
    expect(resolveProfile(profiles, '0b9e-1').name).toBe('Show A');
  });

  it('fails with profile.notFound (exit 1) naming what was asked for', () => {
    const thrown = (() => {
      try {
        resolveProfile(profiles, 'Show');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(CliError);
    expect(thrown).toMatchObject({ code: 'profile.notFound', key: 'cli.error.profileNotFound', params: { query: 'Show' }, exit: 1 });
  });
});

const candidate = (candidateId: string, origin: string, source: ImportCandidate['source'] = 'aliyunCli'): ImportCandidate => ({
  candidateId,
  source,
  origin,
  provider: source === 'volcengineCli' ? 'volcengine' : 'aliyun',
  accessKeyIdMasked: 'LTAI****9P6',
  region: 'cn-shanghai',
  hasSecurityToken: false,
  securityTokenExpiresAt: null,
  suggestedName: `${origin} (CLI)`,
  blocker: null,
  mode: null,
});

const a = candidate('aaaa11112222333344445555', 'default');
const b = candidate('aaaa99998888777766665555', 'default', 'volcengineCli');
const c = candidate('cccc11112222333344445555', 'VOLCENGINE_ACCESS_KEY', 'environment');

describe('resolving --pick', () => {
  it('accepts full ids, id prefixes of six or more characters and unique origins', () => {
    expect(resolveImportPicks([a, b, c], ['aaaa11112222333344445555'])).toEqual([a]);
    expect(resolveImportPicks([a, b, c], ['aaaa99'])).toEqual([b]);
    expect(resolveImportPicks([a, b, c], ['VOLCENGINE_ACCESS_KEY'])).toEqual([c]);
  });

  it('collapses picks that name the same candidate twice', () => {
    expect(resolveImportPicks([a, b, c], ['cccc111', 'VOLCENGINE_ACCESS_KEY'])).toEqual([c]);
  });

  it('refuses a pick that matches nothing, or too short a prefix', () => {
    expect(() => resolveImportPicks([a, b, c], ['nope'])).toThrow(expect.objectContaining({ code: 'cli.pickUnknown', exit: 1 }));
    expect(() => resolveImportPicks([a, b, c], ['cccc'])).toThrow(expect.objectContaining({ code: 'cli.pickUnknown' }));
  });

  it('refuses an ambiguous pick and lists what it matched', () => {
    expect(() => resolveImportPicks([a, b, c], ['default'])).toThrow(
      expect.objectContaining({ code: 'cli.pickAmbiguous', params: { pick: 'default', matches: 'aaaa111122, aaaa999988' } }),
    );
    expect(() => resolveImportPicks([a, b, c], ['aaaa11'])).not.toThrow();
    const twin = candidate('aaaa11119999000011112222', 'other');
    expect(() => resolveImportPicks([a, twin], ['aaaa1111'])).toThrow(expect.objectContaining({ code: 'cli.pickAmbiguous' }));
  });
});
