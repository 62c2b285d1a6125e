// The five conferences the articles report. Place, chair and attendance are
// recorded only where the article states them.
import { ConferenceKind } from "@/lib/generated/prisma/client";
import type { CampaignIds, CampaignSlug, PhaseRefs } from "./campaigns";
import type { CommitteeIds } from "./committees";
import type { PartnerIds, PartnerKey } from "./partners";
import { periodId, type PeriodIds, type PeriodRef } from "./periods";
import { day, illustrative, must, seedId, type Tx } from "./util";

type ConferenceSeed = {
  key: string;
  committee: string;
  kind: ConferenceKind;
  title: string;
  heldOn: string;
  place: string | null;
  chairName: string | null;
  chairTitle: string | null;
  /** The period it reviews; "phase" for the Hiệp Ninh phase. */
  period: PeriodRef | "phase";
  agreement: boolean;
  campaign: CampaignSlug | null;
  conclusions: string;
  directions: string;
  coHostCommittees: readonly string[];
  coHostPartners: readonly PartnerKey[];
  /** What of the conference the article does not state; null: all of it is stated. */
  illustrativeNote: string | null;
  /** Co-hosts (committee slug or partner key) the article does not name as such. */
  illustrativeCoHosts: Readonly<Record<string, string>>;
};

// Article 002 says "các đoàn thể chính trị" and article 001 "các tổ chức chính
// trị - xã hội" without listing them.
const UNLISTED = illustrative("Tổ chức đồng tổ chức (bài viết không liệt kê tên)");

const AG_ORGANISATIONS: readonly PartnerKey[] = ["ag-mttq", "ag-lhpn", "ag-ldld", "ag-doan", "ag-hnd", "ag-ccb"];

