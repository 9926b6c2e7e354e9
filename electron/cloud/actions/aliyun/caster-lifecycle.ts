import { z } from 'zod';
import {
  ClientToken,
  CopyStudioRequest,
  CreateStudioRequest,
  StudioRef,
  type StudioScene,
  type StudioStarted,
} from '../../../../shared/domain/studios';
import { defineAction } from '../action-definition';
import { normTypeCodes } from './caster-studio-row';

const Ack = z.object({ RequestId: z.string() });
const Created = Ack.extend({ CasterId: z.string().min(1) });
const acknowledged = (response: z.infer<typeof Ack>) => ({ requestId: response.RequestId });
const studioParams = ({ studioId, regionId }: StudioRef) => ({ CasterId: studioId, RegionId: regionId });

/** CopyCaster's input: the copy request plus the token made once for this user action. */
export const CopyCasterInput = CopyStudioRequest.extend({ clientToken: ClientToken });
export type CopyCasterInput = z.infer<typeof CopyCasterInput>;

/** CreateCaster's input: the create request plus the token made once for this user action. */
export const CreateCasterInput = CreateStudioRequest.extend({ clientToken: ClientToken });
export type CreateCasterInput = z.infer<typeof CreateCasterInput>;

/**
 * Duplicates a studio (CopyCaster, §3.1). The ClientToken is sent exactly as given: the transport
 * retries this call only because it carries one, and the cloud recognises a retry by it. Call it
 * through `copyCasterOnce` (caster-reconcile.ts), which settles an ambiguous failure first.
 */
export const copyCaster = defineAction({
  provider: 'aliyun',
  action: 'CopyCaster',
  input: CopyCasterInput,
  params: (input) => ({ CasterName: input.name, SrcCasterId: input.sourceStudioId, ClientToken: input.clientToken, RegionId: input.regionId }),
  response: Created,
  result: (response) => ({ studioId: response.CasterId }),
  target: (input) => input.sourceStudioId,
});

/**
 * Creates a pay-as-you-go studio (CreateCaster, §3.4): `PostPaid` is the only charge type the
 * cloud supports, and a normal (1) or playlist (6) kind. Call it through `createCasterOnce`.
 */
export const createCaster = defineAction({
  provider: 'aliyun',
  action: 'CreateCaster',
  input: CreateCasterInput,
  params: (input) => ({
    ClientToken: input.clientToken,
    ChargeType: 'PostPaid',
    NormType: normTypeCodes[input.type],
    CasterName: input.name,
    ResourceGroupId: input.resourceGroupId,
    Tag: input.tags?.map((tag) => ({ Key: tag.key, Value: tag.value })),
    RegionId: input.regionId,
  }),
  response: Created,
  result: (response) => ({ studioId: response.CasterId }),
  target: (input) => input.name ?? input.clientToken,
});

/**
 * Deletes a studio with its scenes and layouts, unrecoverably (DeleteCaster, §3.5). The cloud
 * refuses a running studio (`studio.running`) and a subscription one (`studio.prepaidNotDeletable`).
 */
export const deleteCaster = defineAction({
  provider: 'aliyun',
  action: 'DeleteCaster',
  input: StudioRef,
  params: studioParams,
  response: Ack,
  result: acknowledged,
  target: (input) => input.studioId,
});

const SceneInfos = z
  .object({
    SceneInfo: z
      .array(
        z.object({
          SceneId: z.string(),
          StreamUrl: z.string().optional(),
          StreamInfos: z
            .object({ StreamInfo: z.array(z.object({ OutputStreamUrl: z.string(), TranscodeConfig: z.string().optional(), VideoFormat: z.string().optional() })).optional() })
            .optional(),
        }),
      )
      .optional(),
  })
  .optional();

function scenes(infos: z.infer<typeof SceneInfos>): StudioScene[] {
  return (infos?.SceneInfo ?? []).map((scene) => ({
    sceneId: scene.SceneId,
    streamUrl: scene.StreamUrl || null,
    outputs: (scene.StreamInfos?.StreamInfo ?? []).map((output) => ({
      url: output.OutputStreamUrl,
      transcode: output.TranscodeConfig || null,
      format: output.VideoFormat || null,
    })),
  }));
}

/**
 * Starts a studio's program and preview scenes (StartCaster, §3.6). A studio without an output
 * domain (set by SetCasterConfig) is refused as `studio.noOutputDomain`.
 */
export const startCaster = defineAction({
  provider: 'aliyun',
  action: 'StartCaster',
  input: StudioRef,
  params: studioParams,
  response: Ack.extend({ PgmSceneInfos: SceneInfos, PvwSceneInfos: SceneInfos }),
  result: (response): StudioStarted => ({ program: scenes(response.PgmSceneInfos), preview: scenes(response.PvwSceneInfos) }),
  target: (input) => input.studioId,
});

/** Stops a studio's program and preview scenes (StopCaster, §3.6): an on-air action, confirmed by the caller. */
export const stopCaster = defineAction({
  provider: 'aliyun',
  action: 'StopCaster',
  input: StudioRef,
  params: studioParams,
  response: Ack,
  result: acknowledged,
  target: (input) => input.studioId,
});
