// The 19 houses "Nghĩa tình Dân vận" that Ban Dân vận Thành ủy TP. Hồ Chí
// Minh and Ban Dân vận of its Quận ủy, with Ban Dân vận Tỉnh ủy An Giang,
// handed to poor households in An Giang in 2022: 950 million đồng in all
// (article 000). The total and the count are the article's; the households,
// communes, dates and the split of funding are illustrative. 950 ÷ 19 = 50
// million đồng per house.
import { HouseStatus, HouseWork, HouseholdCategory } from "@/lib/generated/prisma/client";
import type { CommitteeIds } from "./committees";
import type { HousingProgrammeIds } from "./housing-programmes";
import { day, illustrative, must, seedId, type Tx } from "./util";

export const HOUSE_COUNT_2022 = 19;
export const HOUSE_TOTAL_2022 = 950_000_000n;
const HOUSE_VALUE = 50_000_000n;
const HALF = 25_000_000n;

type Funding = { committee: string; amount: bigint };
type HouseSeed = { household: string; commune: string; handedOverOn: string; fundings: Funding[] };

const city = (amount = HOUSE_VALUE): Funding => ({ committee: "tp-ho-chi-minh", amount });
const district = (committee: string, amount = HOUSE_VALUE): Funding => ({ committee, amount });

const HOUSES: HouseSeed[] = [
  { household: "Hộ ông Chau A", commune: "Xã Lương Phi, huyện Tri Tôn", handedOverOn: "2022-03-18", fundings: [city()] },
  { household: "Hộ bà Nguyễn Thị B", commune: "Thị trấn Ba Chúc, huyện Tri Tôn", handedOverOn: "2022-03-25", fundings: [city()] },
  { household: "Hộ bà Néang C", commune: "Xã Châu Lăng, huyện Tri Tôn", handedOverOn: "2022-04-15", fundings: [city()] },
  { household: "Hộ ông Chau D", commune: "Xã Lê Trì, huyện Tri Tôn", handedOverOn: "2022-04-22", fundings: [city()] },
  { household: "Hộ ông Trần Văn E", commune: "Xã Văn Giáo, thị xã Tịnh Biên", handedOverOn: "2022-05-13", fundings: [city()] },
  { household: "Hộ bà Néang G", commune: "Xã An Cư, thị xã Tịnh Biên", handedOverOn: "2022-05-20", fundings: [city()] },
  { household: "Hộ ông Lê Văn H", commune: "Xã Vĩnh Trung, thị xã Tịnh Biên", handedOverOn: "2022-06-17", fundings: [city(HALF), district("quan-1", HALF)] },
  { household: "Hộ bà Phạm Thị K", commune: "Xã Phú Hữu, huyện An Phú", handedOverOn: "2022-07-15", fundings: [district("quan-1")] },
  { household: "Hộ ông Nguyễn Văn L", commune: "Xã Khánh An, huyện An Phú", handedOverOn: "2022-07-22", fundings: [district("quan-1")] },
  { household: "Hộ bà Võ Thị M", commune: "Xã Quốc Thái, huyện An Phú", handedOverOn: "2022-08-12", fundings: [district("quan-1")] },
  { household: "Hộ ông Huỳnh Văn N", commune: "Xã Vĩnh Hội Đông, huyện An Phú", handedOverOn: "2022-08-19", fundings: [district("quan-1")] },
  { household: "Hộ bà Đỗ Thị P", commune: "Xã Vĩnh Tế, thành phố Châu Đốc", handedOverOn: "2022-09-16", fundings: [district("quan-3")] },
  { household: "Hộ ông Lâm Văn Q", commune: "Phường Núi Sam, thành phố Châu Đốc", handedOverOn: "2022-09-23", fundings: [district("quan-3")] },
  { household: "Hộ bà Trương Thị R", commune: "Xã Vĩnh Châu, thành phố Châu Đốc", handedOverOn: "2022-10-14", fundings: [district("quan-3", HALF), city(HALF)] },
  { household: "Hộ ông Chau S", commune: "Xã Ô Lâm, huyện Tri Tôn", handedOverOn: "2022-10-21", fundings: [district("quan-5")] },
  { household: "Hộ bà Néang T", commune: "Xã Núi Tô, huyện Tri Tôn", handedOverOn: "2022-11-11", fundings: [district("quan-5")] },
  { household: "Hộ ông Đặng Văn U", commune: "Xã Tân Lợi, thị xã Tịnh Biên", handedOverOn: "2022-11-18", fundings: [district("binh-thanh")] },
  { household: "Hộ bà Bùi Thị V", commune: "Xã An Hảo, thị xã Tịnh Biên", handedOverOn: "2022-12-09", fundings: [district("binh-thanh")] },
  { household: "Hộ ông Phan Văn X", commune: "Xã Nhơn Hội, huyện An Phú", handedOverOn: "2022-12-16", fundings: [district("binh-thanh")] },
];

