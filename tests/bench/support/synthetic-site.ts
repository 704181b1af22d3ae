// A synthetic Sapjil content folder (`guides/en`, `guides/ko`, `errors/`) of any size, for
// benchmarks: search index bytes and latency, build time. Each guide is stitched together from
// the real guides in content/guides: the intro, error blocks, causes (### subsections), fixes,
// verify steps and references of several real guides, in both languages with the same heading
// ids, so word statistics, code blocks and page sizes look like the real site's. Output is a pure
// function of the seed and the real content: the same seed writes byte-identical files.
//
//   node tests/bench/support/synthetic-site.ts <dir> [--guides 1000] [--seed 1]
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { seededRandom } from '../../support/seeded-random.ts';

const GENERATOR = 'tests/bench/support/synthetic-site.ts';
/** The file that marks a folder as this generator's output (so a rerun may replace it). */
const MARKER = '.sapjil-synthetic.json';
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const LANGS = ['en', 'ko'] as const;
type Lang = (typeof LANGS)[number];

/** A `###` subsection: its heading line and its Markdown blocks. */
interface Sub {
  id: string;
  heading: string;
  blocks: string[];
}

/** A `##` section: heading line, blocks before its first `###`, and its subsections. */
interface Section {
  id: string;
  heading: string;
  blocks: string[];
  subs: Sub[];
}

/** One language of a real guide, cut into pieces. */
interface Doc {
  title: string;
  description: string;
  tags: string[];
  intro: string[];
  sections: Section[];
}

/** A real guide written in both languages with the same heading ids. */
interface Source {
  slug: string;
  docs: Record<Lang, Doc>;
}

/** Where each part of one synthetic guide comes from (the same choice for both languages). */
interface Plan {
  index: number;
  slug: string;
  number: string;
  primary: Source;
  others: [Source, Source, Source];
  /** For each `##` section id of the primary: the source of its text. */
  sectionFrom: Map<string, Source>;
  /** The causes subsections, in order. */
  causes: { from: Source; id: string }[];
  /** Every heading id of the guide. */
  anchors: Set<string>;
  errors: string[];
  date: string;
  updated: string | undefined;
  lastVerified: string;
}


const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** A seeded Fisher–Yates shuffle of a copy of `list`. */
function shuffle<T>(random: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
const HEADING_ID = /\s*\\\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * Cuts lines into Markdown blocks at blank lines, keeping fenced code whole and indented
 * continuation lines (a list item's code block, say) with the block above them.
 */
function splitBlocks(lines: readonly string[]): string[] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  let fence: string | undefined;
  let blank = false;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (fence !== undefined && current) {
      current.push(line);
      if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && (f[2] ?? '').trim() === '') fence = undefined;
      continue;
    }
    if (line.trim() === '') {
      blank = current !== undefined;
      continue;
    }
    if (current && (!blank || /^\s/.test(line))) {
      if (blank) current.push('');
      current.push(line);
    } else {
      current = [line];
      blocks.push(current);
    }
    blank = false;
    if (f?.[1]) fence = f[1];
  }
  return blocks.map((b) => b.join('\n'));
}

/** Reads one real guide file into front matter fields, intro and sections; `undefined` if it has an unexpected shape. */
function parseDoc(text: string): Doc | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match?.[1] || match[2] === undefined) return undefined;
  const data: unknown = parse(match[1]);
  if (!data || typeof data !== 'object') return undefined;
  const fm = data as Record<string, unknown>;
  if (typeof fm['title'] !== 'string' || typeof fm['description'] !== 'string' || fm['draft'] === true) return undefined;
  const tags = Array.isArray(fm['tags']) ? fm['tags'].filter((t): t is string => typeof t === 'string') : [];
  const intro: string[] = [];
  const sections: Section[] = [];
  let lines = intro;
  let fence: string | undefined;
  for (const line of match[2].split(/\r?\n/)) {
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && (f[2] ?? '').trim() === '') fence = undefined;
    } else if (f?.[1]) {
      fence = f[1];
    } else if (/^#{2,3}\s/.test(line)) {
      const id = HEADING_ID.exec(line)?.[1];
      if (id === undefined) return undefined;
      if (line.startsWith('## ')) {
        const section: Section = { id, heading: line, blocks: [], subs: [] };
        sections.push(section);
        lines = section.blocks;
      } else {
        const section = sections.at(-1);
        if (!section) return undefined;
        const sub: Sub = { id, heading: line, blocks: [] };
        section.subs.push(sub);
        lines = sub.blocks;
      }
      continue;
    }
    lines.push(line);
  }
  for (const s of sections) {
    s.blocks = splitBlocks(s.blocks);
    for (const sub of s.subs) sub.blocks = splitBlocks(sub.blocks);
  }
  return { title: fm['title'], description: fm['description'], tags, intro: splitBlocks(intro), sections };
}

