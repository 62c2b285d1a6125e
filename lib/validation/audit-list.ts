import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/lib/data/audit-vocabulary";
import { dayParam, positionParams, searchText, sortParam } from "./list";

// The audit list's URL: /quan-tri/nhat-ky?nguoi=&hanh_dong=&doi_tuong=&tu=&den=&sap_xep=&trang=&sau=|truoc=|cuoi=

export const AUDIT_SORTS = { thoi_diem: "at" } as const;

export const auditListSchema = z.object({
  nguoi: searchText(120),
  hanh_dong: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  doi_tuong: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  tu: dayParam,
  den: dayParam,
  sap_xep: sortParam(AUDIT_SORTS, "-thoi_diem"),
  ...positionParams,
});

export type AuditListParams = z.infer<typeof auditListSchema>;
