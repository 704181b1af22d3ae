import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { guidePlatforms, guideTopics, PLATFORM_TAGS } from '../../../src/lib/guides/platforms.ts';

// Tag lists as the guides' front matter has them.
const GHCR_GUIDE = ['GitHub Actions', 'Docker', 'GitHub Packages', 'Permissions', 'GITHUB_TOKEN'];
const GITLAB_GUIDE = ['GitLab CI', 'GitLab', 'Docker', 'Container registry'];

describe('guidePlatforms', () => {
  test('keeps the platform and tool tags, in the guide’s order', () => {
    assert.deepEqual(guidePlatforms(GHCR_GUIDE), ['GitHub Actions', 'Docker', 'GitHub Packages']);
    assert.deepEqual(guidePlatforms(['Node.js', 'Caching', 'GitHub Actions']), ['Node.js', 'GitHub Actions']);
  });

  test('compares tags exactly, as the filter values are shown (docker is not Docker)', () => {
    assert.deepEqual(guidePlatforms(['docker', ' Docker', 'DOCKER']), []);
  });

  test('gives nothing for a guide without platform tags, or without tags', () => {
    assert.deepEqual(guidePlatforms(['Permissions', 'Secrets']), []);
    assert.deepEqual(guidePlatforms([]), []);
  });
});

describe('guideTopics', () => {
  test('keeps every other tag, in the guide’s order', () => {
    assert.deepEqual(guideTopics(GHCR_GUIDE), ['Permissions', 'GITHUB_TOKEN']);
    assert.deepEqual(guideTopics(GITLAB_GUIDE), ['Container registry']);
  });

  test('splits a guide’s tags between platforms and topics, each tag once', () => {
    for (const tags of [GHCR_GUIDE, GITLAB_GUIDE]) {
      const platforms = guidePlatforms(tags);
      const topics = guideTopics(tags);
      assert.equal(platforms.length + topics.length, tags.length);
      assert.deepEqual(platforms.filter((tag) => topics.includes(tag)), []);
    }
  });
});

describe('PLATFORM_TAGS', () => {
  test('names the CI platforms and registries readers filter by', () => {
    for (const tag of ['GitHub Actions', 'GitLab CI', 'Docker', 'Docker Hub', 'Amazon ECR', 'npm', 'Git']) {
      assert.equal(PLATFORM_TAGS.has(tag), true, tag);
    }
  });

  test('holds no topic', () => {
    for (const tag of ['Permissions', 'Secrets', 'Caching', 'Rate limits', 'GITHUB_TOKEN']) assert.equal(PLATFORM_TAGS.has(tag), false, tag);
  });
});
