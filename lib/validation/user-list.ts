import { z } from "zod";
import { positionParams, searchText, sortParam } from "./list";
import { ROLES } from "./user";

// The users list's URL: /quan-tri/nguoi-dung?q=&vai_tro=&trang_thai=&sap_xep=&trang=&sau=|truoc=|cuoi=

export const USER_SORTS = { ten: "name", email: "email", ngay_tao: "createdAt" } as const;
export const USER_STATUSES = ["hoat_dong", "da_khoa"] as const;

export const userListSchema = z.object({
  q: searchText(100),
  vai_tro: z.enum(ROLES).optional().catch(undefined),
  trang_thai: z.enum(USER_STATUSES).optional().catch(undefined),
  sap_xep: sortParam(USER_SORTS, "ten"),
  ...positionParams,
});

export type UserListParams = z.infer<typeof userListSchema>;
