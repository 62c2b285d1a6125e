"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { SESSION_COOKIES } from "@/lib/auth/routes";
import { requireViewer } from "@/lib/auth/viewer";
import { changeOwnPassword } from "@/lib/data/users";
import { changeOwnPasswordSchema } from "@/lib/validation/user";
import { submitForm, type FormState } from "./form-state";

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(
    formData,
    changeOwnPasswordSchema,
    async (input) => changeOwnPassword(viewer, { currentPassword: input.currentPassword, password: input.password, ip: clientIp(await headers()) }),
    { email: viewer.email },
  );
  if (!outcome.ok) return outcome.state;
  // Every session, this one included, ended with the old password: sign in again.
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/dang-nhap?changed=1");
}
