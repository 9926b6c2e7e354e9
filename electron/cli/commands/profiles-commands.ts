import { SignatureVersion, type ProfileChanges, type ProfileDraft } from '../../../shared/domain/profile';
import { sameName, validateProfileChanges, validateProfileDraft } from '../../../shared/domain/profile-validation';
import { Provider } from '../../../shared/domain/provider';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import type { FieldIssues } from '../../../shared/errors/field-issue';
import { CliError, ExitCode, usageError } from '../exit-codes';
import type { ParsedArgs } from '../parse-command-line';
import { profilesTable, providerName } from '../profile-tables';
import { askYesNo, readSecrets, type SecretKind } from '../prompts';
import { resolveProfile } from '../resolve-arguments';
import { writeJson, type CommandRunner } from './command-context';

// `lcr profiles list|add|edit|remove|use`: each a thin layer over the contract call the app's
// profile screen makes, so the CLI and the app cannot disagree about what a valid profile is.

type OptionalFields = Pick<ProfileDraft, 'region' | 'signatureVersion' | 'endpoint' | 'securityTokenExpiresAt' | 'notes'>;

/** The optional fields `add` and `edit` share, as given; `--endpoint ''` is kept: it means "default". */
function optionalFields(args: ParsedArgs): OptionalFields {
  const fields: OptionalFields = {};
  const region = args.string('region');
  const signature = args.string('signature');
  const endpoint = args.string('endpoint');
  const expires = args.string('sts-expires');
  const notes = args.string('notes');
  if (region !== undefined) fields.region = region;
  if (signature !== undefined) fields.signatureVersion = SignatureVersion.parse(signature);
  if (endpoint !== undefined) fields.endpoint = endpoint;
  if (expires !== undefined) fields.securityTokenExpiresAt = expires;
  if (notes !== undefined) fields.notes = notes;
  return fields;
}

/** The refusal the services give for bad input, so the CLI's own checks read exactly the same. */
const refuseFields = (fields: FieldIssues) => new AppErrorException(appError('profile.invalid', {}, { fields }));

// Stand-ins that pass the secret rules, for checking everything else before a secret is typed.
const standInSecret = 'stand-in-secret';
const standInToken = 'stand-in-security-token';

/**
 * Refuses what was typed on the command line before any secret is asked for, so a mistyped region
 * fails at once instead of after the operator has pasted a secret. The secrets' own issues are
 * left out (they are stand-ins here); the services check everything again when the call is made.
 */
function checkBeforeSecrets(issues: FieldIssues): void {
  const typed = Object.entries(issues).filter(([field]) => field !== 'accessKeySecret' && field !== 'securityToken');
  if (typed.length > 0) throw refuseFields(Object.fromEntries(typed));
}

/** `--sts` promises a token: an empty line must not quietly store none (or remove the current one). */
function requireToken(wanted: boolean, token: string | undefined): void {
  if (wanted && !token?.trim()) throw refuseFields({ securityToken: { code: 'required', params: {} } });
}

/** `lcr profiles list [--json]`: the contract's ProfilesState as is, or as a table. */
export const profilesList: CommandRunner = async (ctx, args) => {
  const state = await ctx.call('profiles.list', {});
  if (args.flag('json')) writeJson(ctx, state);
  else ctx.io.out(profilesTable(state, ctx.t, ctx.now()));
  return ExitCode.ok;
};

/**
 * `lcr profiles add`: a new profile from options plus secrets read from a hidden prompt or
 * standard input, stored by the same `profiles.create` the app's form uses (keychain first).
 */
export const profilesAdd: CommandRunner = async (ctx, args) => {
  const sts = args.flag('sts');
  const draft: ProfileDraft = {
    name: args.string('name') ?? '',
    provider: Provider.parse(args.string('provider')),
    accessKeyId: args.string('access-key-id') ?? '',
    accessKeySecret: '',
    ...optionalFields(args),
  };
  const { profiles } = await ctx.call('profiles.list', {});
  const standIns = { accessKeySecret: standInSecret, securityToken: sts ? standInToken : undefined };
  checkBeforeSecrets(validateProfileDraft({ ...draft, ...standIns }, profiles.map((p) => p.name)));

  const kinds: SecretKind[] = sts ? ['accessKeySecret', 'securityToken'] : ['accessKeySecret'];
  const [accessKeySecret = '', securityToken] = await readSecrets(ctx.io, ctx.t, { kinds, profileName: draft.name.trim(), fromStdin: args.flag('secret-stdin') });
  requireToken(sts, securityToken);
  const state = await ctx.call('profiles.create', { ...draft, accessKeySecret, ...(sts ? { securityToken } : {}) });

  const created = state.profiles.find((p) => !p.builtIn && sameName(p.name, draft.name));
  if (created) {
    const params = { name: created.name, provider: providerName(created.provider, ctx.t), accessKeyId: created.accessKeyIdMasked, id: created.id };
    ctx.io.out(`${ctx.t('cli.added', params)}\n`);
  }
  return ExitCode.ok;
};

