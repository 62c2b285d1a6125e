// Dates as Vietnamese readers write them (dd/MM/yyyy, 24-hour clock), always
// in Vietnam's time zone, whatever the server's zone is. Date-only columns
// arrive as UTC midnight and keep their calendar day (UTC+7 has no DST).
import { VIETNAM_TIME_ZONE as TIME_ZONE } from "@/lib/time/vietnam";

export { TIME_ZONE };

type DateInput = Date | string | number;

const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${String(value)}`);
  return date;
}

function parts(value: DateInput) {
  const found: Record<string, string> = {};
  for (const part of dateParts.formatToParts(toDate(value))) found[part.type] = part.value;
  return {
    day: found.day ?? "",
    month: found.month ?? "",
    year: (found.year ?? "").padStart(4, "0"),
    hour: found.hour ?? "",
    minute: found.minute ?? "",
  };
}

/** `formatDate(new Date("2023-02-24T03:00:00Z"))` → "24/02/2023". */
export function formatDate(value: DateInput): string {
  const { day, month, year } = parts(value);
  return `${day}/${month}/${year}`;
}

/** `formatDateTime(new Date("2023-02-24T07:05:00Z"))` → "24/02/2023 14:05". */
export function formatDateTime(value: DateInput): string {
  const { day, month, year, hour, minute } = parts(value);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** The calendar day in Vietnam as "yyyy-MM-dd", for `<input type="date">` and `<time dateTime>`. */
export function toIsoDate(value: DateInput): string {
  const { day, month, year } = parts(value);
  return `${year}-${month}-${day}`;
}
