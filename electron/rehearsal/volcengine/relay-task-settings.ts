import { CloudFault } from '../cloud-fault';
import type { RelayTask, VolcengineAccountWorld } from '../world/volcengine-world';
import {
  checkLength,
  checkRelayName,
  invalidParam,
  optionalInt,
  optionalNumber,
  optionalNumberList,
  optionalObject,
  optionalObjectList,
  optionalString,
  optionalStringList,
  requiredInt,
  requiredString,
  type VolcengineInput,
} from './volcengine-input';

// What CreatePullToPushTask and UpdatePullToPushTask both set (volcengine-live.md §5.1–§5.2), read
// and checked once. Choices where the reference is silent:
// - Addresses must be URLs with a host: rtmp(s)/http(s) for sources and destinations, http(s) for
//   the callback. A source field of the other type (`SrcAddr` on a VOD task) is ignored, as
//   `Domain`/`App`/`Stream` are when `DstAddr` is given.
// - Legacy `SrcAddrS` is kept as `VodSrcAddrs` entries, with `OffsetS[i]` as file i's start offset.
// - `Domain` must be one of the account's push domains, else 403 `RequestForbidden` (the table's
//   "no such domain under this account"). A `DstAddr` on one of them is `DstAddrType` 1, else 2.
// - `ContinueStrategy`, `PreDownload` and `Watermark` are checked for type and range, not kept:
//   the desk neither sends nor shows them.

/** Everything about a task a create or update sets; the id, group and stopped flag are not here. */
export type RelayTaskSettings = Omit<RelayTask, 'taskId' | 'groupName' | 'stopped'>;

const maxWindowSeconds = 7 * 86_400;
const maxVodFiles = 30;
const sourceUrlLength = 1000;
const callbackUrlLength = 512;
const streamSchemes: readonly string[] = ['rtmp:', 'rtmps:', 'http:', 'https:'];
const callbackSchemes: readonly string[] = ['http:', 'https:'];

/** The URL's host when it is an address of one of the schemes; the fault names the field. */
function checkUrl(value: string, schemes: readonly string[], max: number, field: string): string {
  checkLength(value, max, field);
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !schemes.includes(url.protocol) || url.hostname === '') {
    throw invalidParam(`${field} must be a ${schemes.map((scheme) => scheme.slice(0, -1)).join('/')} URL`);
  }
  return url.hostname;
}

function readWindow(input: VolcengineInput): Pick<RelayTaskSettings, 'startTime' | 'endTime'> {
  const startTime = requiredInt(input, 'StartTime');
  const endTime = requiredInt(input, 'EndTime');
  if (startTime <= 0 || endTime <= 0) throw invalidParam('StartTime and EndTime must be Unix seconds');
  if (endTime <= startTime) throw invalidParam('EndTime must be later than StartTime');
  if (endTime - startTime > maxWindowSeconds) throw invalidParam('a task may span at most 7 days');
  return { startTime, endTime };
}

function readVodFile(item: VolcengineInput, label: string): { SrcAddr: string; StartOffset?: number; EndOffset?: number } {
  const SrcAddr = requiredString(item, 'SrcAddr', `${label}.SrcAddr`);
  checkUrl(SrcAddr, streamSchemes, sourceUrlLength, `${label}.SrcAddr`);
  const StartOffset = optionalNumber(item, 'StartOffset');
  const EndOffset = optionalNumber(item, 'EndOffset');
  if ((StartOffset ?? 0) < 0 || (EndOffset ?? 0) < 0) throw invalidParam(`${label}: offsets are seconds from the file's start`);
  if (EndOffset !== undefined && EndOffset <= (StartOffset ?? 0)) throw invalidParam(`${label}.EndOffset must be after StartOffset`);
  return { SrcAddr, ...(StartOffset === undefined ? {} : { StartOffset }), ...(EndOffset === undefined ? {} : { EndOffset }) };
}

function readVodFiles(input: VolcengineInput): NonNullable<RelayTaskSettings['vodSrcAddrs']> {
  const files = optionalObjectList(input, 'VodSrcAddrs') ?? [];
  const urls = optionalStringList(input, 'SrcAddrS') ?? [];
  const offsets = optionalNumberList(input, 'OffsetS') ?? [];
  if (files.length > 0 && (urls.length > 0 || offsets.length > 0)) throw invalidParam('VodSrcAddrs cannot be combined with SrcAddrS or OffsetS');
  if (files.length === 0 && urls.length === 0) throw invalidParam('VodSrcAddrs or SrcAddrS is required when Type is 1');
  if (files.length > maxVodFiles || urls.length > maxVodFiles) throw invalidParam(`a VOD task plays at most ${maxVodFiles} files`);
  if (offsets.length > urls.length) throw invalidParam('OffsetS has more entries than SrcAddrS');
  if (files.length > 0) return files.map((file, index) => readVodFile(file, `VodSrcAddrs[${index}]`));
  return urls.map((url, index) => readVodFile({ SrcAddr: url, StartOffset: offsets[index] }, `SrcAddrS[${index}]`));
}

