// Test helper: a writable stream that keeps what was written to it, as a terminal (isTTY) or as a pipe.
import { Writable } from 'node:stream';

export type CapturedStream = Writable & { isTTY?: boolean; said: string };

export function capturedStream(tty: boolean): CapturedStream {
  const s = new Writable({ write(c, _e, done) { s.said += String(c); done(); } }) as CapturedStream;
  s.said = '';
  if (tty) s.isTTY = true;
  return s;
}
