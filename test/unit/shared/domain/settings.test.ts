import { describe, expect, it } from 'vitest';
import { Settings, SettingsPatch, isTimeZone } from '../../../../shared/domain/settings';
import { pollingSecondsChoices } from '../../../../shared/domain/board-polling';

describe('desk settings as stored and changed', () => {
  it('takes the workstation\'s zone, UTC or any IANA zone the runtime knows, and refuses a made-up one', () => {
    expect(['system', 'UTC', 'Asia/Shanghai', 'Europe/London'].map((timeZone) => Settings.safeParse({ timeZone }).success)).toEqual([true, true, true, true]);
    expect(['Mars/Olympus', '', 'GMT+25'].map((zone) => isTimeZone(zone))).toEqual([false, false, false]);
  });

  it('keeps the polling interval to whole seconds from 1 to 60, and every offered choice is one', () => {
    expect([0, 0.5, 61].map((pollingSeconds) => SettingsPatch.safeParse({ pollingSeconds }).success)).toEqual([false, false, false]);
    expect(pollingSecondsChoices.every((pollingSeconds) => SettingsPatch.safeParse({ pollingSeconds }).success)).toBe(true);
  });

  it('refuses a notification kind it does not know, so a typo is not silently ignored', () => {
    expect(SettingsPatch.safeParse({ notifications: { onAir: false } }).success).toBe(true);
    expect(SettingsPatch.safeParse({ notifications: { onair: false } }).success).toBe(false);
  });
});
