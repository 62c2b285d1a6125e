// Activities the articles report. Article 002 states the number of complaint
// dialogues (9 in the first half of 2022); every other quantity, value and
// date below is illustrative and its `illustrativeNote` says which.
import type { CampaignIds, CampaignSlug } from "./campaigns";
import type { CommitteeIds } from "./committees";
import type { IndicatorCode, IndicatorIds } from "./indicators";
import type { PartnerIds, PartnerKey } from "./partners";
import { day, illustrative, must, seedId, type Tx } from "./util";

type ActivitySeed = {
  key: string;
  committee: string;
  indicator: IndicatorCode;
  title: string;
  occurredOn: string;
  quantity: number;
  valueVnd: bigint | null;
  beneficiaries: number | null;
  place: string | null;
  description: string;
  campaign: CampaignSlug | null;
  agreement: boolean;
  partners: readonly PartnerKey[];
  /** What the articles do not state (see util.illustrative). */
  illustrativeNote: string;
};

type ActivityData = Omit<ActivitySeed, "illustrativeNote">;

export const COMPLAINT_DIALOGUES_H1_2022 = 9;

const DIALOGUE_DATES = ["2022-01-12", "2022-01-26", "2022-02-23", "2022-03-09", "2022-03-30", "2022-04-13", "2022-05-11", "2022-05-25", "2022-06-15"];

const dialogues: ActivitySeed[] = DIALOGUE_DATES.map((occurredOn, index) => ({
  key: `an-giang-doi-thoai-2022-${index + 1}`,
  committee: "an-giang",
  indicator: "COMPLAINT_DIALOGUES",
  title: `Đối thoại giải quyết khiếu nại của người dân (vụ ${index + 1}/${COMPLAINT_DIALOGUES_H1_2022})`,
  occurredOn,
  quantity: 1,
  valueVnd: null,
  beneficiaries: null,
  place: null,
  description: `Ban Dân vận Tỉnh ủy phối hợp với UBND tỉnh, các sở, ngành tham gia đối thoại giải quyết khiếu nại của người dân. Bài viết ngày 05/07/2022 nêu tổng số 9 vụ trong 6 tháng đầu năm 2022.`,
  campaign: null,
  agreement: false,
  partners: ["ag-ubnd"],
  illustrativeNote: illustrative("Ngày đối thoại từng vụ (bài viết chỉ nêu tổng số 9 vụ)"),
}));

/** The articles name these deeds but give no figure: every figure is assumed. */
const withInventedFigures = (a: ActivityData): ActivitySeed => ({
  ...a,
  illustrativeNote: illustrative(
    "Số lượng",
    ...(a.valueVnd === null ? [] : ["giá trị"]),
    ...(a.beneficiaries === null ? [] : ["số người hưởng"]),
    "ngày",
  ),
});

