"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ComponentProps, type ReactNode } from "react";
import { Field, Input } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { MessagePath } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/message-key";
import { useFormat } from "@/lib/i18n/use-format";
import { parseVnd } from "@/lib/money/parse-vnd";
import { vndInWords } from "@/lib/money/vnd-words";
import { vndErrorMessage } from "@/lib/validation/money-messages";

/** What the money field reads from the catalog: pages put these in their ClientMessages. */
export const MONEY_FIELD_MESSAGES = [
  "money",
  "moneyField",
  "common.required",
  "validation.required",
  "validation.money",
  "validation.moneyNegative",
  "validation.moneyFraction",
  "validation.moneyTooLarge",
] as const satisfies readonly MessagePath[];

export function readingId(id: string) {
  return `${id}-reading`;
}

/** What the field shows under the input for a text: the amount and its words, a gentle refusal, or nothing. */
export type MoneyReading = { kind: "none" } | { kind: "amount"; figure: string; words: string } | { kind: "refused"; message: MessageKey };

/** The reading of `text` (pure; the component renders it). */
export function moneyReading(text: string, locale: Locale, formatVnd: (value: bigint) => string): MoneyReading {
  const parsed = parseVnd(text);
  if (parsed.ok) return { kind: "amount", figure: formatVnd(parsed.value), words: vndInWords(parsed.value, locale) };
  return parsed.error === "empty" ? { kind: "none" } : { kind: "refused", message: vndErrorMessage(parsed.error) };
}

export type MoneyFieldProps = {
  id: string;
  /** The form field's name; `id` by default. */
  name?: string;
  label: ReactNode;
  /** Shown under the label; the catalog's examples ("950.000.000, 950 triệu…") by default, none with null. */
  hint?: ReactNode | null;
  /** The server's message for this field (FormState.fieldErrors). */
  error?: readonly string[] | string | null;
  required?: boolean;
  /** What was typed (FormState.values) or the stored amount through vndInputValue. */
  defaultValue?: string;
  /**
   * The phone keyboard: "decimal" (digits only, quickest for 950000000) by
   * default; "text" lets unit words ("950 triệu") be typed on a phone.
   */
  inputMode?: "decimal" | "text";
  className?: string;
  inputProps?: Omit<ComponentProps<"input">, "id" | "name" | "defaultValue" | "inputMode" | "onChange">;
};

/**
 * A VND amount input that reads the amount back under the field as it is
 * typed ("950.000.000 đ", "Bằng chữ: Chín trăm năm mươi triệu đồng") in a
 * polite live region. The server renders the same reading for the initial or
 * submitted text, so it shows without JavaScript too.
 */
export function MoneyField({ id, name, label, hint, error, required, defaultValue = "", inputMode = "decimal", className, inputProps }: MoneyFieldProps) {
  const t = useTranslations();
  const format = useFormat();
  const localeName = useLocale();
  const locale: Locale = isLocale(localeName) ? localeName : "vi";
  const [text, setText] = useState(defaultValue);
  // A new submitted value (the form re-rendered with FormState.values) replaces what is shown.
  const [shownDefault, setShownDefault] = useState(defaultValue);
  if (defaultValue !== shownDefault) {
    setShownDefault(defaultValue);
    setText(defaultValue);
  }

  const reading = moneyReading(text, locale, format.vnd);
  const hasError = error != null && error.length > 0;
  const translate = t as unknown as (key: MessageKey) => string;
  return (
    <Field
      id={id}
      name={name}
      label={label}
      hint={hint === undefined ? t("moneyField.hint") : hint}
      error={error}
      required={required}
      requiredLabel={t("common.required")}
      className={className}
    >
      {(control) => (
        <>
          <Input
            {...inputProps}
            {...control}
            aria-describedby={cx(control["aria-describedby"], readingId(id))}
            inputMode={inputMode}
            autoComplete="off"
            spellCheck={false}
            defaultValue={defaultValue}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <p id={readingId(id)} aria-live="polite" className={cx("text-sm", reading.kind === "none" && "sr-only")}>
            {reading.kind === "amount" ? (
              <>
                <span className="font-semibold text-ink-900 tabular-nums">{reading.figure}</span>
                <span className="block text-ink-700">{t("moneyField.inWords", { words: reading.words })}</span>
              </>
            ) : reading.kind === "refused" && !hasError ? (
              <span className="text-ink-600">{translate(reading.message)}</span>
            ) : null}
          </p>
        </>
      )}
    </Field>
  );
}