// The article states only the totals: 19 houses, 950 triệu đồng in all.
const HOUSE_ILLUSTRATIVE = illustrative("Tên hộ", "địa bàn", "ngày bàn giao", "giá trị từng căn (chia đều tổng 950 triệu đồng cho 19 căn)");
// The city's Ban Dân vận is named as a funder; the four Quận ủy are not (the
// article says "Ban Dân vận các Quận ủy"), and no split is stated.
function fundingIllustrative(funding: Funding): string {
  return funding.committee === "tp-ho-chi-minh"
    ? illustrative("Số tiền đóng góp")
    : illustrative("Quận ủy đóng góp (bài viết chỉ nêu “Ban Dân vận các Quận ủy”)", "số tiền đóng góp");
}

function checkTotals() {
  let total = 0n;
  for (const house of HOUSES) {
    const funded = house.fundings.reduce((sum, f) => sum + f.amount, 0n);
    if (funded !== HOUSE_VALUE) throw new Error(`Seed house ${house.household}: fundings ${funded} ≠ value ${HOUSE_VALUE}`);
    total += HOUSE_VALUE;
  }
  if (HOUSES.length !== HOUSE_COUNT_2022 || total !== HOUSE_TOTAL_2022) {
    throw new Error(`Seed houses: ${HOUSES.length} houses, ${total} đ; the article says 19 houses, 950.000.000 đ`);
  }
}

export const houseId = (n: number) => seedId("house", String(n).padStart(2, "0"));

export async function seedHouses(tx: Tx, refs: { committees: CommitteeIds; programmes: HousingProgrammeIds; agreementId: string }): Promise<number> {
  checkTotals();
  const committeeId = must(refs.committees, "an-giang", "committee");
  for (const [index, house] of HOUSES.entries()) {
    const id = houseId(index + 1);
    const data = {
      committeeId,
      programmeId: refs.programmes["nghia-tinh-dan-van"],
      work: HouseWork.NEW,
      householdName: `${house.household} (dữ liệu minh hoạ)`,
      // The article: houses for poor households ("hộ nghèo").
      householdCategory: HouseholdCategory.POOR,
      householdErasedAt: null,
      commune: house.commune,
      address: null,
      valueVnd: HOUSE_VALUE,
      status: HouseStatus.HANDED_OVER,
      startedOn: null,
      handedOverOn: day(house.handedOverOn),
      campaignId: null,
      agreementId: refs.agreementId,
      illustrativeNote: HOUSE_ILLUSTRATIVE,
    };
    await tx.houseHandover.upsert({ where: { id }, create: { id, ...data }, update: data });

    const fundingIds: string[] = [];
    for (const [n, funding] of house.fundings.entries()) {
      const fundingId = `${id}-funding-${n + 1}`;
      const row = {
        houseId: id,
        contributorCommitteeId: must(refs.committees, funding.committee, "committee"),
        contributorPartnerId: null,
        contributorName: null,
        amountVnd: funding.amount,
        illustrativeNote: fundingIllustrative(funding),
      };
      await tx.houseFunding.upsert({ where: { id: fundingId }, create: { id: fundingId, ...row }, update: row });
      fundingIds.push(fundingId);
    }
    await tx.houseFunding.deleteMany({ where: { houseId: id, id: { notIn: fundingIds } } });
  }
  return HOUSES.length;
}
