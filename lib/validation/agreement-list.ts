import { z } from "zod";
import { AGREEMENT_STATUSES, type AgreementStatus } from "@/lib/agreements/status";
import { formatPeriodCode, parsePeriodCode } from "@/lib/periods";
import { recordId } from "./fields";
import { positionParams, searchText, sortParam } from "./list";

// The agreements list's URL:
// /ho-so/phoi-hop?q=&ban=&ky=&trang_thai=&chua_so_ket=1&ben=&sap_xep=&trang=&sau=|truoc=|cuoi=
// `ky` keeps agreements signed in the period (in the calendar of `ban`); with `chi_so`
// (and `nhom`, `gop`) the list shows exactly the agreements behind a dashboard figure.

export const AGREEMENT_SORTS = { ngay_ky: "signedOn", ten: "title", hieu_luc: "validFrom" } as const;

/** The status filter's URL values. */
export const AGREEMENT_STATUS_SLUGS = {
  "chua-hieu-luc": "UPCOMING",
  "con-hieu-luc": "IN_FORCE",
  "het-han": "EXPIRED",
  "cham-dut": "ENDED",
} as const satisfies Record<string, AgreementStatus>;

export const statusSlugOf = (status: AgreementStatus) =>
  (Object.keys(AGREEMENT_STATUS_SLUGS) as (keyof typeof AGREEMENT_STATUS_SLUGS)[]).find((slug) => AGREEMENT_STATUS_SLUGS[slug] === status)!;

export const agreementListSchema = z.object({
  q: searchText(100),
  /** A committee: agreements kept or signed within its lineage. */
  ban: recordId.optional().catch(undefined),
  trang_thai: z.enum(Object.keys(AGREEMENT_STATUS_SLUGS) as [keyof typeof AGREEMENT_STATUS_SLUGS, ...(keyof typeof AGREEMENT_STATUS_SLUGS)[]]).optional().catch(undefined),
  /** Only agreements past their end with no review conference. */
  chua_so_ket: z.literal("1").optional().catch(undefined),
  /** A party: a committee or partner that signed. */
  ben: recordId.optional().catch(undefined),
  ky: z
    .unknown()
    .transform((value) => {
      const period = parsePeriodCode(value);
      return period ? formatPeriodCode(period) : undefined;
    })
    .catch(undefined),
  chi_so: recordId.optional().catch(undefined),
  nhom: recordId.optional().catch(undefined),
  gop: z.literal("hom-nay").optional().catch(undefined),
  sap_xep: sortParam(AGREEMENT_SORTS, "-ngay_ky"),
  ...positionParams,
});

export type AgreementListParams = z.infer<typeof agreementListSchema>;

export { AGREEMENT_STATUSES };