/** The heading ids of a doc, in order. */
const docAnchors = (doc: Doc) => doc.sections.flatMap((s) => [s.id, ...s.subs.map((sub) => sub.id)]);

/**
 * The real guides that can be mixed: published, in both languages, with explicit heading ids
 * that agree between the languages (a half-written guide is skipped, not copied).
 */
function readSources(guidesDir: string): Source[] {
  const out: Source[] = [];
  const names = readdirSync(join(guidesDir, 'en')).filter((n) => n.endsWith('.mdx')).sort();
  for (const name of names) {
    const ko = join(guidesDir, 'ko', name);
    if (!existsSync(ko)) continue;
    const docs = { en: parseDoc(readFileSync(join(guidesDir, 'en', name), 'utf8')), ko: parseDoc(readFileSync(ko, 'utf8')) };
    if (!docs.en || !docs.ko || !docs.en.sections.some((s) => s.id === 'causes')) continue;
    if (docAnchors(docs.en).join(' ') !== docAnchors(docs.ko).join(' ')) continue;
    out.push({ slug: name.replace(/\.mdx$/, ''), docs: { en: docs.en, ko: docs.ko } });
  }
  return out;
}

/** A real error record file and the guide and anchor it points at. */
interface RecordSource {
  id: string;
  text: string;
  guide: string;
  anchor: string;
}

/** The real error records (`content/errors/*.yaml`), as text, with their guide and anchor. */
function readRecordSources(errorsDir: string): RecordSource[] {
  if (!existsSync(errorsDir)) return [];
  const out: RecordSource[] = [];
  for (const name of readdirSync(errorsDir).filter((n) => n.endsWith('.yaml')).sort()) {
    const text = readFileSync(join(errorsDir, name), 'utf8');
    const guide = /^guide: *([a-z0-9-]+) *$/m.exec(text)?.[1];
    const anchor = /^anchor: *([a-z0-9-]+) *$/m.exec(text)?.[1];
    if (guide !== undefined && anchor !== undefined) out.push({ id: name.replace(/\.yaml$/, ''), text, guide, anchor });
  }
  return out;
}

const section = (doc: Doc, id: string) => doc.sections.find((s) => s.id === id);
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Chooses the parts of guide `index`: one primary real guide and three others to borrow from. */
function planGuide(index: number, seed: number, primary: Source, sources: readonly Source[], width: number, forced: readonly string[]): Plan {
  const random = seededRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const rest = shuffle(random, sources.filter((s) => s !== primary));
  const others: [Source, Source, Source] = [rest[0] ?? primary, rest[1] ?? primary, rest[2] ?? primary];
  const [b, c, d] = others;
  const en = primary.docs.en;
  const number = String(index + 1).padStart(width, '0');
  const words = primary.slug.split('-').slice(0, 3).join('-');
  const anchors = new Set<string>();
  const sectionFrom = new Map<string, Source>();
  for (const s of en.sections) {
    anchors.add(s.id);
    let from = primary;
    if (!['error', 'causes', 'related', 'references'].includes(s.id)) {
      const candidate = pick(random, [primary, primary, b, c]);
      const theirs = section(candidate.docs.en, s.id);
      if (theirs && theirs.subs.every((sub) => !anchors.has(sub.id))) from = candidate;
    }
    sectionFrom.set(s.id, from);
    if (s.id !== 'causes') for (const sub of section(from.docs.en, s.id)?.subs ?? []) anchors.add(sub.id);
  }
  // Causes: two to four of the primary's own (and any a record points at), then one each from two others.
  const own = section(en, 'causes')?.subs ?? [];
  const keep = new Set(shuffle(random, own).slice(0, 2 + Math.floor(random() * 3)).map((s) => s.id));
  for (const id of forced) keep.add(id);
  const causes: { from: Source; id: string }[] = [];
  for (const sub of own) {
    if (keep.has(sub.id) && !anchors.has(sub.id)) {
      causes.push({ from: primary, id: sub.id });
      anchors.add(sub.id);
    }
  }
  for (const other of [c, d]) {
    const candidates = (section(other.docs.en, 'causes')?.subs ?? []).filter((s) => !anchors.has(s.id));
    if (candidates.length === 0) continue;
    const sub = pick(random, candidates);
    causes.push({ from: other, id: sub.id });
    anchors.add(sub.id);
  }
  const date = Date.UTC(2021, 0, 1) + Math.floor(random() * 1900) * DAY;
  const lastVerified = Math.min(date + Math.floor(random() * 500) * DAY, Date.UTC(2026, 10, 28));
  const updated = random() < 0.3 ? isoDay(date + Math.floor((lastVerified - date) / 2 / DAY) * DAY) : undefined;
  return {
    index,
    slug: `synthetic-${number}-${words}`,
    number,
    primary,
    others,
    sectionFrom,
    causes,
    anchors,
    errors: [],
    date: isoDay(date),
    updated,
    lastVerified: isoDay(lastVerified),
  };
}

