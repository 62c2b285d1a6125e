// Emulation movements and mobilization drives named in the articles, and the
// one dated phase: Hiệp Ninh's "đợt 1 năm 2023" (17/7–31/7/2023, article 004).
import { viTranslator } from "@/lib/i18n/vietnamese";
import { periodLabelValues } from "@/lib/periods";
import { PeriodKind, ReportingCalendar } from "@/lib/generated/prisma/client";
import type { CommitteeIds } from "./committees";
import { day, illustrative, must, seedId, type Tx } from "./util";

type CampaignSeed = { slug: string; name: string; description: string; committee: string | null; illustrativeNote: string | null };

export const CAMPAIGNS = [
  {
    slug: "dan-van-kheo",
    name: "Phong trào thi đua “Dân vận khéo”",
    description:
      "Phong trào thi đua “Dân vận khéo” trong hệ thống chính trị, lực lượng vũ trang và các tầng lớp Nhân dân: xây dựng và nhân rộng các mô hình, điển hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hoá – xã hội, quốc phòng – an ninh và xây dựng hệ thống chính trị.",
    committee: null,
    illustrativeNote: null,
  },
  {
    slug: "dan-van-kheo-ket-noi-bien-cuong",
    name: "Chuỗi hoạt động “Dân vận khéo – Kết nối biên cương”",
    description:
      "Chuỗi hoạt động hỗ trợ an sinh xã hội, các gia đình chính sách, người dân và trẻ em có hoàn cảnh khó khăn, cán bộ, chiến sĩ vùng biên giới, trong chương trình phối hợp giữa Ban Dân vận Thành ủy TP. Hồ Chí Minh và Ban Dân vận Tỉnh ủy An Giang.",
    // Assumption: the article names the series but not who launched it; it is
    // recorded under the supporting side, Ban Dân vận Thành ủy TP. Hồ Chí Minh.
    committee: "tp-ho-chi-minh",
    illustrativeNote: illustrative("Đơn vị phát động (bài viết không nêu)"),
  },
  {
    slug: "ca-nuoc-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh",
    name: "Cuộc vận động “Cả nước chung sức xây dựng nông thôn mới, đô thị văn minh”",
    description:
      "Cuộc vận động “Cả nước chung sức xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào “Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”.",
    committee: null,
    illustrativeNote: null,
  },
  {
    slug: "chung-tay-vi-nguoi-ngheo",
    name: "Phong trào “Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”",
    description: "Phong trào chăm lo cho người nghèo, đối tượng chính sách và người có hoàn cảnh khó khăn, để không ai bị bỏ lại phía sau.",
    committee: null,
    illustrativeNote: null,
  },
] as const satisfies readonly CampaignSeed[];

export type CampaignSlug = (typeof CAMPAIGNS)[number]["slug"];
export type CampaignIds = Record<CampaignSlug, string>;

/** The Hiệp Ninh phase and the PHASE reporting period that mirrors it. */
export type PhaseRefs = { phaseId: string; periodId: string };

const PHASE = {
  id: seedId("phase", "hiep-ninh", 2023, 1),
  campaign: "ca-nuoc-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh",
  committee: "hiep-ninh",
  year: 2023,
  sequence: 1,
  startsOn: "2023-07-17",
  endsOn: "2023-07-31",
} as const satisfies { campaign: CampaignSlug } & Record<string, unknown>;

export async function seedCampaigns(tx: Tx, committees: CommitteeIds): Promise<{ campaigns: CampaignIds; phase: PhaseRefs }> {
  const campaigns = {} as CampaignIds;
  for (const c of CAMPAIGNS) {
    const data = {
      name: c.name,
      description: c.description,
      committeeId: c.committee === null ? null : must(committees, c.committee, "committee"),
      startsOn: null,
      endsOn: null,
      illustrativeNote: c.illustrativeNote,
    };
    const row = await tx.campaign.upsert({
      where: { slug: c.slug },
      create: { id: seedId("campaign", c.slug), slug: c.slug, ...data },
      update: data,
      select: { id: true },
    });
    campaigns[c.slug] = row.id;
  }

  const committeeId = must(committees, PHASE.committee, "committee");
  const label = viTranslator("periods.label", periodLabelValues("PHASE", PHASE.year, PHASE.sequence));
  const startsOn = day(PHASE.startsOn);
  const endsOn = day(PHASE.endsOn);
  // Article 004 states the phase, its committee and its dates.
  const phaseData = { campaignId: campaigns[PHASE.campaign], committeeId, name: label, startsOn, endsOn, illustrativeNote: null };
  await tx.campaignPhase.upsert({ where: { id: PHASE.id }, create: { id: PHASE.id, ...phaseData }, update: phaseData });

  const periodData = {
    calendar: ReportingCalendar.CALENDAR,
    kind: PeriodKind.PHASE,
    year: PHASE.year,
    sequence: PHASE.sequence,
    label,
    startsOn,
    endsOn,
    committeeId,
  };
  const period = await tx.reportingPeriod.upsert({
    where: { campaignPhaseId: PHASE.id },
    create: { id: seedId("period", "phase", PHASE.committee, PHASE.year, PHASE.sequence), campaignPhaseId: PHASE.id, ...periodData },
    update: periodData,
    select: { id: true },
  });
  return { campaigns, phase: { phaseId: PHASE.id, periodId: period.id } };
}
