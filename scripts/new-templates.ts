/**
 * The files `npm run new` writes: every field the schema needs (src/schemas/),
 * a comment per field, and `TODO` placeholders that `npm run check:content`
 * lists until they are replaced. test/scaffold.test.ts checks that each
 * template passes its schema once the placeholders are filled.
 */
import { METHODOLOGY_EDITION } from '../src/consts.ts';
import type { TemplateContext } from './new.ts';

const VERDICTS = 'accurate, mostly-accurate, missing-context, misleading, false, unsupported, not-rated';
const NOTE_KINDS = 'ownership, state-affiliation, sanctions, translation, framing, capture-artefact, spelling, sourcing, dating';

/** `content/claims/<slug>.md`. */
export function claimTemplate(_slug: string, ctx: TemplateContext): string {
  return `---
# The claim restated neutrally, as one sentence.
claim: "TODO: the claim restated neutrally, as one sentence"
# Who made it: a person (content/people/) and/or the outlet, when the article says it in its own voice. Delete the line that does not apply.
claimant:
  person: "TODO: a file name from content/people/ without .md (npm run new -- person <id> adds one)"
  outlet: ${ctx.outlet ?? '"TODO: a file name from content/outlets/"'}
# factual (rated on the scale), opinion or prediction (these two take verdict not-rated).
kind: factual
# One of: ${VERDICTS}. Definitions: CONTRIBUTING.md and /methodology/.
verdict: "TODO: a verdict id: accurate, mostly-accurate, missing-context, misleading, false, unsupported or not-rated"
# The verdict in one sentence a reader can quote.
conclusion: "TODO: the verdict in one sentence"
# Where the claim appears: the article and the exact words, copied from its text (only whitespace may differ). One item per article.
appearances:
  - article: ${ctx.article ?? '"TODO: a file name from content/articles/"'}
    quote: "TODO: the exact words, copied from content/articles/${ctx.article ?? '<article>'}.md"
# When the claim was made, at the precision known: YYYY-MM-DD, YYYY-MM or YYYY.${ctx.articleDate ? ` The article is dated ${ctx.articleDate}.` : ''}
claimDate: "TODO: the date of the statement, or of its earliest appearance"
# When this check is first published: the day the pull request is merged.
published: ${ctx.today}
# When this claim was last reviewed in full, and against which edition of /methodology/ (see METHODOLOGY_EDITION in src/consts.ts).
reviewed:
  date: ${ctx.today}
  methodology: ${METHODOLOGY_EDITION}
# Evidence for the verdict. accurate … false need two sources from different publishers, each with url and archiveUrl.
# Never guess a URL: when unsure, delete url and archiveUrl and the page says "link to be confirmed".
sources:
  - publisher: "TODO: who published it, e.g. Reuters"
    title: "TODO: the source's own title"
    date: "TODO: its date, YYYY-MM-DD, YYYY-MM or YYYY"
    url: "TODO: the address of the original, or delete url and archiveUrl when it is not known for certain"
    archiveUrl: "TODO: https://web.archive.org/web/ followed by the url"
    # true for a transcript, an official record, the interview itself.
    primary: false
    # Only when this source copies another (a wire story, a reprint, an aggregator, a translation): the origin it relays, e.g. AFP.
    # via: AFP
    # relation: wire-copy
    # true when this is the speaker's own published record of the words (their transcript, post, headline, the law's text).
    # ownRecord: true
    # The state that owns or controls the publisher, for government sites and state media.
    # stateAffiliation: Russia
    note: "TODO: what this source shows, in one sentence"
# Verdict unsupported only: what evidence is missing and what would settle it. Delete otherwise.
evidenceGap: "TODO: what evidence is missing (verdict unsupported), or delete the line"
# Every change to a published verdict or fact, dated; never delete one. Add one with npm run new -- correction <claim>.
corrections: []
# Other claims a reader should see next: file names from content/claims/.
related: []
# People the claim is about, besides the claimant: file names from content/people/.
people: []
# Events the claim refers to: file names from content/events/.
events: []
---
## What was said

TODO: who said what, where; quote the article.

## What the evidence shows

TODO: the evidence, source by source, so a reader can repeat the work.

## Verdict

TODO: the verdict and why, in a short paragraph.
`;
}