/** `- …` list items of a list block (an item keeps its indented continuation lines). */
function listItems(block: string): string[] | undefined {
  if (!block.startsWith('- ')) return undefined;
  const items: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('- ') || items.length === 0) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return items;
}

/** The in-page anchors an item links to (`](#fix-x)`). */
const linkedAnchors = (text: string) => [...text.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((m) => m[1] ?? '');

/** The list item of `doc`'s causes overview that links to subsection `id`. */
function overviewItem(doc: Doc, id: string): string | undefined {
  for (const block of section(doc, 'causes')?.blocks ?? []) {
    const item = listItems(block)?.find((i) => linkedAnchors(i).includes(id));
    if (item !== undefined) return item;
  }
  return undefined;
}

/** Body blocks of the causes section: the primary's, with its overview list redone for the chosen subsections. */
function causesBlocks(plan: Plan, lang: Lang): string[] {
  const doc = plan.primary.docs[lang];
  const ownIds = new Set((section(doc, 'causes')?.subs ?? []).map((s) => s.id));
  const chosen = new Set(plan.causes.map((c) => c.id));
  const out: string[] = [];
  let listed = false;
  for (const block of section(doc, 'causes')?.blocks ?? []) {
    const items = listItems(block);
    if (!items || listed || !items.some((i) => linkedAnchors(i).some((id) => ownIds.has(id)))) {
      out.push(block);
      continue;
    }
    listed = true;
    const kept = items.filter((i) => linkedAnchors(i).some((id) => chosen.has(id)));
    for (const c of plan.causes) {
      if (c.from === plan.primary) continue;
      const item = overviewItem(c.from.docs[lang], c.id);
      if (item !== undefined) kept.push(item);
    }
    if (kept.length > 0) out.push(kept.join('\n'));
  }
  return out;
}

/** Body blocks of the references section: the primary's list, plus up to three references of another guide. */
function referencesBlocks(plan: Plan, lang: Lang): string[] {
  const blocks = [...(section(plan.primary.docs[lang], 'references')?.blocks ?? [])];
  const urls = (text: string) => [...text.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]);
  const seen = new Set(blocks.flatMap(urls));
  const extra = (section(plan.others[2].docs[lang], 'references')?.blocks ?? [])
    .flatMap((b) => listItems(b) ?? [])
    .filter((i) => urls(i).length > 0 && !urls(i).some((u) => seen.has(u)))
    .slice(0, 3);
  const last = blocks.length - 1;
  if (extra.length > 0 && last >= 0 && listItems(blocks[last] ?? '')) blocks[last] = [blocks[last], ...extra].join('\n');
  else if (extra.length > 0) blocks.push(extra.join('\n'));
  return blocks;
}

/**
 * Points links at the synthetic site: links to a real guide go to the synthetic guide that
 * stands for it (or become plain text when there is none), and in-page links to a section
 * this guide does not have become plain text. Code is left alone.
 */
function relink(body: string, plan: Plan, standIns: ReadonlyMap<string, Plan>): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const f = FENCE.exec(line);
      if (fence !== undefined) {
        if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && (f[2] ?? '').trim() === '') fence = undefined;
        return line;
      }
      if (f?.[1]) {
        fence = f[1];
        return line;
      }
      return line
        .replace(/\[([^\]\n]+)\]\(\/(en|ko)\/guides\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?\)/g, (_all, text: string, l: string, slug: string, anchor?: string) => {
          const target = standIns.get(slug);
          if (!target) return text;
          return `[${text}](/${l}/guides/${target.slug}/${anchor && target.anchors.has(anchor) ? `#${anchor}` : ''})`;
        })
        .replace(/\[([^\]\n]+)\]\(#([a-z0-9-]+)\)/g, (all, text: string, id: string) => (plan.anchors.has(id) ? all : text));
    })
    .join('\n');
}