export const CONFERENCES = [
  {
    // Article 000.
    key: "an-giang-tp-hcm-2023-02-24",
    committee: "an-giang",
    kind: ConferenceKind.INTERIM_REVIEW,
    title: "Hội nghị sơ kết công tác phối hợp và triển khai phương hướng công tác năm 2023 giữa Ban Dân vận Tỉnh ủy An Giang và Ban Dân vận Thành ủy TP. Hồ Chí Minh",
    heldOn: "2023-02-24",
    place: null,
    chairName: null,
    chairTitle: null,
    period: { kind: "YEAR", year: 2022, sequence: 1 },
    agreement: true,
    campaign: null,
    conclusions:
      "Năm 2022, hai Ban hoàn thành tốt các nội dung đã ký kết: phối hợp tổ chức Tọa đàm “Chia sẻ kinh nghiệm, giải pháp để nâng cao hiệu quả việc thực hiện quy chế dân chủ ở cơ sở theo các loại hình”; chia sẻ kinh nghiệm về công tác dân tộc – tôn giáo. Ban Dân vận Thành ủy TP. Hồ Chí Minh, Ban Dân vận các Quận ủy cùng Ban Dân vận Tỉnh ủy An Giang trao tặng 19 căn nhà “Nghĩa tình Dân vận” cho hộ nghèo, hộ có hoàn cảnh khó khăn trên địa bàn tỉnh An Giang, tổng trị giá 950 triệu đồng; góp phần thực hiện tốt công tác an sinh xã hội, chăm lo gia đình chính sách, đồng bào dân tộc thiểu số, trẻ em có hoàn cảnh khó khăn, động viên cán bộ, chiến sĩ bảo vệ biên giới.",
    directions:
      "Năm 2023: tuyên truyền, vận động Nhân dân, đồng bào dân tộc, đồng bào có đạo chấp hành chủ trương, chính sách, pháp luật; phối hợp tổ chức hội nghị chuyên đề về các cuộc vận động, phong trào thi đua “Dân vận khéo”, “Dân vận khéo trong xây dựng nông thôn mới”, Quy chế dân chủ ở cơ sở, công tác dân tộc – tôn giáo; nắm tình hình Nhân dân, không để phát sinh vụ việc phức tạp; tiếp tục hỗ trợ an sinh xã hội, gia đình chính sách, trẻ em có hoàn cảnh khó khăn, cán bộ, chiến sĩ vùng biên giới gắn với chuỗi hoạt động “Dân vận khéo – Kết nối biên cương”.",
    coHostCommittees: ["tp-ho-chi-minh"],
    coHostPartners: [],
    illustrativeNote: null,
    illustrativeCoHosts: {},
  },
  {
    // Article 002.
    key: "an-giang-2022-07-05",
    committee: "an-giang",
    kind: ConferenceKind.INTERIM_REVIEW,
    title:
      "Hội nghị sơ kết công tác dân vận, chương trình phối hợp giữa lực lượng vũ trang tỉnh với Ban Dân vận, MTTQ, các đoàn thể chính trị và hội quần chúng tỉnh 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022",
    heldOn: "2022-07-05",
    place: null,
    chairName: "Huỳnh Văn Danh",
    chairTitle: "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy",
    period: { kind: "HALF_YEAR", year: 2022, sequence: 1 },
    agreement: false,
    campaign: null,
    conclusions:
      "6 tháng đầu năm 2022, Ban Dân vận Tỉnh ủy phối hợp với LLVT, MTTQ, các đoàn thể chính trị và hội quần chúng thực hiện nhiều chương trình, kế hoạch, phát huy sức mạnh tổng hợp của hệ thống chính trị; tham mưu Thường trực Tỉnh ủy giải quyết những vấn đề phức tạp nảy sinh; phối hợp với UBND tỉnh, các sở, ngành tham gia đối thoại 9 vụ khiếu nại của người dân; phối hợp với Bộ CHQS tỉnh, Bộ Chỉ huy BĐBP tỉnh, Công an tỉnh tuyên truyền, vận động bảo đảm an ninh, trật tự, an toàn xã hội; tổ chức khám chữa bệnh cho người nghèo, tặng quà, học bổng cho học sinh hiếu học.",
    directions:
      "Ban Dân vận các cấp, MTTQ, các đơn vị tăng cường đi cơ sở, kịp thời nắm những vấn đề “nóng” ở khu dân cư để phối hợp giải quyết; xây dựng và nhân rộng các mô hình, điển hình “Dân vận khéo” ở các địa phương, đơn vị và trong khối LLVT; kiểm tra, giám sát, đánh giá kết quả thực hiện các Chỉ thị, Nghị quyết của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận.",
    coHostCommittees: [],
    coHostPartners: ["ag-chqs", "ag-bdbp", "ag-ca", ...AG_ORGANISATIONS],
    illustrativeNote: illustrative("Tỉnh An Giang (bài viết không nêu tên tỉnh)"),
    illustrativeCoHosts: { "ag-lhpn": UNLISTED, "ag-ldld": UNLISTED, "ag-doan": UNLISTED, "ag-hnd": UNLISTED, "ag-ccb": UNLISTED },
  },
  {
    // Article 003.
    key: "can-gio-2024-06-06",
    committee: "can-gio",
    kind: ConferenceKind.BRIEFING,
    title:
      "Hội nghị giao ban quý II/2024 giữa Ủy ban MTTQ, các tổ chức chính trị - xã hội huyện và khối Dân vận các xã, thị trấn, gắn với sinh hoạt chuyên đề “Nâng cao chất lượng hoạt động khối Dân vận xã, thị trấn và tổ Dân vận ấp, khu phố”",
    heldOn: "2024-06-06",
    place: "Xã đảo Thạnh An, huyện Cần Giờ",
    chairName: "Lê Thị Hồng Phượng",
    chairTitle: "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy",
    period: { kind: "QUARTER", year: 2024, sequence: 2 },
    agreement: false,
    campaign: null,
    conclusions:
      "6 tháng đầu năm 2024, công tác dân vận của hệ thống chính trị huyện đạt kết quả tích cực: công tác tiếp dân, đối thoại được tăng cường; MTTQ và các tổ chức chính trị - xã hội hướng mạnh về cơ sở; thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW phát huy vai trò giám sát của Nhân dân; phong trào thi đua “Dân vận khéo” đi vào nền nếp. Hội nghị thảo luận thuận lợi, khó khăn trong thành lập, củng cố, kiện toàn khối dân vận xã, thị trấn và tổ dân vận ấp, khu phố sau sắp xếp ấp, khu phố.",
    directions:
      "Ban Dân vận Huyện ủy sẽ ban hành quy chế hoạt động mẫu, có điểm mở để các xã, thị trấn vận dụng phù hợp với từng địa phương; kinh phí hoạt động của tổ Dân vận ấp, khu phố sẽ trình Ban Thường vụ, MTTQ và các tổ chức chính trị - xã hội cho ý kiến.",
    coHostCommittees: ["thanh-an"],
    coHostPartners: ["cg-mttq"],
    illustrativeNote: null,
    illustrativeCoHosts: { "thanh-an": illustrative("Xã Thạnh An là đơn vị đồng tổ chức (bài viết chỉ nêu hội nghị họp tại xã đảo Thạnh An)") },
  },
  {
    // Article 004.
    key: "hiep-ninh-2023-07-12",
    committee: "hiep-ninh",
    kind: ConferenceKind.LAUNCH,
    title: "Hội nghị triển khai Kế hoạch phối hợp liên ngành làm công tác dân vận đợt 1 năm 2023",
    heldOn: "2023-07-12",
    place: "Phòng họp Ban Chấp hành Đảng bộ phường Hiệp Ninh",
    chairName: "Lê Hoàng Linh",
    chairTitle: "Phó Bí thư Thường trực Đảng ủy, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ cơ sở và công tác vận động quần chúng phường",
    period: "phase",
    agreement: false,
    campaign: "ca-nuoc-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh",
    conclusions:
      "Triển khai kế hoạch phối hợp làm công tác dân vận đợt 1 năm 2023 nhằm phát huy sức mạnh tổng hợp của cả hệ thống chính trị: tuyên truyền, vận động Nhân dân thực hiện đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia phát triển kinh tế, văn hoá - xã hội, củng cố quốc phòng, an ninh.",
    directions:
      "Thực hiện chính sách an sinh xã hội, hậu phương quân đội, đền ơn đáp nghĩa nhân kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ (27/7); cuộc vận động “Cả nước chung sức xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào “Chung tay vì người nghèo - không để ai bị bỏ lại phía sau”; khám bệnh, cấp thuốc miễn phí, thăm, tặng quà đối tượng chính sách, Nhân dân nghèo; làm mới, sửa chữa đường giao thông nông thôn; tu sửa đài, bia tưởng niệm; xây tặng, sửa chữa nhà tình nghĩa, nhà đại đoàn kết từ 01 căn trở lên. Thời gian: 15 ngày, từ 17/7 đến 31/7/2023.",
    coHostCommittees: [],
    coHostPartners: ["hn-mttq"],
    illustrativeNote: null,
    illustrativeCoHosts: {},
  },
  {
    // Article 001.
    key: "an-giang-2023-11-23",
    committee: "an-giang",
    kind: ConferenceKind.YEAR_END_REVIEW,
    title: "Hội nghị giao ban tổng kết công tác dân vận năm 2023 giữa Ban Dân vận Tỉnh ủy, UBMTTQVN và các tổ chức chính trị - xã hội cấp tỉnh",
    heldOn: "2023-11-23",
    place: null,
    chairName: "Võ Nguyên Nam",
    chairTitle: "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy",
    period: { kind: "YEAR", year: 2023, sequence: 1 },
    agreement: false,
    campaign: null,
    conclusions:
      "Với chủ đề “Đổi mới nội dung, phương thức, nâng cao hiệu quả hoạt động của MTTQVN, các tổ chức chính trị - xã hội”, hội nghị đánh giá kết quả công tác dân vận năm 2023, hiệu quả các mô hình sinh kế và chuyển đổi số. Việc đổi mới nội dung, phương thức hoạt động có chuyển biến tích cực, hướng mạnh về cơ sở; các phong trào thi đua, cuộc vận động được đẩy mạnh, xuất hiện nhiều mô hình mới, cách làm sáng tạo.",
    directions:
      "Tiếp tục đổi mới nội dung, phương thức hoạt động, “Gần dân, hiểu dân, nghe dân nói và làm dân tin”; tham gia tích cực thực hành dân chủ, phát triển kinh tế - xã hội, giữ vững quốc phòng - an ninh; nâng cao chất lượng các cuộc vận động, phong trào thi đua, phát hiện và nhân rộng mô hình hay, điển hình tiên tiến; đấu tranh phản bác luận điệu sai trái; nâng cao hiệu quả nắm, dự báo tình hình, dư luận xã hội để tham mưu Ban Thường vụ Tỉnh ủy.",
    coHostCommittees: [],
    coHostPartners: AG_ORGANISATIONS,
    illustrativeNote: null,
    illustrativeCoHosts: { "ag-doan": UNLISTED, "ag-hnd": UNLISTED, "ag-ccb": UNLISTED },
  },
] as const satisfies readonly ConferenceSeed[];

