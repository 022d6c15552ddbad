/**
 * The public origin the build writes into every canonical link, permalink,
 * feed, sitemap, JSON-LD block and open-data file: `SITE_URL`, or the
 * placeholder for local builds. A build without `SITE_URL` still works
 * (`npm start`, `npm test`) but ends with a warning that names it, so a site
 * whose every permalink points at the placeholder is never deployed by
 * mistake; the deploy job refuses it outright (.github/workflows/site.yml).
 */
import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_SITE_URL } from '../consts.ts';

/** The origin a build uses, and whether it is the placeholder. */
export interface SiteUrl {
  /** An origin with no path: `https://factcheck.example.org`. */
  url: string;
  /** True when `SITE_URL` was not set and the placeholder stands in. */
  placeholder: boolean;
}

/** Reads `SITE_URL` from the environment; throws, naming it, when it is not a bare http(s) origin. */
export function resolveSiteUrl(env: Readonly<Record<string, string | undefined>>): SiteUrl {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return { url: PLACEHOLDER_SITE_URL, placeholder: true };
  const hint =
    'Set SITE_URL to the public origin only, e.g. SITE_URL=https://factcheck.example.org (the site links from "/", so it needs its own host name, not a sub-path).';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${raw}". ${hint}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL must be an http(s) origin with no path, query or fragment, not "${raw}". ${hint}`);
  return { url: url.origin, placeholder: false };
}

/** What the end of a build without `SITE_URL` says. */
export const SITE_URL_WARNING = [
  `SITE_URL is not set: every canonical link, permalink, feed, sitemap, JSON-LD block and data file in this build points at the placeholder ${PLACEHOLDER_SITE_URL}.`,
  'That is fine for local use (npm start, npm test). Do not deploy it: build with SITE_URL=https://<public origin> npm run build.',
].join('\n');

/** An integration that warns at the end of a build made with the placeholder origin. */
export function siteUrlCheck(site: SiteUrl): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (site.placeholder) logger.warn(SITE_URL_WARNING);
      },
    },
  };
}
