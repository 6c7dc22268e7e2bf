// A line on the terminal saying what a long command is doing, once it has run for more than a second.

/** A stream that may be a terminal (process.stderr is one when nothing redirects it). */
type MaybeTerminal = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * Rewrites one status line on `err` every `everyMs` (first after `everyMs`) with what `describe` says, while the
 * command runs; `stop` clears it. Only on a terminal: a log or a pipe gets the command's usual lines and nothing else.
 */
export function heartbeat(err: MaybeTerminal, describe: () => string, everyMs = 1000): { stop(): void } {
  if (err.isTTY !== true) return { stop() {} };
  let shown = false;
  const timer = setInterval(() => {
    err.write(`\r\x1b[K${describe()}`);
    shown = true;
  }, everyMs);
  // A status line never keeps the process alive.
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      if (shown) err.write('\r\x1b[K');
      shown = false;
    },
  };
}
