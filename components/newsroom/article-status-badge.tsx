import type { Messages } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<ArticleStatus, BadgeTone> = { DRAFT: "neutral", IN_REVIEW: "warning", PUBLISHED: "success", ARCHIVED: "info" };

/** An article's status; a published one whose time has not come says when it goes live. */
export function ArticleStatusBadge({ status, labels, scheduledText }: { status: ArticleStatus; labels: Messages["newsroom"]["statuses"]; scheduledText?: string | null }) {
  return <Badge tone={scheduledText ? "brand" : TONES[status]}>{scheduledText ?? labels[status]}</Badge>;
}
