/**
 * The verdict scale published on /methodology/. One place defines the ids,
 * symbols and colours; the labels and definitions are messages
 * (`src/i18n/<locale>/verdicts.json`, English here, every edition through
 * `lib/i18n/names.ts`); `verdict-badge.ts` draws every badge from it.
 */
import EN from '../../i18n/en/verdicts.json' with { type: 'json' };

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
    label: EN['verdicts.accurate.label'],
    definition: EN['verdicts.accurate.definition'],
    symbol: '✓',
    ratingValue: 5,
    colour: { light: '#1d6b35', dark: '#7fd494' },
  },
  'mostly-accurate': {
    id: 'mostly-accurate',
    label: EN['verdicts.mostly-accurate.label'],
    definition: EN['verdicts.mostly-accurate.definition'],
    symbol: '◐',
    ratingValue: 4,
    colour: { light: '#3d6b1d', dark: '#b4d77f' },
  },
  'missing-context': {
    id: 'missing-context',
    label: EN['verdicts.missing-context.label'],
    definition: EN['verdicts.missing-context.definition'],
    symbol: '◇',
    ratingValue: 3,
    colour: { light: '#7a5300', dark: '#f0c060' },
  },
  misleading: {
    id: 'misleading',
    label: EN['verdicts.misleading.label'],
    definition: EN['verdicts.misleading.definition'],
    symbol: '△',
    ratingValue: 2,
    colour: { light: '#a14300', dark: '#ffab70' },
  },
  false: {
    id: 'false',
    label: EN['verdicts.false.label'],
    definition: EN['verdicts.false.definition'],
    symbol: '✗',
    ratingValue: 1,
    colour: { light: '#b3261e', dark: '#ff9a92' },
  },
  unsupported: {
    id: 'unsupported',
    label: EN['verdicts.unsupported.label'],
    definition: EN['verdicts.unsupported.definition'],
    symbol: '?',
    ratingValue: 0,
    colour: { light: '#5a5a6e', dark: '#c4c4d6' },
  },
  'not-rated': {
    id: 'not-rated',
    label: EN['verdicts.not-rated.label'],
    definition: EN['verdicts.not-rated.definition'],
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
