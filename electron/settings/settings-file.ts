import type { z } from 'zod';
import { appError, AppErrorException, type AppError } from '../../shared/errors/app-error';
import type { Logger } from '../log';
import type { SettingsStore } from './settings-store';

/** One top-level key of the settings file, with its schema and the value used when it is absent. */
export interface Section<T> {
  key: string;
  schema: z.ZodType<T>;
  fallback: T;
}

/** The settings file seen as independent sections (preferences, profiles, active profiles…). */
export interface SettingsFile {
  read<T>(section: Section<T>): T;
  /** Read-modify-write of one section; the others are written back exactly as found. */
  update<T>(section: Section<T>, change: (current: T) => T): T;
  /** Problems found so far (a damaged file or section moved aside), for the start-up banner. */
  notices(): AppError[];
}

/** Copies the current document aside, e.g. `settings.corrupt-2026-11-22T20-00-00Z.json`. */
export type Backup = (reason: string) => string;

/**
 * Sections over a raw store. A section that fails its schema is not silently dropped: the whole
 * file is copied aside once (so nothing is lost), a notice is raised, and the section's fallback is
 * used until the operator changes it.
 */
export function createSettingsFile(store: SettingsStore, backup: Backup, log: Logger, initialNotices: AppError[] = []): SettingsFile {
  const notices = [...initialNotices];
  const reported = new Set<string>();

  const document = (): Record<string, unknown> => {
    let raw: unknown;
    try {
      raw = store.read();
    } catch (thrown) {
      throw new AppErrorException(appError('settings.unreadable', {}, { retryable: true, hint: String(thrown) }));
    }
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  };

  const parse = <T>(section: Section<T>, doc: Record<string, unknown>): T => {
    if (!(section.key in doc)) return section.fallback;
    const parsed = section.schema.safeParse(doc[section.key]);
    if (parsed.success) return parsed.data;
    if (!reported.has(section.key)) {
      reported.add(section.key);
      const copy = backup(`section ${section.key} invalid`);
      log.warn(`section ${section.key} invalid (${parsed.error.issues.length} issues); file copied to ${copy}`);
      notices.push(appError('settings.corrupt', { backup: copy }, { hint: section.key }));
    }
    return section.fallback;
  };

  return {
    read: (section) => parse(section, document()),
    update(section, change) {
      const doc = document();
      const next = section.schema.parse(change(parse(section, doc)));
      try {
        store.write({ ...doc, [section.key]: next });
      } catch (thrown) {
        throw new AppErrorException(appError('settings.unwritable', {}, { retryable: true, hint: String(thrown) }));
      }
      return next;
    },
    notices: () => [...notices],
  };
}
