import { cliMessages } from './en/cli';
import { errorMessages } from './en/errors';
import { profileMessages } from './en/profiles';
import { shellMessages } from './en/shell';

/**
 * English catalogue, assembled from one file per area (`en/*.ts`). English defines the message
 * keys: zh-CN must provide exactly the same keys with the same `{placeholders}`.
 */
export const en = { ...shellMessages, ...profileMessages, ...errorMessages, ...cliMessages } as const;

/** Every message key. */
export type MessageKey = keyof typeof en;
