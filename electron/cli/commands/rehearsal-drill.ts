import { drillFromArgs } from '../drill-from-args';
import { ExitCode } from '../exit-codes';
import { controlEndpoint, sendDrill } from '../rehearsal-control';
import type { DrillKind } from '../rehearsal-specs';
import type { CommandRunner } from './command-context';

/**
 * `lcr rehearsal drill <kind> … [--control URL]`: the drill checked against the cloud's own schema,
 * sent to the running cloud's control endpoint, and the cloud's sentence for what it did printed
 * on stdout. Nothing of the desk is used: a drill needs only the address the cloud printed.
 */
export function drillCommand(kind: DrillKind): CommandRunner {
  return async (ctx, args) => {
    const drill = drillFromArgs(kind, args);
    const control = controlEndpoint(args.string('control'), ctx.env);
    ctx.io.out(`${await sendDrill(control, drill)}\n`);
    return ExitCode.ok;
  };
}
