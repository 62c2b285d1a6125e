export { formatDate, formatDateTime, toIsoDate, TIME_ZONE } from "./date";
export { toBigInt, vndFigure, vndShortParts, type MoneyUnit } from "./money";
export { formatNumber, formatPercent, numberFormat } from "./number";
