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
