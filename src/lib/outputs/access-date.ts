/**
 * The access date as each citation style writes it. No imports: the claim
 * page's script (src/scripts/cite.ts) fills citations with the reader's own
 * date from here, so it must stay small enough to ship to the browser.
 *
 *     accessDateText('mla', '2027-01-05') → "5 Jan. 2027"
 *     accessDateText('apa', '2027-01-05') → "January 5, 2027"
 */

/** The styles that want an access date. */
export type AccessDateStyle = 'apa' | 'mla';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA's abbreviations (MLA Handbook, 9th ed.): May, June and July stay whole. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A YYYY-MM-DD day in a style's form. */
export function accessDateText(style: AccessDateStyle, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return style === 'mla' ? `${d} ${MLA_MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The reader's local day, YYYY-MM-DD. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
