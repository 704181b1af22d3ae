// Guides are tagged with tools and topics alike ("GitHub Actions", "Permissions"). Search
// filters them apart: a reader narrows by the tool they use, then by what went wrong.

/** Tags that name a CI platform or a tool; the search's platform filter offers these. */
export const PLATFORM_TAGS: ReadonlySet<string> = new Set([
  'GitHub Actions',
  'GitLab CI',
  'GitLab',
  'Docker',
  'Docker Hub',
  'Buildx',
  'GitHub Packages',
  'Amazon ECR',
  'AWS',
  'npm',
  'pnpm',
  'Yarn',
  'Node.js',
  'Python',
  'pip',
  'Maven',
  'Gradle',
  'Java',
  'Git',
  'GitHub API',
  'Linux',
  'Shell',
  'SSH',
  'Dependabot',
]);

/** The platform and tool tags of a guide, in the guide's order. */
export function guidePlatforms(tags: readonly string[]): string[] {
  return tags.filter((tag) => PLATFORM_TAGS.has(tag));
}

/** The topic tags of a guide (everything that is not a platform), in the guide's order. */
export function guideTopics(tags: readonly string[]): string[] {
  return tags.filter((tag) => !PLATFORM_TAGS.has(tag));
}
