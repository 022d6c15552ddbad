/** The site constants that point outside the code: the issue forms /about/ names must exist under those names, and no link is made to an unknown repository. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ISSUE_FORMS, issueFormUrl, REPOSITORY_URL } from './consts.ts';

describe('the issue forms /about/ names', () => {
  for (const [key, form] of Object.entries(ISSUE_FORMS)) {
    it(`${key}: .github/ISSUE_TEMPLATE/${form.file} exists and is called "${form.name}"`, () => {
      const yaml = parse(readFileSync(join('.github', 'ISSUE_TEMPLATE', form.file), 'utf8')) as { name?: unknown };
      assert.equal(yaml.name, form.name);
    });
  }
  it('are linked only once the repository address is known', () => {
    assert.equal(issueFormUrl('claim', undefined), undefined);
    assert.equal(issueFormUrl('error', ''), undefined);
    assert.equal(
      issueFormUrl('claim', 'https://git.example.net/o/r/'),
      'https://git.example.net/o/r/issues/new?template=submit-a-claim.yml',
    );
    if (REPOSITORY_URL !== undefined)
      assert.match(REPOSITORY_URL, /^https:\/\/[^/]+\/[^/]+\/[^/]+$/, 'REPOSITORY_URL is https://<host>/<owner>/<repo>');
  });
});
