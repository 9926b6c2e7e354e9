import type { Drill, RehearsalStatus } from '../../shared/domain/rehearsal';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import type { Logger } from '../log';
import type { RehearsalCloud, RehearsalOptions } from './rehearsal-cloud';
import type { RehearsalInfo } from './rehearsal-info';

/** The embedded rehearsal cloud of one process (the app, the harness or one `lcr` run). */
export interface RehearsalHost {
  /** Starts the cloud on first use and answers where it is; the same cloud afterwards. */
  info(): Promise<RehearsalInfo>;
  /** Applies a drill, starting the cloud if needed. */
  drill(drill: Drill): Promise<string>;
  status(): RehearsalStatus;
  close(): Promise<void>;
}

/**
 * Creates the host over a starter (the real `startRehearsalCloud`). Nothing listens until a
 * built-in rehearsal profile makes its first call or a drill is asked for, so a desk that never
 * rehearses opens no ports. A cloud that cannot start is `rehearsal.unavailable` with the reason,
 * and the next call tries again.
 */
export function createRehearsalHost(start: (options: RehearsalOptions) => Promise<RehearsalCloud>, log: Logger): RehearsalHost {
  let starting: Promise<RehearsalCloud> | null = null;
  let running: RehearsalCloud | null = null;
  const cloud = () => {
    starting ??= start({ log }).then(
      (started) => {
        running = started;
        log.info(`rehearsal cloud listening: aliyun ${started.info.aliyun.endpoint}, volcengine ${started.info.volcengine.endpoint}`);
        return started;
      },
      (thrown: unknown) => {
        starting = null;
        throw new AppErrorException(appError('rehearsal.unavailable', { detail: thrown instanceof Error ? thrown.message : String(thrown) }));
      },
    );
    return starting;
  };
  return {
    info: async () => (await cloud()).info,
    drill: async (drill) => (await cloud()).drill(drill),
    status: () => ({
      running: running !== null,
      endpoints: running ? { aliyun: running.info.aliyun.endpoint, volcengine: running.info.volcengine.endpoint, control: running.info.control } : null,
    }),
    async close() {
      const closing = running;
      running = null;
      starting = null;
      await closing?.close();
    },
  };
}
