import type { ErrorCode } from '../../errors/error-codes';

/**
 * The error codes of cloud calls, whose messages live in this area file: the transport's own
 * failures, the answers common to both clouds, and the feature-specific ones (domains, dual-stream
 * ingest, production studios, idempotency tokens, relay groups).
 */
export type CloudCallErrorCode = Extract<ErrorCode, `${'cloud' | 'domain' | 'stream' | 'studio' | 'clientToken' | 'relay'}.${string}`>;

/**
 * English messages for the errors of cloud calls. Written for a producer at a control-room desk:
 * each says what happened, whether anything changed, and what to do next. The provider's own
 * message is shown beneath as the error's hint, so these never repeat it. `{action}` and
 * `{providerCode}` are interpolated only in messages of codes the response readers produce (they
 * always set both); of the transport's codes only `cloud.endpointRefused` takes a parameter,
 * `{endpoint}`. Every code must be here (checked by the compiler).
 */
export const cloudErrorMessages = {
  'error.cloud.invalidInput': 'The request was not sent: some values are not acceptable to the cloud. See the fields marked.',
  'error.cloud.timeout': 'No answer came from the cloud in time. A read can simply be repeated; for a change, it is not known whether it took effect, so check the current state before trying again.',
  'error.cloud.outcomeUnknown': 'The request was sent but no definite answer came back, so it is not known whether it took effect. It was not sent again; check the current state before trying again.',
  'error.cloud.offline': 'Could not connect to the cloud: the network is down, the name could not be resolved, or a firewall or proxy blocked the connection. The request never reached the cloud, so nothing was changed. Check the network and try again.',
  'error.cloud.unexpectedResponse': 'The cloud\'s answer could not be read: it was not the expected JSON (a proxy or gateway may have answered instead). If this was a change, check the current state before trying again.',
  'error.cloud.credentialsMissing': 'The keychain holds no AccessKey secret for the profile in use, so the call was not made. Edit the profile and enter its AccessKey secret again.',
  'error.cloud.endpointRefused': 'The call was not made: the profile\'s endpoint "{endpoint}" cannot be used. A cloud provider\'s own host is only ever called over https://, so a signed request never travels unencrypted; and an endpoint is https:// or http:// with a host and an optional port, nothing more. Edit the profile\'s endpoint.',
  'error.cloud.cancelled': 'The call was cancelled before the cloud answered. A read changed nothing; if it was a change, it may still have taken effect, so check the current state before trying again.',
  'error.cloud.throttled': 'The cloud is limiting requests for this account right now. The app retries automatically after a short wait; if it keeps happening, another tool or a colleague may be using the same account, so slow down or try again in a minute.',
  'error.cloud.clockSkew': 'The cloud refused the request because this computer\'s clock differs too much from the cloud\'s. The app corrects for the difference and retries once; if this keeps appearing, set the system clock to synchronise automatically (NTP).',
  'error.cloud.nonceReused': 'The cloud had already seen this request\'s one-time signing number (nonce) and refused it; the refused request changed nothing. The app signs it again and retries automatically.',
  'error.cloud.signatureMismatch': 'The cloud rejected the request\'s signature, so nothing was changed. Most often the profile\'s AccessKey secret is wrong or was pasted with a space: edit the profile and enter the secret again. If the secret is right, report it with the diagnostics.',
  'error.cloud.signingFault': 'The cloud could not read the request\'s signature or timestamp, so nothing was changed. This is a fault in Live Control Room, not in your profile; please report it with the diagnostics.',
  'error.cloud.accessKeyNotFound': 'The cloud does not recognise this profile\'s AccessKey ID, so nothing was changed. Check that it was copied exactly (no spaces), that it belongs to this cloud and that it has not been deleted in the console; then edit the profile.',
  'error.cloud.accessKeyDisabled': 'This profile\'s AccessKey is disabled in the cloud console, so nothing was changed. Ask the account administrator to enable it, or edit the profile to use an active key.',
  'error.cloud.securityTokenMissing': 'This profile uses a temporary (STS) AccessKey but has no STS token, so the cloud refused the call and nothing was changed. Edit the profile and add the token issued with the key.',
  'error.cloud.securityTokenInvalid': 'The profile\'s STS token is invalid or has expired, so nothing was changed. Get a new temporary AccessKey and token, update the profile, then try again.',
  'error.cloud.permissionDenied': 'This account or RAM/IAM user is not allowed to perform {action} here, so nothing was changed. Ask the account administrator to grant the permission, or use a profile that has it.',
  'error.cloud.projectPermissionDenied': 'This Volcengine IAM user has no permission in the project that owns this resource, so nothing was changed. Ask the account administrator to grant access to the project (relay groups belong to projects).',
  'error.cloud.serviceNotActivated': 'ApsaraVideo Live is not activated for this Alibaba Cloud account. Activate it in the Alibaba Cloud console, or use a profile for an account that has it.',
  'error.cloud.apiNotFound': 'The cloud does not recognise the operation {action}, so nothing was changed. The profile\'s endpoint may point to the wrong service or region, or this version of the app is out of date.',
  'error.cloud.invalidParameter': 'The cloud refused a value sent with this request, so nothing was changed. Check the names and settings you entered; the cloud\'s explanation is shown below.',
  'error.cloud.operationNotAllowed': 'The cloud does not allow this operation in the resource\'s current state, so nothing was changed. Refresh to see the current state before trying again.',
  'error.cloud.rejected': 'The cloud refused the request with code {providerCode}; its explanation is shown below. Check the current state before trying again.',
  'error.cloud.serverError': 'The cloud reported an internal error. A read is retried automatically; for a change, check the current state before trying again. If it persists, contact the cloud provider\'s support with the request ID.',
  'error.cloud.unavailable': 'The cloud service is temporarily unavailable. A read is retried automatically; for a change, wait a moment and check the current state before trying again.',
  'error.domain.notFound': 'This domain does not exist in the Alibaba Cloud account. Check the domain name, or pick it again from the domain list.',
  'error.domain.noIngestMapping': 'Alibaba Cloud could not find the ingest domain for this streaming domain. Map an ingest (push) domain to it in the ApsaraVideo Live console, then try again.',
  'error.stream.noDualIngest': 'Alibaba Cloud has no active/standby (dual-stream) task for this stream, so nothing was switched. Check that dual-stream disaster recovery is on for the domain, that both encoders are pushing this exact stream, and that the domain, app and stream names are right; then refresh.',
  'error.stream.switchUnconfirmed': 'The switch of {stream} to {target} is not confirmed: no re-read showed it on air (last seen on air: {onAir}). It may or may not have happened; look again before switching once more.',
  'error.stream.notListed': '{stream} is not on the air with two or more encoders right now: the cloud does not list it among the dual-ingest streams. Check the names and that both encoders are pushing.',
  'error.stream.dualIngestNotStarted': 'The active/standby task for this stream exists but has not started yet, so nothing was switched. Wait until both upstreams are ingesting, refresh, and try again.',
  'error.studio.notFound': 'This production studio no longer exists in Alibaba Cloud. It may have been deleted in the console or from another tool; refresh the studio list.',
  'error.studio.invalidId': 'Alibaba Cloud does not accept this production studio ID. Refresh the studio list and pick the studio again.',
  'error.studio.running': 'The production studio is running, and this cannot be done while it runs. Stop the studio first (this takes its output off air), then try again.',
  'error.studio.notRunning': 'The production studio is not running, so this cannot be done. Start the studio first, then try again.',
  'error.studio.quotaExceeded': 'This Alibaba Cloud account has reached its limit of production studios, so none was created. Delete a studio you no longer need, or ask Alibaba Cloud to raise the quota.',
  'error.studio.noOutputDomain': 'The production studio has no streaming domain set for its output, so it was not started. Set the domain in the studio\'s settings, then start it again.',
  'error.studio.prepaidNotDeletable': 'This is a subscription (prepaid) production studio, which Alibaba Cloud does not allow to be deleted. It is released when its subscription ends.',
  'error.studio.sceneNotFound': 'The production studio\'s scene was not found; the studio may already be stopped. Refresh the studio to see its current state.',
  'error.studio.sceneBusy': 'A scene of the production studio is in a state that does not allow this right now (for example it is still starting or stopping). Refresh the studio, wait a moment, and try again.',
  'error.studio.nameMismatch': 'The name typed does not match the studio\'s name, "{name}", so nothing was deleted. Type the name exactly to confirm.',
  'error.studio.deleteUnconfirmed': 'The studio "{name}" is still listed after the delete request, so it is not shown as deleted. Refresh the list in a moment; delete it again only if it is still there.',
  'error.studio.batchNotFound': 'There is no bulk copy {id} on this desk any more. Look at the list of recent bulk copies.',
  'error.clientToken.malformed': 'Alibaba Cloud refused the request\'s idempotency token (ClientToken), so nothing was created. This is a fault in Live Control Room; please report it with the diagnostics.',
  'error.clientToken.mismatch': 'Alibaba Cloud refused the request: its idempotency token was already used for a request with different settings. Refresh the studio list to see whether the earlier request took effect, then start the action again.',
  'error.relay.groupExists': 'A relay group with this name already exists in Volcengine. Choose another name; or, if you have just created it, refresh the list: the earlier attempt probably succeeded.',
  'error.relay.groupHasTasks': 'The relay group "{name}" still has {count} task(s), so it was not deleted. Delete its tasks first (they are listed with the group), then delete the group.',
  'error.relay.nameMismatch': 'The name typed does not match the group\'s name, "{name}", so nothing was deleted. Type the name exactly to confirm.',
  'error.relay.unconfirmed': 'The change to {target} was sent, but reading it back from Volcengine does not show it, so it is not shown as done. Refresh in a moment; send it again only if it is still not there.',
  'error.relay.notFound': 'The relay group or task does not exist in this Volcengine account. It may have been deleted elsewhere, or it belongs to another account; refresh the list.',
} as const satisfies Record<`error.${CloudCallErrorCode}`, string>;
