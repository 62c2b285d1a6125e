// The coordination programme between Ban Dân vận Tỉnh ủy An Giang and Ban Dân
// vận Thành ủy TP. Hồ Chí Minh whose 2022 results article 000 reviews.
import type { CommitteeIds } from "./committees";
import type { IndicatorCode, IndicatorIds } from "./indicators";
import { day, illustrative, must, seedId, type Tx } from "./util";

export const AGREEMENT_ID = seedId("agreement", "an-giang-tp-hcm");

const AGREEMENT = {
  committee: "an-giang",
  // The article gives neither the number nor the signing date.
  number: null,
  title: "Chương trình phối hợp công tác dân vận giữa Ban Dân vận Tỉnh ủy An Giang và Ban Dân vận Thành ủy TP. Hồ Chí Minh",
  // Assumed: the article (24/2/2023) reviews the programme's results for 2022,
  // so it was signed before; 2021-12-15 is a plausible date, not a known one.
  signedOn: "2021-12-15",
  validFrom: "2022-01-01",
  // The term is not stated; both signatories ceased on 30/6/2025.
  validTo: "2025-06-30",
  // The article names both committees without saying which leads, nor which
  // one answers for each task: the first named is taken for both.
  illustrativeNote: illustrative("Ngày ký", "ngày hiệu lực", "thời hạn", "bên chủ trì", "bên phụ trách từng nội dung (bài viết không nêu)"),
  summary:
    "Hai Ban phối hợp tuyên truyền, vận động Nhân dân, đồng bào dân tộc, đồng bào có đạo chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; trao đổi kinh nghiệm về thực hiện Quy chế dân chủ ở cơ sở, công tác dân tộc – tôn giáo, phong trào thi đua “Dân vận khéo”; phối hợp hỗ trợ an sinh xã hội trên địa bàn tỉnh An Giang, trong đó có xây tặng nhà “Nghĩa tình Dân vận”.",
  /** The first party leads (chủ trì). */
  parties: ["an-giang", "tp-ho-chi-minh"],
  tasks: [
    {
      content: "Phối hợp tổ chức tọa đàm chia sẻ kinh nghiệm, giải pháp nâng cao hiệu quả việc thực hiện Quy chế dân chủ ở cơ sở theo các loại hình.",
      responsible: "Ban Dân vận Tỉnh ủy An Giang; Ban Dân vận Thành ủy TP. Hồ Chí Minh",
      lead: "an-giang",
    },
    {
      content: "Chia sẻ kinh nghiệm về công tác dân tộc – tôn giáo và các giải pháp, cách làm phát huy vai trò Nhân dân tham gia hiệu quả các cuộc vận động, phong trào để xây dựng và phát triển địa phương.",
      responsible: "Ban Dân vận Tỉnh ủy An Giang; Ban Dân vận Thành ủy TP. Hồ Chí Minh",
      lead: "an-giang",
    },
    {
      content: "Hỗ trợ an sinh xã hội trên địa bàn tỉnh An Giang: xây tặng nhà “Nghĩa tình Dân vận” cho hộ nghèo, hộ có hoàn cảnh khó khăn; chăm lo gia đình chính sách, đồng bào dân tộc thiểu số, trẻ em có hoàn cảnh khó khăn; động viên cán bộ, chiến sĩ bảo vệ biên giới.",
      responsible: "Ban Dân vận Thành ủy TP. Hồ Chí Minh, Ban Dân vận các Quận ủy; Ban Dân vận Tỉnh ủy An Giang",
      lead: "tp-ho-chi-minh",
      // Counted by the houses handed over under the programme; no planned figure is stated.
      indicator: "HOUSES",
    },
    {
      content: "Phối hợp tổ chức các hội nghị chuyên đề trao đổi, chia sẻ kinh nghiệm thực hiện các cuộc vận động, phong trào thi đua yêu nước; phong trào thi đua “Dân vận khéo”, “Dân vận khéo trong xây dựng nông thôn mới”; xây dựng và thực hiện Quy chế dân chủ ở cơ sở, công tác dân tộc – tôn giáo.",
      responsible: "Ban Dân vận Tỉnh ủy An Giang; Ban Dân vận Thành ủy TP. Hồ Chí Minh",
      lead: "an-giang",
    },
    {
      content: "Nắm tình hình Nhân dân, kịp thời thông tin, xây dựng phương án giải quyết, không để phát sinh vụ việc phức tạp liên quan đến dân tộc, tôn giáo, khiếu kiện đông người và an ninh trật tự.",
      responsible: "Ban Dân vận Tỉnh ủy An Giang; Ban Dân vận Thành ủy TP. Hồ Chí Minh",
      lead: "an-giang",
    },
    {
      content: "Hỗ trợ các gia đình chính sách, người dân và trẻ em có hoàn cảnh khó khăn, cán bộ, chiến sĩ vùng biên giới gắn với chuỗi hoạt động “Dân vận khéo – Kết nối biên cương”, phù hợp với điều kiện và nguồn lực của các địa phương.",
      responsible: "Ban Dân vận Thành ủy TP. Hồ Chí Minh; Ban Dân vận Tỉnh ủy An Giang",
      lead: "tp-ho-chi-minh",
    },
  ],
} as const;

