import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ImportPreview, ImportResult } from '../../shared/contract/channels';
import { sameName } from '../../shared/domain/profile-validation';
import type { ImportCandidate, ImportSource } from '../../shared/domain/profile';
import { AppErrorException, appError, toAppError, type AppError } from '../../shared/errors/app-error';
import { maskAccessKeyId } from '../../shared/format/mask';
import { parseAliyunCliConfig } from '../credentials/import/aliyun-cli-config';
import { environmentCredentials } from '../credentials/import/environment-credentials';
import type { FoundCredential } from '../credentials/import/found-credential';
import { parseVolcengineCliConfig } from '../credentials/import/volcengine-cli-config';
import type { ProfileService } from './profile-service';

/** Where import looks: the user's home (for the CLIs' config files) and the environment. */
export interface ImportServiceDeps {
  profiles: ProfileService;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The file's text, or null when there is no such file. */
  readText(file: string): string | null;
}

/** Import from the providers' CLI configs and the environment: preview without secrets, then apply. */
export interface ImportService {
  preview(sources?: readonly ImportSource[]): ImportPreview;
  apply(picks: readonly { candidateId: string; name: string }[]): Promise<ImportResult>;
}

const allSources: readonly ImportSource[] = ['aliyunCli', 'volcengineCli', 'environment'];
const sourceLabel: Record<ImportSource, string> = { aliyunCli: 'Alibaba CLI', volcengineCli: 'Volcengine CLI', environment: 'environment' };

function candidateId(found: FoundCredential): string {
  return createHash('sha256').update([found.source, found.origin, found.provider, found.accessKeyId].join('\0')).digest('hex').slice(0, 24);
}

/**
 * Creates the import service. Secrets never leave main: the preview describes what it found with
 * masked key ids, and applying reads the sources again and sends each secret straight to the
 * keychain through the profile service, so every import meets the same rules as a typed profile.
 */
export function createImportService({ profiles, home, env, readText }: ImportServiceDeps): ImportService {
  const configFile = (source: ImportSource) =>
    path.join(home, source === 'aliyunCli' ? '.aliyun' : '.volcengine', 'config.json');

  const gather = (sources: readonly ImportSource[]) => {
    const found: FoundCredential[] = [];
    const problems: AppError[] = [];
    for (const source of sources) {
      if (source === 'environment') {
        found.push(...environmentCredentials(env));
        continue;
      }
      const file = configFile(source);
      const text = readText(file);
      if (text === null) continue;
      const parsed = source === 'aliyunCli' ? parseAliyunCliConfig(text) : parseVolcengineCliConfig(text);
      if (parsed) found.push(...parsed);
      else problems.push(appError('import.sourceUnreadable', { path: file }));
    }
    return { found, problems };
  };

  const describe = (found: FoundCredential, takenNames: string[]): ImportCandidate => {
    const imported = profiles.records().some((r) => r.provider === found.provider && r.accessKeyId === found.accessKeyId);
    const base = found.source === 'environment' ? `Environment (${found.provider})` : `${found.origin} (${sourceLabel[found.source]})`;
    let suggestedName = base;
    for (let n = 2; takenNames.some((taken) => sameName(taken, suggestedName)); n += 1) suggestedName = `${base} ${n}`;
    takenNames.push(suggestedName);
    return {
      candidateId: candidateId(found),
      source: found.source,
      origin: found.origin,
      provider: found.provider,
      accessKeyIdMasked: maskAccessKeyId(found.accessKeyId),
      region: found.provider === 'aliyun' ? (found.region ?? 'cn-shanghai') : 'cn-north-1',
      hasSecurityToken: found.securityToken !== null,
      securityTokenExpiresAt: found.securityTokenExpiresAt,
      suggestedName,
      blocker: found.blocker ?? (imported ? 'alreadyImported' : null),
      mode: found.mode,
    };
  };

  return {
    preview(sources = allSources) {
      const { found, problems } = gather(sources);
      const takenNames = profiles.records().map((r) => r.name);
      return { candidates: found.map((f) => describe(f, takenNames)), problems };
    },

    async apply(picks) {
      const { found } = gather(allSources);
      const failures: ImportResult['failures'] = [];
      for (const pick of picks) {
        const credential = found.find((f) => candidateId(f) === pick.candidateId);
        try {
          if (!credential || credential.blocker) throw new AppErrorException(appError('import.candidateGone'));
          await profiles.create({
            name: pick.name,
            provider: credential.provider,
            accessKeyId: credential.accessKeyId,
            accessKeySecret: credential.accessKeySecret,
            region: credential.region ?? undefined,
            securityToken: credential.securityToken ?? undefined,
            securityTokenExpiresAt: credential.securityTokenExpiresAt ?? undefined,
          });
        } catch (thrown) {
          failures.push({ candidateId: pick.candidateId, error: toAppError(thrown) });
        }
      }
      return { state: profiles.list(), failures };
    },
  };
}
