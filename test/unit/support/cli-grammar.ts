import type { Translate } from '../../../electron/cli/help-text';
import { parseCommandLine } from '../../../electron/cli/parse-command-line';
import { translate } from '../../../shared/i18n/translate';

// What the `lcr` grammar tests share: a command line read as a run or as a usage mistake (anything
// else fails the test), and the two languages help is written in.

/** English, as `--lang en` speaks. */
export const en: Translate = (key, params) => translate('en', key, params);
/** Simplified Chinese, as `--lang zh-CN` speaks. */
export const zh: Translate = (key, params) => translate('zh-CN', key, params);

/** A command line the parser must accept as a command to run. */
export function run(argv: string[]) {
  const outcome = parseCommandLine(argv);
  if (outcome.kind !== 'run') throw new Error(`expected run, got ${outcome.kind}`);
  return outcome;
}

/** A command line the parser must refuse as a usage mistake; answers the error. */
export function usage(argv: string[]) {
  const outcome = parseCommandLine(argv);
  if (outcome.kind !== 'usage') throw new Error(`expected usage, got ${outcome.kind}`);
  return outcome.error;
}
