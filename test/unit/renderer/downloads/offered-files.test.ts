import { describe, expect, it } from 'vitest';
import type { OfferedFile } from '../../../../shared/domain/saved-file';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import { followOfferedFiles } from '../../../../renderer/downloads/offered-files';
import { fakeControlRoom } from '../fake-control-room';

// Files main offers the page are handed to the download while followed, and no longer after the stop.

describe('offered files', () => {
  it('downloads each file main offers until stopped', () => {
    const fake = fakeControlRoom();
    const downloaded: OfferedFile[] = [];
    const stop = followOfferedFiles(createControlRoomClient(fake.api), (file) => downloaded.push(file));
    const file = { fileName: 'journal.csv', mimeType: 'text/csv', text: '\uFEFFa,b\r\n' };
    fake.emit('file.offered', file);
    stop();
    fake.emit('file.offered', { ...file, fileName: 'late.csv' });
    expect(downloaded).toEqual([file]);
  });
});
