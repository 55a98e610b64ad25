// The README's package examples are the consumer sample's code: every region between `// README: NAME` and
// `// README: end` in the sample's .cs files must appear in README.md exactly (less its indentation), so the examples a
// supplier copies are the ones eng/consumer.sh compiles and runs.
// Usage: node eng/check-readme-snippets.mjs [sample-folder] [readme]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sample = process.argv[2] ?? 'src/SpineConformance.Samples.Consumer';
const readme = readFileSync(process.argv[3] ?? 'README.md', 'utf8');
const regions = [];
for (const file of readdirSync(sample).filter((name) => name.endsWith('.cs'))) {
  const text = readFileSync(join(sample, file), 'utf8');
  for (const match of text.matchAll(/\/\/ README: (?!end)(.+)\n([\s\S]*?)\n\s*\/\/ README: end/g)) {
    const lines = match[2].split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    regions.push({ file, name: match[1].trim(), code: lines.map((l) => l.slice(indent)).join('\n') });
  }
}

if (regions.length === 0) {
  console.error(`No "// README: NAME" regions in ${sample}: the README's examples have no source.`);
  process.exit(1);
}
const stale = regions.filter((r) => !readme.includes(r.code));
for (const r of stale) {
  console.error(`README.md does not hold the example "${r.name}" as ${sample}/${r.file} has it now; copy the region into the README.`);
}
if (stale.length > 0) process.exit(1);
console.log(`README examples: ${regions.length} of ${regions.length} are the consumer sample's code (${regions.map((r) => r.name).join(', ')}).`);
