import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AgreementStatus } from "@/lib/agreements/status";

const TONES: Record<AgreementStatus, BadgeTone> = {
  UPCOMING: "info",
  IN_FORCE: "success",
  EXPIRED: "neutral",
  ENDED: "warning",
};

/** An agreement's status, in words (the colour only repeats them). */
export function AgreementStatusBadge({ status, label }: { status: AgreementStatus; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
