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

/**
 * The step a command is at before its own progress shows ("loading the dictionaries…"), on one line of a terminal.
 * A step is said as it starts, not a second later as `heartbeat` does, because loading the dictionaries or the
 * gazetteer blocks this thread: no timer could fire until it is over. `clear` wipes the line before other output.
 * Nothing at all on a pipe or a log file, or when `enabled` is false (`--no-progress`).
 */
export function stepLine(err: MaybeTerminal, enabled = true): { say(step: string): void; clear(): void } {
  if (!enabled || err.isTTY !== true) return { say() {}, clear() {} };
  let shown = false;
  return {
    say(step) {
      err.write(`\r\x1b[K${step}`);
      shown = true;
    },
    clear() {
      if (shown) err.write('\r\x1b[K');
      shown = false;
    },
  };
}
