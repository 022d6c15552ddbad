/**
 * The verdict scale published on /methodology/. One place defines the ids,
 * labels, definitions, symbols and colours; `verdict-badge.ts` draws every badge from it.
 */

/** Verdict ids in scale order, as written in claim frontmatter. */
export const VERDICT_IDS = ['accurate', 'mostly-accurate', 'missing-context', 'misleading', 'false', 'unsupported', 'not-rated'] as const;

/** A verdict id. */
export type VerdictId = (typeof VERDICT_IDS)[number];

/** How a verdict is shown and explained. */
export interface VerdictInfo {
  /** The id used in frontmatter and URLs. */
  id: VerdictId;
  /** The label readers see. */
  label: string;
  /** The published definition. */
  definition: string;
  /** A one-character symbol that carries the verdict without colour. */
  symbol: string;
  /** The ClaimReview `ratingValue` (1 = false … 5 = accurate); 0 where the scale does not apply. */
  ratingValue: number;
  /** Its colour in each scheme, AA on the page background: a third cue after the label and the symbol. `global.css` and the Open Graph images take it from here. */
  colour: { light: string; dark: string };
}

/** The scale, keyed by id. */
export const VERDICTS: Record<VerdictId, VerdictInfo> = {
  accurate: {
    id: 'accurate',
    label: 'Accurate',
    definition: 'The statement is correct and nothing significant is missing.',
    symbol: '✓',
    ratingValue: 5,
    colour: { light: '#1d6b35', dark: '#7fd494' },
  },
  'mostly-accurate': {
    id: 'mostly-accurate',
    label: 'Mostly accurate',
    definition: 'Correct in substance; needs a clarification or a detail.',
    symbol: '◐',
    ratingValue: 4,
    colour: { light: '#3d6b1d', dark: '#b4d77f' },
  },
  'missing-context': {
    id: 'missing-context',
    label: 'Missing context',
    definition: 'True in the letter but leaves out facts that change the impression.',
    symbol: '◇',
    ratingValue: 3,
    colour: { light: '#7a5300', dark: '#f0c060' },
  },
  misleading: {
    id: 'misleading',
    label: 'Misleading',
    definition: 'Contains a true element but, as written, leads readers to a false conclusion.',
    symbol: '△',
    ratingValue: 2,
    colour: { light: '#a14300', dark: '#ffab70' },
  },
  false: {
    id: 'false',
    label: 'False',
    definition: 'Contradicted by the evidence.',
    symbol: '✗',
    ratingValue: 1,
    colour: { light: '#b3261e', dark: '#ff9a92' },
  },
  unsupported: {
    id: 'unsupported',
    label: 'Unsupported',
    definition: 'No evidence that would confirm or refute it could be found.',
    symbol: '?',
    ratingValue: 0,
    colour: { light: '#5a5a6e', dark: '#c4c4d6' },
  },
  'not-rated': {
    id: 'not-rated',
    label: 'Not rated',
    definition: 'An opinion or a prediction: not rated on the scale; the page gives the context a reader needs.',
    symbol: '–',
    ratingValue: 0,
    colour: { light: '#5a5a6e', dark: '#c4c4d6' },
  },
};

/** Verdicts that rate a factual statement on evidence: these need two independent sources. */
export const EVIDENCE_VERDICTS: readonly VerdictId[] = ['accurate', 'mostly-accurate', 'missing-context', 'misleading', 'false'];

/** Whether a verdict rates the statement on evidence (and so needs two independent sources). */
export function isEvidenceVerdict(id: VerdictId): boolean {
  return EVIDENCE_VERDICTS.includes(id);
}
