/**
 * Ready-made citations for a claim page, for journalists who link to it.
 *
 * The cited title is the claim framed as a claim, with the verdict:
 * `Fact check: RT claimed, January 2025: Kyiv has outlawed … president (Misleading)`.
 * Punctuation is never doubled: a claim that ends in a full stop loses it
 * before the verdict, and no style adds a full stop after `?`, `!` or `.`.
 *
 * MLA and APA want the day the reader accessed the page, which a static page
 * cannot know: without `accessed` the text carries {@link ACCESS_DATE_SLOT},
 * which the page's script (src/scripts/cite.ts) fills with today's date and a
 * reader without JavaScript replaces by hand.
 */
import { formatPartialDate } from '../model/dates.ts';
import { translator } from '../i18n/messages.ts';
import { DEFAULT_LOCALE, type Locale } from '../urls.ts';
import { accessDateText, type AccessDateStyle } from './access-date.ts';

/** What a citation needs. */
export interface CitationInput {
  /** The claim framed as a claim: "RT claimed, January 2025: Kyiv has outlawed …". */
  headline: string;
  /** The verdict label. */
  verdict: string;
  /** The site's name. */
  siteName: string;
  /** The permanent URL. */
  url: string;
  /** Check published, YYYY-MM-DD. */
  published: string;
  /** Check last updated, YYYY-MM-DD. */
  updated?: string | undefined;
  /** The day the reader accessed the page, YYYY-MM-DD; leave out to get {@link ACCESS_DATE_SLOT}. */
  accessed?: string | undefined;
  /** The edition cited. The plain citation is in its language; APA, MLA and Chicago keep their English form around the page's own title. */
  locale?: Locale | undefined;
}

/** A citation style and its text. */
export interface Citation {
  /** "Plain", "APA", "MLA", "Chicago". */
  style: 'Plain' | 'APA' | 'MLA' | 'Chicago';
  /** The citation. */
  text: string;
  /** The access-date format the style uses, when it wants one (the slot in `text` is {@link ACCESS_DATE_SLOT}). */
  accessDate?: AccessDateStyle | undefined;
}

/** Stands for the access date in a citation until the reader's own date replaces it. */
export const ACCESS_DATE_SLOT = '[date you accessed it]';

/** Ends a piece of text with a full stop, unless it already ends a sentence (also inside closing quotes or brackets). */
export function sentence(text: string): string {
  return /[.?!…]["”’)\]]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** Citations in the common styles. */
export function citationsFor(c: CitationInput): Citation[] {
  const [y, m, d] = c.published.split('-');
  const locale = c.locale ?? DEFAULT_LOCALE;
  const t = translator(locale);
  const long = formatPartialDate(c.published);
  // "… president." + " (Misleading)" would read "president. (Misleading)": drop the claim's own full stop.
  const title = t('claim.cite.title', { headline: c.headline.trim().replace(/\.$/, ''), verdict: c.verdict });
  const access = (style: AccessDateStyle) => (c.accessed ? accessDateText(style, c.accessed) : ACCESS_DATE_SLOT);
  const apaDate = long
    .replace(/ \d{4}$/, '')
    .split(' ')
    .reverse()
    .join(' ');
  return [
    { style: 'Plain', text: `${sentence(title)} ${sentence(`${c.siteName}, ${formatPartialDate(c.published, false, locale)}`)} ${c.url}` },
    {
      style: 'APA',
      text: `${c.siteName}. (${y}, ${apaDate}). ${sentence(title)} Retrieved ${access('apa')}, from ${c.url}`,
      accessDate: 'apa',
    },
    {
      style: 'MLA',
      text: `“${sentence(title)}” ${c.siteName}, ${accessDateText('mla', `${y}-${m}-${d}`)}, ${c.url}. Accessed ${access('mla')}.`,
      accessDate: 'mla',
    },
    {
      style: 'Chicago',
      text: `${c.siteName}. “${sentence(title)}” ${long}${c.updated ? `, updated ${formatPartialDate(c.updated)}` : ''}. ${c.url}.`,
    },
  ];
}
