import { describe, expect, it } from 'vitest';
import { formatBytes, groupedDigest, parsePaths, percentDone } from './files';

describe('files to attach', () => {
  it('reads one path a line, without blanks, quotes or repeats', () => {
    expect(parsePaths(' /home/andi/foto 1.jpg \n\n"/home/andi/chat.png"\r\n/home/andi/foto 1.jpg\n\'/tmp/x\'')).toEqual([
      '/home/andi/foto 1.jpg',
      '/home/andi/chat.png',
      '/tmp/x',
    ]);
    expect(parsePaths('  \n ')).toEqual([]);
  });

  it('writes sizes in the page language', () => {
    expect(formatBytes(0, 'id')).toBe('0 B');
    expect(formatBytes(1536, 'id')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(300 * 1024 * 1024, 'en')).toBe('300 MB');
    expect(formatBytes(5 * 1024 ** 3, 'en')).toBe('5 GB');
  });

  it('counts whole percent, bounded, and 0 while the total is unknown', () => {
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(50, 200)).toBe(25);
    expect(percentDone(199, 200)).toBe(99);
    expect(percentDone(300, 200)).toBe(100);
  });

  it('groups a digest by eight for reading aloud', () => {
    expect(groupedDigest('0123456789abcdef01')).toBe('01234567 89abcdef 01');
  });
});
