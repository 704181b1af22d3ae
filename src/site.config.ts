/**
 * Site-wide settings read from the environment at build time, so the same source builds
 * the public site, a sub-path deploy and the test fixture site.
 */

/** Folder holding `guides/` and `errors/` (tests point it at a fixture site). */
export const contentDir: string = process.env.SAPJIL_CONTENT_DIR ?? './content';

/** Repository web URL, for "edit this page" and "report a problem" links. */
export const repoUrl: string = (process.env.SAPJIL_REPO_URL ?? 'https://github.com/sapjil/sapjil').replace(/\/+$/, '');

/** Branch the edit links point at. */
export const repoBranch: string = process.env.SAPJIL_REPO_BRANCH ?? 'main';

/** The site's name, as shown in titles and feeds. */
export const siteName = 'Sapjil';