export type ConferenceKey = (typeof CONFERENCES)[number]["key"];
export type ConferenceIds = Record<ConferenceKey, string>;

export const conferenceId = (key: ConferenceKey) => seedId("conference", key);

export async function seedConferences(
  tx: Tx,
  refs: { committees: CommitteeIds; partners: PartnerIds; periods: PeriodIds; phase: PhaseRefs; agreementId: string; campaigns: CampaignIds },
): Promise<ConferenceIds> {
  const ids = {} as ConferenceIds;
  for (const c of CONFERENCES as readonly ConferenceSeed[]) {
    const id = conferenceId(c.key as ConferenceKey);
    const data = {
      committeeId: must(refs.committees, c.committee, "committee"),
      kind: c.kind,
      title: c.title,
      heldOn: day(c.heldOn),
      place: c.place,
      chairName: c.chairName,
      chairTitle: c.chairTitle,
      attendance: null,
      periodId: c.period === "phase" ? refs.phase.periodId : periodId(refs.periods, c.period),
      agreementId: c.agreement ? refs.agreementId : null,
      campaignId: c.campaign === null ? null : refs.campaigns[c.campaign],
      conclusions: c.conclusions,
      directions: c.directions,
      illustrativeNote: c.illustrativeNote,
    };
    await tx.conference.upsert({ where: { id }, create: { id, ...data }, update: data });

    const coHosts = [
      ...c.coHostCommittees.map((slug) => ({ committeeId: must(refs.committees, slug, "committee"), partnerId: null, illustrativeNote: c.illustrativeCoHosts[slug] ?? null })),
      ...c.coHostPartners.map((key) => ({ committeeId: null, partnerId: refs.partners[key], illustrativeNote: c.illustrativeCoHosts[key] ?? null })),
    ];
    const coHostIds: string[] = [];
    for (const [index, coHost] of coHosts.entries()) {
      const coHostId = seedId("conference", c.key, "cohost", index + 1);
      await tx.conferenceCoHost.upsert({ where: { id: coHostId }, create: { id: coHostId, conferenceId: id, ...coHost }, update: coHost });
      coHostIds.push(coHostId);
    }
    await tx.conferenceCoHost.deleteMany({ where: { conferenceId: id, id: { notIn: coHostIds } } });
    ids[c.key as ConferenceKey] = id;
  }
  return ids;
}
