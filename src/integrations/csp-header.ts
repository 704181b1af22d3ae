import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, pagePolicy } from '../lib/site/csp.ts';
import { headersFile } from '../lib/site/host-files.ts';
import { withBase } from '../lib/site/paths.ts';
import { filesBelow } from '../node/files-below.ts';

/**
 * Adds the Content-Security-Policy to `_headers` for hosts that read it: the union of every
 * page's meta policy (only known once the pages are built), plus frame-ancestors.
 */
export function cspHeader(): AstroIntegration {
  let base = '/';
  return {
    name: 'sapjil:csp-header',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const headers = join(outDir, '_headers');
        if (!existsSync(headers)) return;
        const policies = new Set<string>();
        for (const file of filesBelow(outDir).filter((f) => f.endsWith('.html'))) {
          const policy = pagePolicy(readFileSync(join(outDir, file), 'utf8'));
          if (policy) policies.add(policy);
        }
        if (policies.size === 0) return;
        const block = headersFile([{ path: withBase(base, '/*'), headers: { 'Content-Security-Policy': mergePolicies([...policies]) } }]);
        writeFileSync(headers, `${readFileSync(headers, 'utf8')}${block.replace(/^#.*\n/, '')}`);
        logger.info(`_headers: Content-Security-Policy merged from ${policies.size} page policies`);
      },
    },
  };
}
