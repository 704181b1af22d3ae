import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveStyleAttributes, styleAttributesCss } from '../lib/site/style-attributes.ts';
import { withBase } from '../lib/site/paths.ts';
import { filesBelow } from '../node/files-below.ts';

/**
 * After the build, moves every `style="…"` attribute of the pages into one hashed stylesheet
 * (see src/lib/site/style-attributes.ts), so the Content-Security-Policy needs no
 * 'unsafe-inline' or per-attribute hashes for Expressive Code's token colours.
 */
export function styleAttributes(): AstroIntegration {
  let base = '/';
  return {
    name: 'sapjil:style-attributes',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const styles = new Map<string, string>();
        const changed: { file: string; html: string }[] = [];
        for (const file of filesBelow(outDir).filter((f) => f.endsWith('.html'))) {
          const full = join(outDir, file);
          const html = readFileSync(full, 'utf8');
          const moved = moveStyleAttributes(html, styles);
          if (moved !== html) changed.push({ file: full, html: moved });
        }
        if (changed.length === 0) return;
        const css = styleAttributesCss(styles);
        const name = `style-attributes.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
        mkdirSync(join(outDir, '_astro'), { recursive: true });
        writeFileSync(join(outDir, '_astro', name), css);
        const link = `<link rel="stylesheet" href="${withBase(base, `/_astro/${name}`)}">`;
        for (const { file, html } of changed) writeFileSync(file, html.replace('</head>', `${link}</head>`));
        logger.info(`moved ${styles.size} distinct style attributes from ${changed.length} pages into _astro/${name}`);
      },
    },
  };
}
