/**
 * `/_redirects`: the redirects declared in src/data/redirects.json, in the
 * format static hosts read (Netlify, Cloudflare Pages): `/claims/old/ /claims/new/ 301`.
 * Astro also writes an HTML redirect page at each old URL (astro.config.mjs
 * `redirects`), which is what hosts without this file (GitHub Pages) serve.
 * A parameter, because Astro skips files in src/pages whose names start with "_".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import redirects from '../data/redirects.json';
import { formatRedirectsFile, type Redirects } from '../lib/guards/redirects';

export const getStaticPaths = (() => [{ params: { hostfile: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(formatRedirectsFile(redirects as Redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
