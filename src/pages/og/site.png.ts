/** /og/site.png: the Open Graph image of every page that has no image of its own. */
import type { APIRoute } from 'astro';
import { ogImage } from '../../lib/outputs/og-image';

export const GET: APIRoute = async () => {
  const png = await ogImage({
    title: 'What five outlets said about a possible Putin–Trump deal on Ukraine',
    subtitle: 'Every check-worthy claim in the articles, checked against primary sources, with the same standard for every outlet.',
    footer: 'Fact checks · provenance · timeline',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
