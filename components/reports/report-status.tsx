import type { Messages } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ReportStatusValue } from "@/lib/data/reports";

const TONES: Record<ReportStatusValue, "neutral" | "info" | "success" | "warning"> = { DRAFT: "neutral", SUBMITTED: "info", APPROVED: "success", RETURNED: "warning" };

/** A report's status as a badge. */
export function ReportStatusBadge({ status, m }: { status: ReportStatusValue; m: Messages }) {
  return (
    <Badge tone={TONES[status]} className="whitespace-nowrap">
      {m.reports.statuses[status]}
    </Badge>
  );
}

/** "Số 45-BC/BDVTU", or that it has no number yet. */
export function reportNumberText(m: Messages, report: { documentNumber: number | null; documentSymbol: string }): string {
  return report.documentNumber === null ? m.reports.noNumber : m.reports.number.replace("{number}", String(report.documentNumber)).replace("{symbol}", report.documentSymbol);
}