const partyId = (index: number) => seedId("agreement", "an-giang-tp-hcm", "party", index + 1);

type TaskSeed = { content: string; responsible: string; lead: string; indicator?: IndicatorCode };

export async function seedAgreement(tx: Tx, committees: CommitteeIds, indicators: IndicatorIds): Promise<string> {
  const data = {
    committeeId: must(committees, AGREEMENT.committee, "committee"),
    number: AGREEMENT.number,
    title: AGREEMENT.title,
    signedOn: day(AGREEMENT.signedOn),
    validFrom: day(AGREEMENT.validFrom),
    validTo: day(AGREEMENT.validTo),
    summary: AGREEMENT.summary,
    illustrativeNote: AGREEMENT.illustrativeNote,
  };
  await tx.agreement.upsert({ where: { id: AGREEMENT_ID }, create: { id: AGREEMENT_ID, ...data }, update: data });

  const partyIds = new Map<string, string>();
  // The lead moves only after the previous lead lets go (one lead per agreement).
  await tx.agreementParty.updateMany({ where: { agreementId: AGREEMENT_ID, id: { notIn: AGREEMENT.parties.map((_, i) => partyId(i)) } }, data: { isLead: false } });
  for (const [index, slug] of AGREEMENT.parties.entries()) {
    const id = partyId(index);
    // Signers are not named in the article.
    const party = { agreementId: AGREEMENT_ID, committeeId: must(committees, slug, "committee"), partnerId: null, isLead: index === 0, position: index, signerName: null, signerTitle: null };
    await tx.agreementParty.upsert({ where: { id }, create: { id, ...party }, update: party });
    partyIds.set(slug, id);
  }

  for (const [index, task] of (AGREEMENT.tasks as readonly TaskSeed[]).entries()) {
    const position = index + 1;
    const data = {
      content: task.content,
      responsible: task.responsible,
      responsiblePartyId: must(partyIds, task.lead, "party"),
      indicatorId: task.indicator ? must(indicators, task.indicator, "indicator") : null,
    };
    await tx.agreementTask.upsert({
      where: { agreementId_position: { agreementId: AGREEMENT_ID, position } },
      create: { id: seedId("agreement", "an-giang-tp-hcm", "task", position), agreementId: AGREEMENT_ID, position, ...data },
      update: data,
    });
  }
  await tx.agreementTask.deleteMany({ where: { agreementId: AGREEMENT_ID, position: { gt: AGREEMENT.tasks.length } } });
  await tx.agreementParty.deleteMany({ where: { agreementId: AGREEMENT_ID, id: { notIn: [...partyIds.values()] } } });
  return AGREEMENT_ID;
}
