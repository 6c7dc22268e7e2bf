// Article-date validation shared by every reader: calendar-checked ISO dates, and the date part of ISO timestamps.
import { daysInMonth } from '../../calendar.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// The time part is checked for shape only: we keep the date as written, never shift it across time zones,
// because the publication date a newsroom printed is the one event dates are resolved against.
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/i;

/** True when `s` is exactly `YYYY-MM-DD` and names a real calendar day (so 2024-02-29 passes, 2023-02-29 does not). */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** An article date as read from input: either the normalised `YYYY-MM-DD`, or why the value cannot be one. */
export type DateReading = { ok: true; date: string } | { ok: false; reason: string };

/** Reads `YYYY-MM-DD` or a full ISO timestamp (keeping its date part); `field` names the value in the reason. */
export function readArticleDate(value: string, field = 'date'): DateReading {
  const trimmed = value.trim();
  const datePart = ISO_DATE.test(trimmed) ? trimmed : ISO_TIMESTAMP.exec(trimmed)?.[1];
  if (datePart === undefined) {
    return { ok: false, reason: `${field} ${JSON.stringify(value)} is not an ISO date (expected YYYY-MM-DD or an ISO timestamp)` };
  }
  if (!isValidIsoDate(datePart)) {
    return { ok: false, reason: `${field} ${JSON.stringify(value)} is not a real calendar day` };
  }
  return { ok: true, date: datePart };
}