/** The start of a title (its first `: `-separated fragments, at least a few words) or its last fragment. */
function fragment(title: string, which: 'head' | 'tail'): string {
  const parts = title.split(': ');
  if (which === 'tail') return parts.at(-1) ?? title;
  let head = parts[0] ?? title;
  for (let i = 1; i < parts.length - 1 && head.length < 16; i++) head += `: ${parts[i]}`;
  return head;
}

/** One language of a synthetic guide, as MDX. */
function renderGuide(plan: Plan, lang: Lang, seed: number, standIns: ReadonlyMap<string, Plan>): string {
  const doc = plan.primary.docs[lang];
  const [b] = plan.others;
  const title = `${fragment(doc.title, 'head')}: ${fragment(b.docs[lang].title, 'tail')} (${plan.number})`;
  const tags = [...new Set([...plan.primary.docs.en.tags, ...b.docs.en.tags.slice(0, 2)])].slice(0, 6);
  const q = (s: string) => JSON.stringify(s);
  const front = [
    '---',
    `# Generated by ${GENERATOR} (seed ${seed}) from content/guides/${lang}/${plan.primary.slug}.mdx and others; do not edit.`,
    `title: ${q(title)}`,
    `description: ${q(doc.description)}`,
    `date: ${plan.date}`,
    ...(plan.updated ? [`updated: ${plan.updated}`] : []),
    `lastVerified: ${plan.lastVerified}`,
    `weight: ${plan.index + 1}`,
    'aliases: []',
    `tags: [${tags.map(q).join(', ')}]`,
    'author: ["Sapjil"]',
    'showToc: true',
    'TocOpen: true',
    'draft: false',
    'hidemeta: false',
    'disableShare: false',
    'comments: true',
    `errors: [${plan.errors.map(q).join(', ')}]`,
    '---',
  ];
  const parts: string[] = [...doc.intro];
  for (const s of doc.sections) {
    const from = plan.sectionFrom.get(s.id) ?? plan.primary;
    const theirs = section(from.docs[lang], s.id) ?? s;
    parts.push(theirs.heading);
    if (s.id === 'error') {
      parts.push(...theirs.blocks);
      // A second guide's first error block, with the sentence that introduces it.
      const borrowed = section(b.docs[lang], 'error')?.blocks ?? [];
      const firstCode = borrowed.findIndex((block) => FENCE.test(block));
      if (firstCode >= 0) parts.push(...borrowed.slice(0, firstCode + 1));
      for (const sub of theirs.subs) parts.push(sub.heading, ...sub.blocks);
    } else if (s.id === 'causes') {
      parts.push(...causesBlocks(plan, lang));
      for (const c of plan.causes) {
        const sub = section(c.from.docs[lang], 'causes')?.subs.find((x) => x.id === c.id);
        if (sub) parts.push(sub.heading, ...sub.blocks);
      }
    } else if (s.id === 'references') {
      parts.push(...referencesBlocks(plan, lang));
    } else {
      parts.push(...theirs.blocks);
      for (const sub of theirs.subs) parts.push(sub.heading, ...sub.blocks);
    }
  }
  return `${front.join('\n')}\n\n${relink(parts.join('\n\n'), plan, standIns)}\n`;
}

/** The error record file `source`, pointed at its synthetic stand-in guide. */
function renderRecord(source: RecordSource, plan: Plan, seed: number): string {
  const anchor = plan.anchors.has(source.anchor) ? source.anchor : 'causes';
  const text = source.text.replace(/^guide: *[a-z0-9-]+ *$/m, `guide: ${plan.slug}`).replace(/^anchor: *[a-z0-9-]+ *$/m, `anchor: ${anchor}`);
  return `# Generated by ${GENERATOR} (seed ${seed}) from content/errors/${source.id}.yaml, pointed at ${plan.slug}; do not edit.\n${text}`;
}

/** Every file below `dir`, relative and `/`-separated. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => !statSync(join(dir, p)).isDirectory())
    .map((p) => p.split('\\').join('/'));
}

/**
 * Empties `dir`'s `guides/` and `errors/` if `dir` holds an earlier output of this generator;
 * refuses (throws) when `dir` holds anything else, so a wrong path never deletes real content.
 */
