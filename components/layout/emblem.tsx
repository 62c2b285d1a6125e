import { cx } from "@/components/ui/cx";

/** The portal's mark: a gold star on a red disc with a gold ring. Decorative. */
export function Emblem({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={cx("shrink-0", className)}>
      <circle cx="12" cy="12" r="11.25" fill="var(--color-brand-600)" stroke="var(--color-gold-300)" strokeWidth="1.5" />
      <polygon
        points="12.00,4.80 13.70,9.65 18.85,9.78 14.76,12.90 16.23,17.82 12.00,14.90 7.77,17.82 9.24,12.90 5.15,9.78 10.30,9.65"
        fill="var(--color-gold-300)"
      />
    </svg>
  );
}
