// Exemplary "Dân vận khéo" models. The articles call for building and
// spreading such models, in the armed forces (article 002) and in livelihood
// work (article 001), without naming one: both models here are illustrative.
import { ModelField, ModelStatus, RecognitionLevel } from "@/lib/generated/prisma/client";
import type { CampaignIds } from "./campaigns";
import type { CommitteeIds } from "./committees";
import { day, illustrative, must, seedId, type Tx } from "./util";

const MODELS = [
  {
    key: "an-giang-llvt-2022",
    committee: "an-giang",
    name: "Mô hình “Dân vận khéo” của lực lượng vũ trang tỉnh giúp dân khu vực biên giới (minh hoạ)",
    field: ModelField.DEFENCE_SECURITY,
    recognitionLevel: RecognitionLevel.PROVINCE,
    registeredOn: "2022-01-01",
    recognisedOn: "2022-12-31",
    description: "Hội nghị ngày 05/07/2022 đề nghị xây dựng và nhân rộng các mô hình, điển hình “Dân vận khéo” ở các địa phương, đơn vị và trong khối LLVT.",
  },
  {
    key: "an-giang-sinh-ke-2023",
    committee: "an-giang",
    name: "Mô hình sinh kế giúp hội viên thoát nghèo bền vững (minh hoạ)",
    field: ModelField.ECONOMY,
    recognitionLevel: RecognitionLevel.PROVINCE,
    registeredOn: "2023-01-01",
    recognisedOn: "2023-12-31",
    description: "Hội nghị giao ban tổng kết năm 2023 (23/11/2023) đánh giá hiệu quả các mô hình sinh kế của MTTQ và các tổ chức chính trị - xã hội.",
  },
] as const;

// No article names a model: everything but the call for such models is assumed.
const MODEL_ILLUSTRATIVE = illustrative("Tên", "lĩnh vực", "cấp công nhận", "ngày đăng ký", "ngày công nhận", "nội dung mô hình");

export async function seedModels(tx: Tx, refs: { committees: CommitteeIds; campaigns: CampaignIds }): Promise<number> {
  for (const m of MODELS) {
    const id = seedId("model", m.key);
    const data = {
      committeeId: must(refs.committees, m.committee, "committee"),
      campaignId: refs.campaigns["dan-van-kheo"],
      name: m.name,
      field: m.field,
      recognitionLevel: m.recognitionLevel,
      status: ModelStatus.RECOGNISED,
      registeredOn: day(m.registeredOn),
      recognisedOn: day(m.recognisedOn),
      description: m.description,
      illustrativeNote: MODEL_ILLUSTRATIVE,
    };
    await tx.exemplaryModel.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  return MODELS.length;
}
