/**
 * Recorded answers of the caster family, copied from aliyun-live.md §3 (field names and nesting
 * exact, values as the reference shows them), so the action tests read what the cloud sends.
 */

/** One DescribeCasters entry, §3.3's example. */
export const recordedCaster = {
  CasterId: 'LIVEPRODUCER_POST-cn-0pp1czt****',
  CasterName: 'liveCaster****',
  CasterTemplate: 'lp_ld',
  ChannelEnable: 1,
  ChargeType: 'PostPaid',
  ClientTokenId: '53200b81-b761-4c10-842a-a0726d97****',
  CreateTime: '2017-08-30 12:02:57.0',
  Duration: '1:02:33',
  ExpireTime: '2018-08-30 12:02:57.0',
  LastModified: '2021-12-01T05:08:45Z',
  NormType: 1,
  PurchaseTime: '2017-08-30 12:02:57.0',
  ResourceGroupId: 'rg-aekzw******',
  StartTime: '2017-08-30 18:02:57.0',
  Status: 1,
  Tags: { tag: [{ TagKey: 'TestKey', TagValue: 'TestValue' }] },
};

/** DescribeCasters' whole answer, §3.3: the list wrapped as `CasterList.Caster[]`. */
export const recordedCasters = {
  RequestId: '5c6a2a0df228-4a64-af62-20e91b9676b3',
  Total: 1,
  CasterList: { Caster: [recordedCaster] },
};

/** A DescribeCasters page built from the recorded entry: `ids` become studios, `total` the reported count. */
export function castersPage(ids: readonly string[], total: number, tokens: Readonly<Record<string, string>> = {}) {
  return {
    RequestId: `R-${ids.join('-') || 'empty'}`,
    Total: total,
    CasterList: { Caster: ids.map((id) => ({ ...recordedCaster, CasterId: id, ClientTokenId: tokens[id] ?? `token-of-${id}` })) },
  };
}

/** CopyCaster's answer, §3.1. */
export const recordedCopy = { CasterId: '1909f043-e3d3-49e9-82d6-4329ec4a****', RequestId: '16A96B9A-F203-4EC5-8E43-CB92E68F4CD8' };

/** CreateCaster's answer, §3.4. */
export const recordedCreate = { CasterId: 'a2b8e671-2fe5-4642-a2ec-bf93880e****', RequestId: 'R-create' };

/** StartCaster's answer, §3.6: program and preview scenes, wrapped lists. */
export const recordedStart = {
  RequestId: '6EBD1AC4-C34D-4AE1-963E-B688A228BE31',
  PgmSceneInfos: {
    SceneInfo: [
      {
        SceneId: 'b5f8c837-ceeb-424f-b30b-68e94e86****',
        StreamUrl: 'rtmp://play.example.com/caster/pgm',
        StreamInfos: { StreamInfo: [{ OutputStreamUrl: 'rtmp://play.example.com/caster/pgm_lld', TranscodeConfig: 'lld', VideoFormat: 'flv' }] },
      },
    ],
  },
  PvwSceneInfos: { SceneInfo: [{ SceneId: 'c6e9d948-dffc-535f-c41c-79f05f97****', StreamUrl: 'rtmp://play.example.com/caster/pvw' }] },
};

/**
 * DescribeCasterConfig's answer with every field §3.7 lists set: the transcode, record and
 * sync-group settings as objects (`TranscodeConfig.LiveTemplateIds.LocationId[]`,
 * `RecordConfig.RecordFormat.RecordFormat[]`, `SyncGroupsConfig.SyncGroup[].ResourceIds.ResourceId[]`)
 * and `AutoSwitchUrgentOn` as a string.
 */
export const recordedConfig = {
  RequestId: '97df6b7f-3490-47d2-ac50-8833e1b64597',
  CasterId: 'LIVEPRODUCER_POST-cn-0pp1czt1234',
  CasterName: 'liveCaster1234',
  DomainName: 'example.com',
  TranscodeConfig: { CasterTemplate: 'lp_hd', LiveTemplateIds: { LocationId: ['lld', 'lsd'] } },
  RecordConfig: {
    OssEndpoint: 'oss-cn-shanghai.aliyuncs.com',
    OssBucket: 'liveBucket1234',
    RecordFormat: { RecordFormat: [{ Format: 'm3u8', OssObjectPrefix: 'record/{StreamName}', SliceOssObjectPrefix: 'record/{UnixTimestamp}', CycleDuration: 3600 }] },
  },
  SyncGroupsConfig: { SyncGroup: [{ Mode: 0, HostResourceId: 'res-1', ResourceIds: { ResourceId: ['res-1', 'res-2'] } }] },
  Delay: 12.5,
  ChannelEnable: 1,
  ProgramEffect: 0,
  ProgramName: 'program_name',
  UrgentMaterialId: '98646538-bcf9-4aef-bd4a-e6bba2d91234',
  UrgentImageId: 'a089175eb5f4427684fc0715159a1234',
  UrgentImageUrl: 'http://learn.aliyundoc.com/AppName/image.jpg',
  UrgentLiveStreamUrl: 'rtmp://demo.aliyundoc.com/app/standby',
  AutoSwitchUrgentOn: 'true',
  AutoSwitchUrgentConfig: '{"eofThres":3}',
  SideOutputUrl: 'rtmp://push.example.com/live/side',
  SideOutputUrlList: '"rtmp://d/a/s1","rtmp://d/a/s2"',
  CallbackUrl: 'http://learn.aliyundoc.com/callBackLive',
};
