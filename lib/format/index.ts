export { formatDate, formatDateTime, toIsoDate, TIME_ZONE } from "./date";
export { formatVnd, formatVndShort } from "./money";
export { formatNumber, formatPercent, FORMAT_LOCALE } from "./number";
