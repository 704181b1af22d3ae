/** English UI strings: the reference set every other language must match key for key. */
export const en = {
  'site.name': 'Sapjil',
  'site.tagline': 'Fixes for CI/CD errors, so nobody digs in vain again.',
  'site.description':
    'Sapjil is a bilingual (English/Korean) knowledge base of CI/CD errors: paste the error you see, get the guide that fixes it.',
  'skip.toMain': 'Skip to content',
  'nav.home': 'Home',
  'nav.guides': 'All guides',
  'nav.tags': 'Tags',
  'nav.main': 'Main',
  'nav.rss': 'RSS feed',
  'lang.switch': 'Language',
  'lang.readIn': 'Read this page in {language}',
  'theme.toggle': 'Dark theme',
  'theme.toggleLabel': 'Switch between light and dark theme',
  'home.intro':
    'Sapjil collects the CI/CD errors that cost people an evening — GitHub Actions, container registries, package managers — and explains each one: what it means, every cause, the exact fix, and how to check it worked.',
  'home.recent': 'Recently updated',
  'home.popular': 'Start here',
  'home.tags': 'Browse by tag',
  'home.allGuides': 'See all guides',
  'guides.title': 'All guides',
  'guides.description': 'Every Sapjil guide, most important first.',
  'guides.count': '{count} guides',
  'tags.title': 'Tags',
  'tags.description': 'Guides grouped by tool and topic.',
  'tags.tagTitle': 'Guides tagged “{tag}”',
  'tags.tagDescription': 'Sapjil guides about {tag}.',
  'guide.published': 'Published',
  'guide.updated': 'Updated',
  'guide.lastVerified': 'Facts last verified',
  'guide.by': 'by {author}',
  'guide.readingTime': '{minutes} min read',
  'guide.toc': 'Contents',
  'guide.tags': 'Tags',
  'guide.related': 'Related guides',
  'guide.edit': 'Edit this page',
  'guide.report': 'Report a problem with this guide',
  'guide.copyLink': 'Copy link to this page',
  'guide.share': 'Share',
  'guide.copied': 'Link copied',
  'guide.copyFailed': 'Could not copy; the link is in the address bar',
  'guide.headingLink': 'Copy link to section “{heading}”',
  'guide.fallbackNotice':
    'This guide is not available in English yet. You are reading the {language} original.',
  'guide.fallbackLink': 'Open the {language} page',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the English home page',
  'redirect.title': 'This page has moved',
  'redirect.body': 'This page now lives at {url}.',
  'rss.title': 'Sapjil guides (English)',
  'date.format': 'en-US',
  'footer.about': 'Sapjil — a CI/CD troubleshooting knowledge base. Nothing you paste leaves your browser.',
  'footer.source': 'Source',
} as const;

/** A key of the UI string table. */
export type UiKey = keyof typeof en;

/** A full UI string table for one language. */
export type UiStrings = Readonly<Record<UiKey, string>>;
