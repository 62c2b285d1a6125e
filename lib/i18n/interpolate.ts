/**
 * Fills `{name}` placeholders of a catalog message:
 * `interpolate("Trang {page}/{pages}", { page: 2, pages: 9 })` → "Trang 2/9".
 * A placeholder with no value is left as written, so a missing value shows up
 * in review instead of vanishing.
 */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
