import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltLinks } from '../node/check-built-links.ts';
import { failOn } from './fail-on.ts';

/** Fails the build when any internal link or `#id` in the written pages leads nowhere, naming page, line and link. */
export function builtLinks(): AstroIntegration {
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'sapjil:built-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkBuiltLinks(fileURLToPath(dir), { site, base });
        failOn(
          problems.map((p) => `${p.file}:${p.line}: link "${p.href}" ${p.message}`),
          `Link check (${problems.length} broken)`,
          logger,
        );
      },
    },
  };
}
