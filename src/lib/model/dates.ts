/**
 * Showing dates honestly: at the precision they are known, never more.
 * `2024-12` reads "December 2024", an approximate day reads "about 3 January 2025".
 */
import { precisionOf } from '../../schemas/common.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Words around dates in the other editions: "about" before an approximate date. */
const ABOUT: Record<string, string> = { uk: 'приблизно', ru: 'примерно' };

/**
 * A partial date in Ukrainian or Russian, at its own precision, by the platform's
 * Intl data: "3 грудня 2024 р.", "декабрь 2024 г." (month names in the nominative for
 * a month alone, as each language writes it).
 */
function formatLocalized(value: string, locale: string): string {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const precision = precisionOf(value);
  if (precision === 'year') return String(y);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const text = dateFormat(locale, precision === 'month' ? 'month' : 'day').format(date);
  return precision === 'time' ? `${text}, ${value.slice(11, 16)}` : text;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per edition and precision, made once: making one costs
 * about as much as rendering a claim card, and every card shows dates
 * (20 % of a 1,000-claim build's CPU when each call made its own).
 */
function dateFormat(locale: string, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'long' };
    if (precision === 'day') options.day = 'numeric';
    formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}

/** Formats a partial date (`2024`, `2024-12`, `2024-12-03`, `2024-12-03T10:50:16`) for readers, in an edition's language (English by default). */
export function formatPartialDate(value: string, approximate = false, locale = 'en'): string {
  if (locale !== 'en') {
    const text = formatLocalized(value, locale);
    return approximate ? `${ABOUT[locale] ?? ''} ${text}`.trim() : text;
  }
  const [y, m, d] = value.slice(0, 10).split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  let text: string;
  switch (precisionOf(value)) {
    case 'year':
      text = String(y);
      break;
    case 'month':
      text = `${month} ${y}`;
      break;
    case 'day':
      text = `${Number(d)} ${month} ${y}`;
      break;
    case 'time':
      text = `${Number(d)} ${month} ${y}, ${value.slice(11, 16)}`;
      break;
  }
  return approximate ? `about ${text}` : text;
}

/** The machine-readable form for `<time datetime>`: the partial date itself (valid HTML for year, month, day). */
export function datetimeAttr(value: string): string {
  return value.length > 10 ? value.replace(' ', 'T') : value;
}

/**
 * A sort key that places a partial date sensibly among precise ones: a month
 * sorts after the days of that month it could be (so "December 2024" follows
 * "8 December 2024"), a year after its months.
 */
export function dateSortKey(value: string): string {
  switch (precisionOf(value)) {
    case 'year':
      return `${value}-12-31T99`;
    case 'month':
      return `${value}-31T99`;
    case 'day':
      return `${value}T98`;
    case 'time':
      return value.replace(' ', 'T');
  }
}

/** `YYYY-MM` of a partial date, or `YYYY` when only the year is known: used to group by month. */
export function monthKey(value: string): string {
  return value.slice(0, 7);
}

/** "December 2024" for a month key (or the year for a year key). */
export function formatMonthKey(key: string, locale = 'en'): string {
  return formatPartialDate(key, false, locale);
}
