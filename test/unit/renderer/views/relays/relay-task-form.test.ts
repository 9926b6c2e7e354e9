import { describe, expect, it } from 'vitest';
import {
  canAddVodSource,
  createTaskRequestOf,
  newTaskForm,
  taskDraftOf,
  taskFormIssues,
  taskFormOf,
  updateTaskRequestOf,
  type TaskForm,
} from '../../../../../renderer/views/relays/relay-task-form';
import { relayTask } from '../../relay-fixtures';
import { useTimeZone } from '../../../support/time-zone';

// The task dialog's model: times typed in the desk's zone become RFC 3339 UTC instants, one live
// URL or a list of files becomes the source, and the shared rules judge the result. The desk shows
// Beijing time here (UTC+8, no daylight saving), so the expected instants are fixed; the
// workstation itself is elsewhere, which changes nothing.

useTimeZone('Europe/London');
const zone = 'Asia/Shanghai';

/** A filled-in live task, from 20:00 to 22:00 Beijing time on 1 May 2026. */
function liveForm(overrides: Partial<TaskForm> = {}): TaskForm {
  return {
    ...newTaskForm(new Date('2026-05-01T12:00:00Z'), zone),
    title: '揭幕战',
    liveSource: ' rtmp://pull.example.com/live/opening ',
    destination: 'push.example.com/live/opening',
    startLocal: '2026-05-01T20:00',
    endLocal: '2026-05-01T22:00',
    ...overrides,
  };
}

describe('relay task form', () => {
  it('starts a new task at the current minute, for an hour, live', () => {
    const form = newTaskForm(new Date('2026-05-01T12:34:56.789Z'), zone);
    expect(form).toMatchObject({ sourceType: 'live', startLocal: '2026-05-01T20:34', endLocal: '2026-05-01T21:34', vodSources: [''], loopChoice: 'untilEnd' });
    expect(taskFormIssues(form)).toMatchObject({ 'sources.0': { code: 'required' }, destination: { code: 'required' } });
    expect(taskFormIssues(form).start).toBeUndefined();
  });

  it('sends the local window as UTC instants, trimmed addresses, and no empty optional field', () => {
    expect(taskDraftOf(liveForm())).toEqual({
      title: '揭幕战',
      start: '2026-05-01T12:00:00.000Z',
      end: '2026-05-01T14:00:00.000Z',
      sourceType: 'live',
      sources: ['rtmp://pull.example.com/live/opening'],
      destination: 'push.example.com/live/opening',
    });
    expect(taskFormIssues(liveForm())).toEqual({});
    expect(taskDraftOf(liveForm({ title: '', callbackUrl: ' https://hooks.example.com/relay ' }))).toMatchObject({ callbackUrl: 'https://hooks.example.com/relay' });
    expect(taskDraftOf(liveForm({ title: '' }))).not.toHaveProperty('title');
  });

  it('carries the group on a create and the group and id on an update', () => {
    expect(createTaskRequestOf(liveForm(), '赛事直播')).toMatchObject({ group: '赛事直播', title: '揭幕战' });
    expect(updateTaskRequestOf(liveForm(), '赛事直播', 'abc')).toMatchObject({ group: '赛事直播', id: 'abc', title: '揭幕战' });
  });

  it('sends every VOD file row with the loop choice, and names an empty row rather than dropping it', () => {
    const vod = liveForm({ sourceType: 'vod', vodSources: ['https://vod.example.com/a.mp4', ''], loopChoice: 'times', loopTimes: '3' });
    expect(taskDraftOf(vod)).toMatchObject({ sourceType: 'vod', sources: ['https://vod.example.com/a.mp4', ''], loops: 3 });
    expect(taskFormIssues(vod)).toEqual({ 'sources.1': { code: 'required', params: {} } });
    expect(taskDraftOf({ ...vod, loopChoice: 'untilEnd' }).loops).toBe('untilEnd');
    expect(taskFormIssues({ ...vod, vodSources: ['https://vod.example.com/a.mp4'], loopTimes: '2x' })).toEqual({ loops: { code: 'invalid', params: {} } });
    expect(taskDraftOf(liveForm())).not.toHaveProperty('loops');
  });

  it('judges the window as typed: required, after the start, at most seven days', () => {
    expect(taskFormIssues(liveForm({ endLocal: '' })).end).toEqual({ code: 'required', params: {} });
    expect(taskFormIssues(liveForm({ endLocal: '2026-05-01T19:00' })).end).toEqual({ code: 'endBeforeStart', params: {} });
    expect(taskFormIssues(liveForm({ endLocal: '2026-05-08T20:01' })).end).toEqual({ code: 'windowTooLong', params: { days: 7 } });
    expect(taskFormIssues(liveForm({ endLocal: '2026-05-08T20:00' })).end).toBeUndefined();
  });

  it('judges the title like a group name, and the destination as a push URL or domain/app/stream', () => {
    expect(taskFormIssues(liveForm({ title: '揭幕 战!' })).title).toEqual({ code: 'relayNameCharacters', params: { chars: '“ ” “!”' } });
    expect(taskFormIssues(liveForm({ destination: 'rtmp://push.example.com/live/x' })).destination).toBeUndefined();
    expect(taskFormIssues(liveForm({ destination: 'push.example.com/live' })).destination).toEqual({ code: 'invalidUrl', params: {} });
  });

  it('fills the dialog from a listed task, in local time, and turns it back into the same draft', () => {
    const vod = relayTask('t1', 'ClientA2026', {
      sourceType: 'vod',
      sources: ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'],
      loops: 2,
      start: '2026-05-01T20:00:00+08:00',
      end: '2026-05-01T22:00:00+08:00',
      callbackUrl: 'https://hooks.example.com/relay',
    });
    const form = taskFormOf(vod, zone);
    expect(form).toMatchObject({ sourceType: 'vod', liveSource: '', loopChoice: 'times', loopTimes: '2', startLocal: '2026-05-01T20:00', endLocal: '2026-05-01T22:00' });
    expect(taskDraftOf(form)).toEqual({
      title: 'Taskt1',
      start: '2026-05-01T12:00:00.000Z',
      end: '2026-05-01T14:00:00.000Z',
      sourceType: 'vod',
      sources: vod.sources,
      loops: 2,
      destination: vod.destination,
      callbackUrl: 'https://hooks.example.com/relay',
    });
    expect(taskFormOf(relayTask('t2', null, { sourceType: null, sources: [], destination: null, start: null }), zone)).toMatchObject({
      sourceType: 'live',
      liveSource: '',
      vodSources: [''],
      destination: '',
      startLocal: '',
    });
  });

  it('sends an edited playlist\'s files back with the offsets they were listed with', () => {
    const vod = relayTask('t3', 'ClientA2026', {
      sourceType: 'vod',
      sources: ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'],
      offsets: [{ start: 5, end: null }, { start: null, end: null }],
      loops: 'untilEnd',
    });
    const form = { ...taskFormOf(vod, zone), vodSources: ['https://vod.example.com/new.mp4', 'https://vod.example.com/a.mp4'] };
    expect(taskDraftOf(form).offsets).toEqual([{ start: null, end: null }, { start: 5, end: null }]);
    expect(taskDraftOf({ ...form, vodSources: ['https://vod.example.com/b.mp4'] })).not.toHaveProperty('offsets');
  });

  it('allows at most 30 files', () => {
    expect(canAddVodSource(liveForm({ vodSources: Array.from({ length: 29 }, () => '') }))).toBe(true);
    expect(canAddVodSource(liveForm({ vodSources: Array.from({ length: 30 }, () => '') }))).toBe(false);
  });
});