/**
 * `lcr profiles edit <name-or-id>`: only the options given change. A new AccessKey ID implies a
 * new secret (the pair is only valid together), so it is asked for as with `--rotate-secret`;
 * `--sts` sets or replaces the STS token and `--no-sts` removes it.
 */
export const profilesEdit: CommandRunner = async (ctx, args) => {
  const { profiles } = await ctx.call('profiles.list', {});
  const target = resolveProfile(profiles, args.positionals[0] ?? '');
  const changes: ProfileChanges = { ...optionalFields(args) };
  const name = args.string('name');
  const accessKeyId = args.string('access-key-id');
  if (name !== undefined) changes.name = name;
  if (accessKeyId !== undefined) changes.accessKeyId = accessKeyId;
  if (args.flag('no-sts')) changes.securityToken = '';
  const sts = args.flag('sts');
  const kinds: SecretKind[] = [];
  if (args.flag('rotate-secret') || accessKeyId !== undefined) kinds.push('accessKeySecret');
  if (sts) kinds.push('securityToken');

  if (args.flag('secret-stdin') && kinds.length === 0) throw usageError('cli.usage.secretStdinUnused');
  if (Object.keys(changes).length === 0 && kinds.length === 0) throw usageError('cli.usage.nothingToChange');
  if (target.builtIn) throw new AppErrorException(appError('profile.builtInReadOnly'));
  const standIns = {
    ...(kinds.includes('accessKeySecret') ? { accessKeySecret: standInSecret } : {}),
    ...(sts ? { securityToken: standInToken } : {}),
  };
  const takenNames = profiles.filter((p) => p.id !== target.id).map((p) => p.name);
  checkBeforeSecrets(validateProfileChanges({ ...changes, ...standIns }, { provider: target.provider, hasSecurityToken: target.securityToken !== null, takenNames }));

  const values = await readSecrets(ctx.io, ctx.t, { kinds, profileName: target.name, fromStdin: args.flag('secret-stdin') });
  for (const [i, kind] of kinds.entries()) changes[kind] = values[i] ?? '';
  requireToken(sts, changes.securityToken);
  const state = await ctx.call('profiles.update', { id: target.id, changes });
  const updated = state.profiles.find((p) => p.id === target.id);
  ctx.io.out(`${ctx.t('cli.updated', { name: updated?.name ?? target.name })}\n`);
  return ExitCode.ok;
};

/**
 * `lcr profiles remove <name-or-id> [--yes]`: destructive, so it follows the house's one
 * confirmation rule — ask, defaulting to no. Without a terminal there is nobody to ask: it refuses
 * (exit 3) unless `--yes` says the caller has already decided.
 */
export const profilesRemove: CommandRunner = async (ctx, args) => {
  const { profiles } = await ctx.call('profiles.list', {});
  const target = resolveProfile(profiles, args.positionals[0] ?? '');
  if (target.builtIn) throw new AppErrorException(appError('profile.builtInReadOnly'));
  if (!args.flag('yes')) {
    if (!ctx.io.interactive) throw new CliError('cli.confirmationRequired', 'cli.error.confirmationRequired', {}, ExitCode.notConfirmed);
    const question = ctx.t('cli.confirmRemove', { name: target.name, provider: providerName(target.provider, ctx.t), accessKeyId: target.accessKeyIdMasked });
    if (!(await askYesNo(ctx.io, question))) throw new CliError('cli.declined', 'cli.error.declined', {}, ExitCode.notConfirmed);
  }
  await ctx.call('profiles.remove', { id: target.id });
  ctx.io.out(`${ctx.t('cli.removed', { name: target.name })}\n`);
  return ExitCode.ok;
};

/** `lcr profiles use <name-or-id>`: the active profile of that profile's cloud, as the app's picker sets it. */
export const profilesUse: CommandRunner = async (ctx, args) => {
  const { profiles } = await ctx.call('profiles.list', {});
  const target = resolveProfile(profiles, args.positionals[0] ?? '');
  await ctx.call('profiles.setActive', { provider: target.provider, id: target.id });
  ctx.io.out(`${ctx.t('cli.activated', { name: target.name, provider: providerName(target.provider, ctx.t) })}\n`);
  return ExitCode.ok;
};
