/**
 * The Markdown blocks that hold an article's running text. A quote is looked
 * for inside one of these, both when it is checked (`content/article-text.ts`)
 * and when it is highlighted (`plugins/remark-claim-marks.ts`), so the two can
 * never disagree about where a quote may stand.
 */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);
