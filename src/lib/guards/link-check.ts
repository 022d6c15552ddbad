/**
 * Internal links and anchors in the built site: every `href`, `src`,
 * `srcset`, form `action`, canonical/Open Graph URL and meta refresh that points into the
 * site must reach a file it serves, and every `#fragment` an element with that
 * id. Pure: pages in (as HTML text), broken links out.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { entryOfPath } from '../urls.ts';

/** What the link check needs from one HTML page. */
export interface PageLinks {
  /** Every `id` (and `<a name>`) on the page: the fragments it answers. */
  ids: Set<string>;
  /** Every URL the page points at, as written. */
  links: string[];
  /** Where a meta refresh sends the reader (Astro's redirect pages), if anywhere. */
  refresh?: string | undefined;
  /** The page's canonical URL, if it declares one. */
  canonical?: string | undefined;
}

/** A link that does not resolve. */
export interface BrokenLink {
  /** The page the link is on: `/claims/x/`. */
  page: string;
  /** The link as written. */
  href: string;
  /** What is wrong. */
  reason: string;
  /** What to do about it. */
  fix: string;
}

/** Meta tags whose `content` is a URL into the site when it shares the site's origin. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);
const SKIP = /^(?:mailto|tel|javascript|data|blob|about):/i;

/** Reads the ids and outgoing links of one HTML page. */
export function extractLinks(html: string): PageLinks {
  const page: PageLinks = { ids: new Set(), links: [] };
  visit(fromHtml(html) as Root, 'element', (node: Element) => {
    const p = node.properties;
    if (typeof p['id'] === 'string' && p['id'] !== '') page.ids.add(p['id']);
    if (node.tagName === 'a' && typeof p['name'] === 'string') page.ids.add(p['name']);
    for (const key of ['href', 'src', 'action'] as const) if (typeof p[key] === 'string') page.links.push(p[key]);
    if (node.tagName === 'link' && String(p['rel']) === 'canonical' && typeof p['href'] === 'string') page.canonical = p['href'];
    if (typeof p['srcSet'] === 'string') page.links.push(...srcsetUrls(p['srcSet']));
    if (node.tagName === 'meta' && typeof p['content'] === 'string') {
      if (URL_METAS.has(String(p['property'] ?? p['name']))) page.links.push(p['content']);
      const refresh = /^\s*\d+\s*;\s*url\s*=\s*['"]?([^'"]+)/i.exec(p['content']);
      if (String(p['httpEquiv']).toLowerCase() === 'refresh' && refresh?.[1]) {
        page.refresh = refresh[1];
        page.links.push(refresh[1]);
      }
    }
  });
  return page;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The built site as the check sees it. */
export interface BuiltSite {
  /** Every URL a file answers at (`/claims/x/`, `/rss.xml`, `/_astro/x.css`). */
  served: ReadonlySet<string>;
  /** The HTML pages, by URL. */
  pages: ReadonlyMap<string, PageLinks>;
  /** The site's origin (`https://example.org`): absolute links to it are internal. */
  origin: string;
}

/** Every internal link or fragment in the site that leads nowhere. */
export function brokenLinks(site: BuiltSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of site.pages) {
    for (const href of new Set(links)) {
      const problem = checkLink(site, page, href);
      if (problem) broken.push({ page, href, ...problem });
    }
  }
  return broken;
}

function checkLink(site: BuiltSite, page: string, href: string): Omit<BrokenLink, 'page' | 'href'> | undefined {
  if (SKIP.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href, site.origin + page);
  } catch {
    return { reason: 'not a valid URL', fix: 'write a path like /claims/<id>/ or a full https:// address' };
  }
  if (url.origin !== site.origin) return undefined;
  const path = safeDecode(url.pathname);
  if (!site.served.has(path)) return missingTarget(site, path);
  const fragment = safeDecode(url.hash.slice(1));
  if (fragment === '' || fragment === 'top') return undefined;
  const target = landingPage(site, path);
  if (!target || target.ids.has(fragment)) return undefined;
  const kind = fragment.split('-')[0] ?? '';
  const alike = [...target.ids].filter((id) => id.startsWith(`${kind}-`)).slice(0, 3);
  return {
    reason: `${path} has no element with id "${fragment}"`,
    fix: `link to an id that exists on ${path}${alike.length > 0 ? ` (such as ${alike.map((id) => `#${id}`).join(', ')})` : ''}`,
  };
}

/** The page a reader ends on, following redirect pages (their anchors live on the destination). */
function landingPage(site: BuiltSite, path: string): PageLinks | undefined {
  let page = site.pages.get(path);
  for (let hops = 0; page?.refresh !== undefined && hops < 10; hops++) {
    page = site.pages.get(safeDecode(new URL(page.refresh, site.origin + path).pathname));
  }
  return page;
}

function missingTarget(site: BuiltSite, path: string): Omit<BrokenLink, 'page' | 'href'> {
  if (!path.endsWith('/') && site.served.has(`${path}/`)) {
    return { reason: `${path} lacks its trailing slash`, fix: `link to ${path}/ (the site's URLs end in "/")` };
  }
  const content = entryOfPath(path);
  const fix = content
    ? `no content/${content.collection}/${content.id}.md: correct the id, or declare a redirect for the old URL in src/data/redirects.json`
    : 'correct the link, or build the page it points to';
  return { reason: `the site serves nothing at ${path}`, fix };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Where a page's links come from, for the maintainer: `/claims/x/` → `content/claims/x.md`. */
export function sourceOfPage(page: string): string {
  const content = entryOfPath(page);
  return content ? `content/${content.collection}/${content.id}.md (page ${page})` : `page ${page}`;
}

/** Formats broken links grouped by page, for a failing test or the terminal. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const byPage = Map.groupBy(broken, (b) => b.page);
  const lines = [
    `${broken.length} broken internal link${broken.length === 1 ? '' : 's'} on ${byPage.size} page${byPage.size === 1 ? '' : 's'}.`,
  ];
  for (const [page, list] of byPage) {
    lines.push('', sourceOfPage(page));
    for (const b of list) lines.push(`  ${b.href}: ${b.reason}`, `    fix: ${b.fix}`);
  }
  return lines.join('\n');
}