const others: ActivitySeed[] = ([
  // An Giang, first half of 2022, with the armed forces (article 002).
  {
    key: "an-giang-kham-benh-2022",
    committee: "an-giang",
    indicator: "MEDICAL_CHECKUPS",
    title: "Khám chữa bệnh, cấp thuốc miễn phí cho người nghèo",
    occurredOn: "2022-04-23",
    quantity: 450,
    valueVnd: 90_000_000n,
    beneficiaries: 450,
    place: null,
    description: "Ban Dân vận Tỉnh ủy phối hợp với Bộ CHQS tỉnh, Bộ Chỉ huy BĐBP tỉnh tổ chức khám chữa bệnh cho người nghèo (bài viết ngày 05/07/2022).",
    campaign: null,
    agreement: false,
    partners: ["ag-chqs", "ag-bdbp"],
  },
  {
    key: "an-giang-tang-qua-2022",
    committee: "an-giang",
    indicator: "GIFTS",
    title: "Tặng quà hộ nghèo, gia đình chính sách",
    occurredOn: "2022-05-19",
    quantity: 300,
    valueVnd: 150_000_000n,
    beneficiaries: 300,
    place: null,
    description: "Ban Dân vận Tỉnh ủy phối hợp với lực lượng vũ trang, Công an tỉnh và MTTQ tỉnh tặng quà (bài viết ngày 05/07/2022).",
    campaign: null,
    agreement: false,
    partners: ["ag-chqs", "ag-ca", "ag-mttq"],
  },
  {
    key: "an-giang-hoc-bong-2022",
    committee: "an-giang",
    indicator: "SCHOLARSHIPS",
    title: "Trao học bổng cho học sinh hiếu học",
    occurredOn: "2022-05-27",
    quantity: 60,
    valueVnd: 60_000_000n,
    beneficiaries: 60,
    place: null,
    description: "Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy BĐBP tỉnh, Tỉnh Đoàn trao học bổng cho học sinh hiếu học (bài viết ngày 05/07/2022).",
    campaign: null,
    agreement: false,
    partners: ["ag-bdbp", "ag-doan"],
  },
  // An Giang, 2022, under the programme with TP. Hồ Chí Minh (article 000).
  {
    key: "an-giang-hoc-bong-tre-em-2022",
    committee: "an-giang",
    indicator: "SCHOLARSHIPS",
    title: "Trao học bổng cho trẻ em có hoàn cảnh khó khăn (hỗ trợ của Ban Dân vận Thành ủy TP. Hồ Chí Minh)",
    occurredOn: "2022-08-26",
    quantity: 50,
    valueVnd: 50_000_000n,
    beneficiaries: 50,
    place: null,
    description: "Hoạt động chăm lo trẻ em có hoàn cảnh khó khăn theo chương trình phối hợp giữa hai Ban (bài viết ngày 24/02/2023).",
    campaign: null,
    agreement: true,
    partners: [],
  },
  {
    key: "an-giang-qua-bien-gioi-2022",
    committee: "an-giang",
    indicator: "GIFTS",
    title: "Thăm, tặng quà cán bộ, chiến sĩ bảo vệ biên giới (hỗ trợ của Ban Dân vận Thành ủy TP. Hồ Chí Minh)",
    occurredOn: "2022-09-02",
    quantity: 100,
    valueVnd: 50_000_000n,
    beneficiaries: 100,
    place: null,
    description: "Động viên cán bộ, chiến sĩ an tâm bảo vệ biên giới của Tổ quốc, theo chương trình phối hợp giữa hai Ban (bài viết ngày 24/02/2023).",
    campaign: null,
    agreement: true,
    partners: ["ag-bdbp"],
  },
  // Cần Giờ, second quarter of 2024 (article 003: "tăng cường công tác đối thoại").
  {
    key: "can-gio-doi-thoai-2024",
    committee: "can-gio",
    indicator: "COMPLAINT_DIALOGUES",
    title: "Đối thoại giải quyết kiến nghị, phản ánh của Nhân dân",
    occurredOn: "2024-05-16",
    quantity: 1,
    valueVnd: null,
    beneficiaries: null,
    place: null,
    description: "Công tác đối thoại tập trung giải quyết những kiến nghị, phản ánh chính đáng của Nhân dân được tăng cường (bài viết ngày 13/07/2024).",
    campaign: null,
    agreement: false,
    partners: ["cg-mttq"],
  },
  // Hiệp Ninh, đợt 1 năm 2023: 17/7–31/7/2023 (article 004).
  {
    key: "hiep-ninh-kham-benh-2023",
    committee: "hiep-ninh",
    indicator: "MEDICAL_CHECKUPS",
    title: "Khám bệnh, cấp thuốc miễn phí cho đối tượng chính sách, Nhân dân nghèo",
    occurredOn: "2023-07-22",
    quantity: 120,
    valueVnd: 24_000_000n,
    beneficiaries: 120,
    place: "Phường Hiệp Ninh, thành phố Tây Ninh",
    description: "Phần việc của đợt 1 năm 2023 theo Kế hoạch phối hợp liên ngành làm công tác dân vận (bài viết ngày 12/07/2023).",
    campaign: "ca-nuoc-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh",
    agreement: false,
    partners: ["hn-mttq"],
  },
  {
    key: "hiep-ninh-tang-qua-2023",
    committee: "hiep-ninh",
    indicator: "GIFTS",
    title: "Thăm, tặng quà đối tượng chính sách nhân kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ (27/7)",
    occurredOn: "2023-07-25",
    quantity: 60,
    valueVnd: 30_000_000n,
    beneficiaries: 60,
    place: "Phường Hiệp Ninh, thành phố Tây Ninh",
    description: "Phần việc của đợt 1 năm 2023 theo Kế hoạch phối hợp liên ngành làm công tác dân vận (bài viết ngày 12/07/2023).",
    campaign: "chung-tay-vi-nguoi-ngheo",
    agreement: false,
    partners: ["hn-mttq"],
  },
  {
    key: "hiep-ninh-sua-duong-2023",
    committee: "hiep-ninh",
    indicator: "RURAL_ROADS",
    title: "Sửa chữa, nâng cấp đường giao thông nông thôn",
    occurredOn: "2023-07-29",
    quantity: 0.8,
    valueVnd: 80_000_000n,
    beneficiaries: null,
    place: "Phường Hiệp Ninh, thành phố Tây Ninh",
    description: "Phần việc của đợt 1 năm 2023 theo Kế hoạch phối hợp liên ngành làm công tác dân vận (bài viết ngày 12/07/2023).",
    campaign: "ca-nuoc-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh",
    agreement: false,
    partners: ["hn-mttq"],
  },
] satisfies ActivityData[]).map(withInventedFigures);

export const ACTIVITIES: readonly ActivitySeed[] = [...dialogues, ...others];

export async function seedActivities(
  tx: Tx,
  refs: { committees: CommitteeIds; indicators: IndicatorIds; partners: PartnerIds; campaigns: CampaignIds; agreementId: string },
): Promise<number> {
  for (const a of ACTIVITIES) {
    const id = seedId("activity", a.key);
    const data = {
      committeeId: must(refs.committees, a.committee, "committee"),
      indicatorId: refs.indicators[a.indicator],
      title: a.title,
      occurredOn: day(a.occurredOn),
      quantity: a.quantity,
      valueVnd: a.valueVnd,
      beneficiaries: a.beneficiaries,
      place: a.place,
      description: a.description,
      illustrativeNote: a.illustrativeNote,
      campaignId: a.campaign === null ? null : refs.campaigns[a.campaign],
      agreementId: a.agreement ? refs.agreementId : null,
      conferenceId: null,
    };
    await tx.activity.upsert({ where: { id }, create: { id, ...data }, update: data });

    const partnerIds = a.partners.map((key) => refs.partners[key]);
    for (const partnerId of partnerIds) {
      await tx.activityPartner.upsert({
        where: { activityId_partnerId: { activityId: id, partnerId } },
        create: { activityId: id, partnerId },
        update: {},
      });
    }
    await tx.activityPartner.deleteMany({ where: { activityId: id, partnerId: { notIn: partnerIds } } });
  }
  return ACTIVITIES.length;
}
