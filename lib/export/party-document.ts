// The layout of a Party document (Hướng dẫn 36-HD/VPTW, 03/4/2018; see
// ../shared/PARTY-REPORTS.md). Sizes marked [P] are from the guide; the
// measures marked [U] are unconfirmed and kept here, in one place, so an
// office can set its own.

export const PARTY_DOCUMENT = {
  font: "Times New Roman", // [S] the guide's illustrations; any Unicode font (TCVN 6909:2001)
  /** Margins in millimetres, top/bottom/left/right [U]: 20/20/30/15 in one source, 25/25/35/15 in another. */
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Point sizes [P] (body and headings 14–15: 14 here). */
  sizes: { partyName: 15, bodies: 14, number: 14, dateLine: 14, type: 16, subject: 14, body: 14, recipientsTitle: 14, recipients: 12, signature: 14 },
  /** Paragraphs [U]: first line indent, space after, exact line spacing. */
  paragraph: { firstLineMm: 10, afterPt: 6, linePt: 20 },
} as const;

/** Points to the half-points Word counts font sizes in. */
export const halfPoints = (points: number) => points * 2;

/** "ngày 09 tháng 01 năm 2026": days 1–9 and months 1–2 take a leading zero, other months do not [P]. */
export function documentDateParts(date: Date): { day: string; month: string; year: string } {
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  return { day: day < 10 ? `0${day}` : String(day), month: month <= 2 ? `0${month}` : String(month), year: String(date.getUTCFullYear()) };
}

/**
 * The two header blocks of a committee's document from its name and
 * locality: "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang" with locality
 * "Tỉnh ủy An Giang" gives the superior body TỈNH ỦY AN GIANG, the issuing
 * body BAN TUYÊN GIÁO VÀ DÂN VẬN and the place An Giang.
 */
export function documentBodies(name: string, locality: string): { superior: string | null; issuing: string; place: string } {
  const trimmed = name.trim();
  const place = placeOf(locality.trim());
  // Only a locality that names a Party committee (Tỉnh ủy …) is the superior body.
  const namesPartyCommittee = place !== locality.trim();
  if (namesPartyCommittee && trimmed.endsWith(locality) && trimmed.length > locality.length) {
    return { superior: locality.trim().toLocaleUpperCase("vi"), issuing: trimmed.slice(0, -locality.length).trim().toLocaleUpperCase("vi"), place };
  }
  return { superior: null, issuing: trimmed.toLocaleUpperCase("vi"), place };
}

/** The place of the date line: the locality without the Party committee's title ("Tỉnh ủy An Giang" → "An Giang"). */
function placeOf(locality: string): string {
  const words = locality.split(/\s+/);
  const bare = (word: string | undefined) => (word ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  // A Party committee's title is two words ending in "ủy": Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy…
  return words.length > 2 && bare(words[1]) === "uy" ? words.slice(2).join(" ") : locality;
}
