/**
 * A claim's dates in order: the check is not published before the claim was
 * made, the claim is not dated after every article that reports it, and
 * corrections are dated between the check's publication and today, with
 * `updated` saying when the claim last changed.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import type { Problem } from './problems.ts';

/** Whether partial date `a` is after `b` at the precision both have (`2024-12` is not after `2024-12-10`). */
export function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** Every date problem of one claim; `articleDates` holds the published date of every article that loaded. */
export function claimDateProblems(c: Entry<Claim>, articleDates: ReadonlyMap<string, string>, today: string): Problem[] {
  return [...publicationOrder(c), ...afterItsArticles(c, articleDates), ...correctionDates(c, today)];
}

function publicationOrder(c: Entry<Claim>): Problem[] {
  const d = c.data;
  const problems: Problem[] = [];
  // Compare at the claim date's own precision: a claim of "2024-12" is not after a check of 2024-12-10.
  if (d.published.slice(0, d.claimDate.length) < d.claimDate) {
    problems.push({
      file: c.file,
      field: 'published',
      value: d.published,
      message: `the check (${d.published}) is dated before the claim was made (${d.claimDate})`,
      fix: 'a check cannot be published before the claim: correct `published` or `claimDate`',
    });
  }
  if (d.updated && d.updated < d.published) {
    problems.push({ file: c.file, field: 'updated', value: d.updated, message: `updated (${d.updated}) is before published (${d.published})`, fix: 'set `updated` on or after `published`' });
  }
  return problems;
}

/** A statement is made no later than the first article that reports it; skipped while an article's date is unknown. */
function afterItsArticles(c: Entry<Claim>, articleDates: ReadonlyMap<string, string>): Problem[] {
  const dates = c.data.appearances.map((a) => ({ id: a.article.id, date: articleDates.get(a.article.id) }));
  if (dates.length === 0 || dates.some((a) => a.date === undefined) || !dates.every((a) => isAfter(c.data.claimDate, a.date as string))) return [];
  const earliest = [...dates].sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : 1))[0] as { id: string; date: string };
  return [
    {
      file: c.file,
      field: 'claimDate',
      value: c.data.claimDate,
      message: `the claim is dated ${c.data.claimDate}, after every article it appears in (${dates.map((a) => `${a.id}: ${a.date}`).join(', ')})`,
      fix: `claimDate is when the statement was made, so no later than the article that reports it: write claimDate: ${earliest.date.slice(0, 10)} (or the statement's own earlier date), or correct published.date in content/articles/${earliest.id}.md`,
    },
  ];
}

function correctionDates(c: Entry<Claim>, today: string): Problem[] {
  const d = c.data;
  const problems: Problem[] = [];
  d.corrections.forEach((corr, i) => {
    const field = `corrections[${i}].date`;
    if (corr.date < d.published) {
      problems.push({ file: c.file, field, value: corr.date, message: `correction dated ${corr.date}, before the check was published (${d.published})`, fix: 'date the correction on or after `published`' });
    } else if (corr.date > today) {
      problems.push({ file: c.file, field, value: corr.date, message: `correction dated ${corr.date}, after today (${today})`, fix: `date the correction the day it is published: date: ${today}` });
    }
  });
  // A correction dated in the future is reported above; `updated` is compared with the others.
  const dates = d.corrections.map((corr) => corr.date);
  const latest = dates.filter((date) => date <= today).sort().at(-1) ?? dates.sort().at(-1);
  if (latest !== undefined && d.updated === undefined) {
    problems.push({
      file: c.file,
      field: 'updated',
      message: `the claim has ${d.corrections.length === 1 ? 'a correction' : `${d.corrections.length} corrections`} but no \`updated\` date`,
      fix: `add updated: ${latest} (the day of the latest correction), below published`,
    });
  } else if (latest !== undefined && d.updated !== undefined && d.updated < latest && latest <= today) {
    problems.push({
      file: c.file,
      field: 'updated',
      value: d.updated,
      message: `updated (${d.updated}) is before the latest correction (${latest})`,
      fix: `set updated: ${latest}`,
    });
  }
  return problems;
}
