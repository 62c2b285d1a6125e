import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/server";

export type RecordStamps = {
  createdAt: Date;
  updatedAt: Date;
  createdBy: { name: string } | null;
  updatedBy: { name: string } | null;
};

/** Who entered the record and who changed it last, and when. */
export async function RecordMeta({ record }: { record: RecordStamps }) {
  const [t, format] = await Promise.all([getTranslations("records"), getFormat()]);
  if (!record.createdBy && !record.updatedBy) return <p className="text-sm text-ink-600">{t("seeded")}</p>;
  const changedLater = record.updatedBy && record.updatedAt.getTime() !== record.createdAt.getTime();
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-600">
      {record.createdBy ? <span>{t("enteredBy", { name: record.createdBy.name, at: format.dateTime(record.createdAt) })}</span> : null}
      {changedLater ? <span>{t("changedBy", { name: record.updatedBy!.name, at: format.dateTime(record.updatedAt) })}</span> : null}
    </p>
  );
}
