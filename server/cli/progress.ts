import type { Locale } from '../engine/types';
import { t } from './messages';

/** Runs with more files than this show a progress line (on a terminal). */
export const PROGRESS_THRESHOLD = 50;
/** At most this often is the line redrawn: a terminal write per file would slow a fast run down. */
const REDRAW_MS = 100;

export interface Progress {
  update(done: number): void;
  /** Removes the line, so the report starts on a clean line. */
  done(): void;
}

const none: Progress = { update: () => undefined, done: () => undefined };

/**
 * A line on stderr, redrawn in place ("120 van 400 bestanden gecontroleerd"), for long runs when
 * stderr is a terminal; nothing otherwise, so logs and pipes never see carriage returns.
 */
export function progressLine(total: number, tty: boolean, write: (text: string) => void, locale: Locale, now: () => number = Date.now): Progress {
  if (!tty || total <= PROGRESS_THRESHOLD) return none;
  let last = -Infinity;
  let shown = false;
  return {
    update(done) {
      const time = now();
      if (time - last < REDRAW_MS && done < total) return;
      last = time;
      shown = true;
      // \r back to the start of the line, ESC[2K clears it: the line is redrawn in place.
      write(`\r\x1b[2Kcaolint: ${t('progress', locale, { done, total })}`);
    },
    done() {
      if (shown) write('\r\x1b[2K');
    },
  };
}