/** `content/articles/<slug>.md`. */
export function articleTemplate(_slug: string, ctx: TemplateContext): string {
  return `---
# The headline exactly as captured.
title: "TODO: the headline as captured"
# The outlet that published the captured text: a file name from content/outlets/.
outlet: ${ctx.outlet ?? '"TODO: a file name from content/outlets/"'}
# The captured article's address, only if known for certain. Otherwise delete url and keep urlNote.
url: "TODO: the article's address if known for certain, or delete the line"
# Why the URL is missing or how it was established. Delete when url is given.
urlNote: "TODO: why the URL is missing (e.g. Not in the capture; link to be confirmed.), or delete the line when url is given"
# When the captured text was published. certainty: stated (printed in the capture) or inferred (then give reasoning).
published:
  date: "TODO: the date, YYYY-MM-DD (YYYY-MM-DDTHH:MM when the capture gives the time)"
  certainty: stated
  # true when the date is approximate.
  approximate: false
  # For inferred dates only: what in the text or the record dates it. Delete for stated dates.
  reasoning: "TODO: the reasoning for an inferred date, or delete the line"
# Bylines as printed. Add correctName when the capture misspells a name; write authors: [] when there is none.
authors:
  - name: "TODO: the byline as printed"
# Language of the captured text (BCP 47): en, ru, uk, …
language: en
# The capture this text is made from, kept byte for byte in content/captures/ (npm run new copied it there).
seed: ${ctx.seed ?? '"TODO: the capture\'s file name in content/captures/, NNN_xxxxxxxxxxxxxxxx.txt"'}
# The capture's SHA-256, so a changed capture is caught. Never edit it by hand.
captureSha256: ${ctx.captureSha256 ?? '"TODO: the SHA-256 of the capture file (sha256sum prints it)"'}
# One neutral sentence saying what the article is.
summary: "TODO: one neutral sentence saying what the article is"
# When the text is a translation, uncomment and fill: what it translates and who translated it.
# translation:
#   originalOutlet: washington-post     # a file name from content/outlets/
#   originalTitle: "…"                  # only if known for certain
#   originalLanguage: en
#   translator: inosmi                  # a file name from content/outlets/
#   chain: [en, ru]                     # the languages the text passed through, in order
# Legal notices the capture carries, verbatim (e.g. Russian "foreign agent" footnotes), each with
# text, marker, attachedTo, anchoredInText, designation, authority, jurisdiction. [] when there is none.
legalNotices: []
# Our own notes on the source, each { kind, text }; kind is one of: ${NOTE_KINDS}.
notes: []
# Body: the captured text exactly as captured, capture artefacts included (record them as notes, never fix them).
# npm run check:content names every line of the capture the body does not have.
# Text that is not part of the article (donation appeals, aggregator buttons) goes in a block:
#   :::not-article{kind="donation-appeal"}
#   …
#   :::
---
TODO: the text of content/captures/${ctx.seed ?? '<seed>'}, exactly as captured (its first line is the headline, in title).
`;
}

/** `content/events/<slug>.md`. */
export function eventTemplate(_slug: string, ctx: TemplateContext): string {
  return `---
# A short neutral title: "Putin speaks at the Valdai Club".
title: "TODO: a short neutral title"
# When it happened, at the precision known: YYYY-MM-DD, YYYY-MM or YYYY.
date: ${ctx.date ?? '"TODO: the date, YYYY-MM-DD, YYYY-MM or YYYY"'}
# true when even that precision is approximate ("about 3 January 2025").
approximate: false
# One or two neutral sentences.
description: "TODO: one or two neutral sentences"
# Where a reader can check it: at least one source. Never guess a URL: delete url and archiveUrl when unsure.
sources:
  - publisher: "TODO: who published it"
    title: "TODO: the source's own title"
    date: "TODO: its date, YYYY-MM-DD, YYYY-MM or YYYY"
    url: "TODO: the address of the original, or delete url and archiveUrl when it is not known for certain"
    archiveUrl: "TODO: https://web.archive.org/web/ followed by the url"
# People involved: file names from content/people/.
people: []
# Articles that refer to it: file names from content/articles/.
articles: []
# Claims that depend on it: file names from content/claims/.
claims: []
---
`;
}

/** `content/outlets/<slug>.md`. */
export function outletTemplate(): string {
  return `---
# The outlet's name as it presents itself: "The Moscow Times".
name: "TODO: the outlet's name"
# Other names and spellings readers search for.
aliases: []
# The outlet's home page.
homepage: "TODO: its home page, https://…"
# Country where it is based (or was based before exile).
country: "TODO: the country"
# Who owns and funds it, neutrally stated.
ownership: "TODO: who owns and funds it"
# state-owned, state-funded, independent or private.
stateAffiliation: "TODO: state-owned, state-funded, independent or private"
# The state, when state-owned or state-funded, e.g. Russia. Delete otherwise.
affiliatedState: "TODO: the state, or delete the line"
# Legal designations and sanctions, each with kind, authority, jurisdiction, date and source.
designations: []
# Short editorial notes a reader should know when weighing this outlet.
notes: []
---
`;
}

/** `content/people/<slug>.md`. */
export function personTemplate(): string {
  return `---
# The name in its usual English form.
name: "TODO: the name in its usual English form"
# Every other spelling and transliteration, including misspellings found in the articles, so search finds them.
aliases: []
# Role at the time of the articles.
role: "TODO: role at the time of the articles"
# Country the person is associated with.
country: "TODO: the country, or delete the line"
# Designations and sanctions, each with kind, authority, jurisdiction, date and source.
designations: []
---
`;
}

/** One correction item, indented for a claim's `corrections:` list. */
export function correctionItem(today: string, verdict: string): string {
  return `  - date: ${today}
    # What changed and why, for readers: shown on the claim page, on /corrections/ and in the corrections feed.
    text: "TODO: what changed and why"
    # The verdict before this correction. Now set verdict above to the new one; delete this line if only a fact changed.
    previousVerdict: ${verdict}`;
}
