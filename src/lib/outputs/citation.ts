/**
 * Ready-made citations for a claim page, for journalists who link to it.
 */
import { formatPartialDate } from '../model/dates.ts';

/** What a citation needs. */
export interface CitationInput {
  /** The page title (the claim). */
  title: string;
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
}

/** A citation style and its text. */
export interface Citation {
  /** "Plain", "APA", "MLA", "Chicago". */
  style: string;
  /** The citation. */
  text: string;
}

/** Citations in the common styles. Titles end in the verdict so a reader of the citation sees it. */
export function citationsFor(c: CitationInput): Citation[] {
  const [y, m, d] = c.published.split('-');
  const long = formatPartialDate(c.published);
  const title = `Fact check: ${c.title} (${c.verdict})`;
  return [
    { style: 'Plain', text: `${title}. ${c.siteName}, ${long}. ${c.url}` },
    { style: 'APA', text: `${c.siteName}. (${y}, ${long.replace(/ \d{4}$/, '').split(' ').reverse().join(' ')}). ${title}. ${c.url}` },
    { style: 'MLA', text: `“${title}.” ${c.siteName}, ${Number(d)} ${monthAbbr(Number(m))} ${y}, ${c.url}.` },
    { style: 'Chicago', text: `${c.siteName}. “${title}.” ${long}${c.updated ? `, updated ${formatPartialDate(c.updated)}` : ''}. ${c.url}.` },
  ];
}

function monthAbbr(m: number): string {
  return ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][m - 1] ?? '';
}
