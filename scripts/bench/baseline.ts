// A plain Astro site with the same output as a seloste build, read from its
// files: the same HTML pages and JSON records, of the same sizes. What Astro
// alone costs to write them is the yardstick for seloste's own build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBaselineProject(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(join(directory, 'src', 'pages'), { recursive: true });
  writeFileSync(join(directory, 'astro.config.mjs'), `export default { devToolbar: { enabled: false }, build: { format: 'directory' } };\n`);
  writeFileSync(
    join(directory, 'src', 'pages', '[...path].astro'),
    `---
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function getStaticPaths() {
  const source = process.env.BASELINE_SOURCE;
  const pages = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') pages.push(relative(source, folder));
    }
  };
  walk(source);
  return pages.map((page) => ({ params: { path: page === '' ? undefined : page } }));
}

const file = join(process.env.BASELINE_SOURCE, Astro.params.path ?? '', 'index.html');
const html = readFileSync(file, 'utf8');
---
<Fragment set:html={html} />
`,
  );
  writeFileSync(
    join(directory, 'src', 'pages', '[...file].json.ts'),
    `import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function getStaticPaths() {
  const source = process.env.BASELINE_SOURCE;
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) files.push(relative(source, path).slice(0, -'.json'.length));
    }
  };
  walk(source);
  return files.map((file) => ({ params: { file } }));
}

export const GET = ({ params }) => new Response(readFileSync(join(process.env.BASELINE_SOURCE, \`\${params.file}.json\`), 'utf8'));
`,
  );
}