function prepareTarget(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const entries = readdirSync(dir);
  if (entries.length === 0) return;
  const refuse = (why: string) =>
    new Error(`Refusing to write into ${dir}: ${why}. Give an empty or new folder, or one this generator wrote (it has ${MARKER}).`);
  if (!entries.includes(MARKER)) throw refuse(`it is not empty and has no ${MARKER}`);
  const strange = [
    ...listFiles(join(dir, 'guides')).filter((f) => !/^(en|ko)\/synthetic-\d+(-[a-z0-9]+)*\.mdx$/.test(f)).map((f) => `guides/${f}`),
    ...listFiles(join(dir, 'errors')).filter((f) => !f.endsWith('.yaml') || !readFileSync(join(dir, 'errors', f), 'utf8').startsWith(`# Generated by ${GENERATOR}`)).map((f) => `errors/${f}`),
  ];
  if (strange.length > 0) throw refuse(`it has files this generator does not write (${strange.slice(0, 3).join(', ')})`);
  rmSync(join(dir, 'guides'), { recursive: true, force: true });
  rmSync(join(dir, 'errors'), { recursive: true, force: true });
}

/**
 * Writes a synthetic content folder into `dir`: `options.guides` guides, each in English and
 * Korean (`guides/<lang>/synthetic-NNNN-….mdx`), mixed from the real guides with a seeded PRNG,
 * plus the real error records re-pointed at the synthetic guide standing in for their guide
 * (`errors/`, at most one per real record). The same seed gives byte-identical files. An earlier
 * output in `dir` is replaced; any other non-empty folder is refused with an error.
 * Returns the number of guides and of files written (guides in both languages plus records).
 */
export async function writeSyntheticSite(dir: string, options: { guides: number; seed?: number }): Promise<{ guides: number; files: number }> {
  const count = options.guides;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new Error(`guides must be a positive integer (got ${count})`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer (got ${seed})`);
  const sources = readSources(join(REPO, 'content', 'guides'));
  if (sources.length < 4) throw new Error(`need at least 4 real guides in both languages in ${join(REPO, 'content', 'guides')} (found ${sources.length})`);
  const records = readRecordSources(join(REPO, 'content', 'errors'));

  // Guide i mixes around primary order[i mod n]: the first n guides use every real guide once,
  // and the first guide for a real slug stands in for it (records and links go there).
  const order = shuffle(seededRandom(seed), sources);
  const width = Math.max(4, String(count).length);
  const standIns = new Map<string, Plan>();
  const plans: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const primary = order[i % order.length] as Source;
    const first = !standIns.has(primary.slug);
    const forced = first ? records.filter((r) => r.guide === primary.slug).map((r) => r.anchor) : [];
    const plan = planGuide(i, seed, primary, sources, width, forced);
    if (first) standIns.set(primary.slug, plan);
    plans.push(plan);
  }
  const shipped = records.flatMap((r) => {
    const plan = standIns.get(r.guide);
    if (!plan) return [];
    plan.errors.push(r.id);
    return [{ record: r, plan }];
  });

  prepareTarget(dir);
  writeFileSync(join(dir, MARKER), `${JSON.stringify({ generator: GENERATOR, seed, guides: count }, null, 2)}\n`);
  for (const lang of LANGS) mkdirSync(join(dir, 'guides', lang), { recursive: true });
  mkdirSync(join(dir, 'errors'), { recursive: true });
  let files = 0;
  for (const plan of plans) {
    for (const lang of LANGS) {
      writeFileSync(join(dir, 'guides', lang, `${plan.slug}.mdx`), renderGuide(plan, lang, seed, standIns));
      files++;
    }
  }
  for (const { record, plan } of shipped) {
    writeFileSync(join(dir, 'errors', `${record.id}.yaml`), renderRecord(record, plan, seed));
    files++;
  }
  return { guides: count, files };
}

const USAGE = `Usage: node ${GENERATOR} <dir> [--guides 1000] [--seed 1]

Writes <dir>/guides/{en,ko}/synthetic-*.mdx and <dir>/errors/*.yaml, mixed from the real guides.
Build it with SAPJIL_CONTENT_DIR=<dir> npx astro build.`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { guides: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [dir, ...extra] = args.positionals;
  const guides = Number(args.values.guides);
  const seed = Number(args.values.seed);
  if (args.values.help || dir === undefined || extra.length > 0 || !Number.isInteger(guides) || guides < 1 || !Number.isInteger(seed)) {
    console.error(USAGE);
    return args.values.help ? 0 : 2;
  }
  try {
    const started = performance.now();
    const result = await writeSyntheticSite(dir, { guides, seed });
    const records = result.files - result.guides * 2;
    const bytes = listFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    console.log(
      `Wrote ${result.guides} guides × 2 languages and ${records} error records (${result.files} files, ` +
        `${(bytes / 1024 / 1024).toFixed(1)} MB, seed ${seed}) to ${resolve(dir)} ` +
        `in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = await main(process.argv.slice(2));
}
