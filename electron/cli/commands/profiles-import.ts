import type { ImportCandidate, ImportSource, ProfileView } from '../../../shared/domain/profile';
import { sameName } from '../../../shared/domain/profile-validation';
import type { AppError } from '../../../shared/errors/app-error';
import { ExitCode } from '../exit-codes';
import { candidateStatus, importTable, providerName } from '../profile-tables';
import { failureData, failureMessage, fieldLines } from '../report-error';
import { resolveImportPicks } from '../resolve-arguments';
import { writeJson, type CommandContext, type CommandRunner } from './command-context';

const sourceOf: Record<string, ImportSource> = { 'aliyun-cli': 'aliyunCli', 'volcengine-cli': 'volcengineCli', env: 'environment' };

/** A pick that was not imported: the services' error, or null when the preview already blocked it. */
interface Failed {
  candidate: ImportCandidate;
  error: AppError | null;
}

function reason(ctx: CommandContext, { candidate, error }: Failed): string {
  if (!error) return candidateStatus(candidate, ctx.t);
  return [failureMessage(error, ctx.t), ...fieldLines(error.fields, ctx.t)].join(' ');
}

function failureJsonOf({ candidate, error }: Failed) {
  const data = error ? failureData(error) : { code: 'cli.importBlocked', params: { blocker: candidate.blocker ?? '', mode: candidate.mode ?? '' } };
  return { candidateId: candidate.candidateId, origin: candidate.origin, error: data };
}

function report(ctx: CommandContext, json: boolean, imported: ProfileView[], failed: Failed[]): void {
  if (json) {
    writeJson(ctx, { imported, failures: failed.map(failureJsonOf) });
    return;
  }
  for (const p of imported) {
    ctx.io.out(`${ctx.t('cli.import.imported', { name: p.name, provider: providerName(p.provider, ctx.t), accessKeyId: p.accessKeyIdMasked })}\n`);
  }
  for (const f of failed) ctx.io.err(`${ctx.t('cli.import.failed', { origin: f.candidate.origin, reason: reason(ctx, f) })}\n`);
  if (imported.length === 0 && failed.length === 0) ctx.io.out(`${ctx.t('cli.import.nothingReady')}\n`);
}

/**
 * `lcr profiles import`: without `--pick`/`--all` a preview only (nothing is stored, and secrets
 * never leave the services — the preview has masked key ids). Picks are imported under their
 * suggested names through the same `profiles.importApply` as the app's import dialog. Candidates
 * that cannot be imported (unsupported mode, no secret, already imported) are never sent.
 */
export const profilesImport: CommandRunner = async (ctx, args) => {
  const from = args.list('from');
  const sources = [...new Set(from.map((name) => sourceOf[name]).filter((s): s is ImportSource => s !== undefined))];
  const preview = await ctx.call('profiles.importPreview', sources.length > 0 ? { sources } : {});
  const json = args.flag('json');
  if (!json) for (const problem of preview.problems) ctx.io.err(`${ctx.t('cli.warning', { message: failureMessage(problem, ctx.t) })}\n`);

  const picks = args.list('pick');
  if (!args.flag('all') && picks.length === 0) {
    if (json) writeJson(ctx, preview);
    else if (preview.candidates.length === 0) ctx.io.out(`${ctx.t('cli.import.none')}\n`);
    else ctx.io.out(`${importTable(preview, ctx.t)}\n${ctx.t('cli.import.previewOnly')}\n`);
    return ExitCode.ok;
  }

  const chosen = args.flag('all') ? preview.candidates.filter((c) => !c.blocker) : resolveImportPicks(preview.candidates, picks);
  const ready = chosen.filter((c) => !c.blocker);
  const failed: Failed[] = chosen.filter((c) => c.blocker).map((c) => ({ candidate: c, error: null }));
  const imported: ProfileView[] = [];
  if (ready.length > 0) {
    const result = await ctx.call('profiles.importApply', { picks: ready.map((c) => ({ candidateId: c.candidateId, name: c.suggestedName })) });
    for (const candidate of ready) {
      const failure = result.failures.find((f) => f.candidateId === candidate.candidateId);
      const profile = result.state.profiles.find((p) => !p.builtIn && sameName(p.name, candidate.suggestedName));
      if (failure) failed.push({ candidate, error: failure.error });
      else if (profile) imported.push(profile);
    }
  }
  report(ctx, json, imported, failed);
  return failed.length > 0 ? ExitCode.failed : ExitCode.ok;
};
