import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { CommitteePeriodPicker } from "@/components/reporting/committee-period-picker";
import { CopyTargetsForm, TargetsForm, type TargetsFormCommittee } from "@/components/reports/targets-form";
import { Alert } from "@/components/ui/alert";
import { copyTargetsAction, saveTargetsAction } from "@/lib/actions/targets";
import { requireViewer } from "@/lib/auth/viewer";
import { isMoneySource } from "@/lib/dashboard/links";
import { dashboardCommitteeChoices } from "@/lib/data/dashboard";
import { orNotFound } from "@/lib/data/not-found";
import { targetsOfPeriod, type TargetIndicator, type TargetsPage } from "@/lib/data/targets";
import type { PortalFormat } from "@/lib/i18n/portal-format";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { vndInputValue } from "@/lib/money/parse-vnd";
import { formatPeriodCode, periodLabelValues } from "@/lib/periods";
import { TARGETS_PATH } from "@/lib/records/paths";
import { z } from "zod";
import { reportingParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("targets") };
}

const noticeParams = z.object({ saved: z.literal("1").optional().catch(undefined), copied: z.literal("1").optional().catch(undefined) });

/** A stored target as the input shows it: đồng grouped for money, else the decimal with a comma. */
function inputValue(indicator: TargetIndicator, planned: string | undefined): string {
  if (planned === undefined) return "";
  if (isMoneySource(indicator.source)) return vndInputValue(BigInt(planned.split(".")[0] ?? "0"));
  return planned.replace(/\.0+$/, "").replace(".", ",");
}

function shownValue(format: PortalFormat, indicator: TargetIndicator, planned: string | undefined, none: string): string {
  if (planned === undefined) return none;
  return isMoneySource(indicator.source) ? format.vnd(BigInt(planned.split(".")[0] ?? "0")) : format.number(Number(planned));
}

/** The parent's warning when its children's targets do not add up to its own. */
function childrenSum(page: TargetsPage, indicatorId: string): string | null {
  const own = page.committees[0]?.targets[indicatorId]?.planned;
  const parts = page.committees.slice(1).flatMap((c) => (c.targets[indicatorId] ? [c.targets[indicatorId].planned] : []));
  if (own === undefined || parts.length === 0) return null;
  // Sums in hundredths, exactly (numeric(20,2)).
  const cents = (value: string) => {
    const [whole = "0", fraction = ""] = value.split(".");
    return BigInt(whole + fraction.padEnd(2, "0").slice(0, 2));
  };
  const sum = parts.reduce((total, part) => total + cents(part), 0n);
  if (sum === cents(own)) return null;
  const text = sum % 100n === 0n ? (sum / 100n).toString() : `${sum / 100n}.${(sum % 100n).toString().padStart(2, "0")}`;
  return text;
}

export default async function TargetsPageRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const params = reportingParams.parse(raw);
  const notice = noticeParams.parse(raw);
  const [page, choices, m, format, tPeriods] = await Promise.all([orNotFound(targetsOfPeriod(viewer, params)), dashboardCommitteeChoices(viewer), getMessages(), getFormat(), getTranslations("periods")]);
  const t = m.targets;
  const ky = formatPeriodCode(page.code);
  const periodName = page.phase ? `${page.phase.campaignName}: ${page.phase.name}` : page.code.kind === "PHASE" ? ky : tPeriods("label", periodLabelValues(page.code.kind, page.code.year, page.code.sequence));
  const canSetAny = page.committees.some((c) => c.canSet);
  const committees: TargetsFormCommittee[] = page.committees.map((committee, index) => ({
    id: committee.id,
    name: committee.name,
    canSet: committee.canSet,
    cells: page.indicators.map((indicator) => {
      const sum = index === 0 ? childrenSum(page, indicator.id) : null;
      const target = committee.targets[indicator.id];
      return {
        indicatorId: indicator.id,
        label: m.activities.indicatorOption.replace("{name}", indicator.name).replace("{unit}", indicator.unit),
        value: inputValue(indicator, target?.planned),
        version: target?.version ?? null,
        shown: shownValue(format, indicator, target?.planned, m.dashboard.noTarget),
        warning: sum === null ? null : t.childrenSum.replace("{sum}", shownValue(format, indicator, sum, "")),
      };
    }),
  }));
  return (
    <WorkspacePage title={m.nav.targets} lead={`${page.committee.name} · ${periodName}`}>
      <div className="mb-6 flex flex-col gap-4 print:hidden">
        <CommitteePeriodPicker path={TARGETS_PATH} committee={page.committee} choices={choices} code={page.code} ky={ky} />
      </div>
      {notice.saved || notice.copied ? (
        <Alert tone="success" className="mb-4">
          {notice.copied ? t.copied : t.saved}
        </Alert>
      ) : null}
      <p className="mb-4 text-sm text-ink-700">{canSetAny ? t.lead : t.readOnly}</p>
      <ClientMessages paths={["targets", "common.submitting"]}>
        {canSetAny && page.canCopy ? (
          <div className="mb-6 flex flex-col gap-1">
            <CopyTargetsForm action={copyTargetsAction} ban={page.committee.id} ky={ky} />
            <p className="text-xs text-ink-600">{t.copyNote}</p>
          </div>
        ) : null}
        <TargetsForm action={saveTargetsAction} ban={page.committee.id} ky={ky} committees={committees} />
      </ClientMessages>
    </WorkspacePage>
  );
}