// CycleMode: -1 until the task ends, 0 `PlayTimes` times, n > 0 n times (§5.1).
function readLoops(input: VolcengineInput): Pick<RelayTaskSettings, 'cycleMode' | 'playTimes'> {
  const cycleMode = requiredInt(input, 'CycleMode', 'CycleMode (required when Type is 1)');
  const playTimes = optionalInt(input, 'PlayTimes');
  if (cycleMode < -1) throw invalidParam('CycleMode must be -1, 0 or a number of plays');
  if (cycleMode !== 0) return { cycleMode };
  if (playTimes === undefined || playTimes < 1) throw invalidParam('PlayTimes must be at least 1 when CycleMode is 0');
  return { cycleMode, playTimes };
}

function readSource(input: VolcengineInput): Pick<RelayTaskSettings, 'type' | 'srcAddr' | 'vodSrcAddrs' | 'cycleMode' | 'playTimes'> {
  const type = requiredInt(input, 'Type');
  if (type === 0) {
    const srcAddr = requiredString(input, 'SrcAddr', 'SrcAddr (required when Type is 0)');
    checkUrl(srcAddr, streamSchemes, sourceUrlLength, 'SrcAddr');
    return { type: 0, srcAddr };
  }
  if (type !== 1) throw invalidParam('Type must be 0 (live source) or 1 (VOD files)');
  return { type: 1, vodSrcAddrs: readVodFiles(input), ...readLoops(input) };
}

function readDestination(account: VolcengineAccountWorld, input: VolcengineInput): Pick<RelayTaskSettings, 'dstAddr' | 'dstAddrType'> {
  const dstAddr = optionalString(input, 'DstAddr');
  if (dstAddr) {
    const host = checkUrl(dstAddr, streamSchemes, sourceUrlLength, 'DstAddr');
    return { dstAddr, dstAddrType: account.pushDomains.includes(host) ? 1 : 2 };
  }
  const [domain, app, stream] = ['Domain', 'App', 'Stream'].map((field) => optionalString(input, field));
  if (!domain || !app || !stream) throw invalidParam('DstAddr, or Domain with App and Stream, is required');
  if ([app, stream].some((part) => /[\s/?#]/.test(part))) throw invalidParam('App and Stream are names without spaces, slashes, ? or #');
  if (!account.pushDomains.includes(domain)) throw new CloudFault(403, 'RequestForbidden', `${domain} is not a push domain of this account`);
  return { dstAddr: `rtmp://${domain}/${app}/${stream}`, dstAddrType: 1 };
}

// Read for their types and ranges only (see the note at the top).
function checkUnkeptSettings(input: VolcengineInput): void {
  for (const field of ['ContinueStrategy', 'PreDownload']) {
    const value = optionalInt(input, field);
    if (value !== undefined && value !== 0 && value !== 1) throw invalidParam(`${field} must be 0 or 1`);
  }
  const watermark = optionalObject(input, 'Watermark');
  if (watermark) {
    requiredString(watermark, 'Picture', 'Watermark.Picture');
    for (const field of ['Ratio', 'RelativePosX', 'RelativePosY']) optionalNumber(watermark, field);
  }
}

/**
 * The settings a create or update request gives, checked in the order the fields are
 * documented; the first rule broken is the refusal.
 */
export function readTaskSettings(account: VolcengineAccountWorld, input: VolcengineInput): RelayTaskSettings {
  const title = optionalString(input, 'Title') ?? '';
  if (title) checkRelayName(title, 'Title');
  const window = readWindow(input);
  const source = readSource(input);
  const destination = readDestination(account, input);
  const callbackUrl = optionalString(input, 'CallbackURL');
  if (callbackUrl) checkUrl(callbackUrl, callbackSchemes, callbackUrlLength, 'CallbackURL');
  checkUnkeptSettings(input);
  return { title, ...window, ...source, ...destination, ...(callbackUrl ? { callbackUrl } : {}) };
}
