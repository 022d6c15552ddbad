/**
 * Site-wide constants: the names the site goes by and the editions of its
 * methodology. Everything that prints the site's name takes it from here.
 */

/** The site's full name, in titles, feeds, citations and structured data. */
export const SITE_NAME = 'Spheres of Influence: a fact-check';
/** The short name, in the header and on images. */
export const SITE_SHORT_NAME = 'Spheres of Influence';
/** The public origin used when `SITE_URL` is not set (local builds only: never deploy with it). */
export const PLACEHOLDER_SITE_URL = 'https://spheres-factcheck.example.org';
/** The edition of /methodology/ that reviews are made against (`reviewed.methodology` on a claim). */
export const METHODOLOGY_EDITION = '2026-12';

/**
 * The public address of the project's repository, where its issue forms live
 * (e.g. `https://github.com/<owner>/<repo>`), with no trailing slash.
 * Unknown until the repository is published: leave it undefined rather than
 * guess, and /about/ names the issue forms without a link.
 */
export const REPOSITORY_URL: string | undefined = undefined;

/** The repository's issue forms (`.github/ISSUE_TEMPLATE/<file>`), by the name each form shows. */
export const ISSUE_FORMS = {
  claim: { file: 'submit-a-claim.yml', name: 'Submit a claim' },
  error: { file: 'report-an-error.yml', name: 'Report an error' },
} as const;

/** The link that opens an issue form, or undefined while REPOSITORY_URL is not set. */
export function issueFormUrl(form: keyof typeof ISSUE_FORMS, repository: string | undefined = REPOSITORY_URL): string | undefined {
  return repository ? `${repository.replace(/\/$/, '')}/issues/new?template=${ISSUE_FORMS[form].file}` : undefined;
}

/**
 * The licence of the site's own text and data: the checks, analyses, notes and
 * the open data files. Not the captured articles or the quotations from them,
 * which stay their publishers' (reproduced for criticism and review).
 */
export const LICENCE = {
  /** SPDX identifier. */
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** How to credit the site when reusing its text or data. */
  attribution: `${SITE_NAME}, with a link to the page or file used`,
  /** What the licence does not cover. */
  excludes: 'the captured articles and the quotations from them, which remain the copyright of their publishers',
} as const;
