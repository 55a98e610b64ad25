// Lists every failed test in the JUnit XML files of a run (TestResults/junit/*.xml by default), one line each with the
// first line of its message, so the last lines of a long run name what failed without scrolling back.
// Usage: node eng/list-failures.mjs [junit-folder]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'TestResults/junit';
if (!existsSync(folder)) {
  console.log(`No JUnit results in ${folder}: no test project wrote any.`);
  process.exit(0);
}

const decode = (text) => text
  .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#xA;/g, ' ')
  .replace(/&#xD;/g, '').replace(/&amp;/g, '&');
const attribute = (tag, name) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]) : '';
};

const failures = [];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.xml')).sort()) {
  const xml = readFileSync(join(folder, file), 'utf8');
  // A failed test case is a <testcase ...> element holding a <failure> or <error> element.
  const cases = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
  for (let match; (match = cases.exec(xml)) !== null;) {
    const body = match[3] ?? '';
    const problem = /<(failure|error)\b([^>]*)>/.exec(body);
    if (!problem) continue;
    const message = attribute(problem[0], 'message').split('\n')[0].trim();
    failures.push(`  ${file.replace(/\.xml$/, '')}: ${attribute(match[1], 'classname')}.${attribute(match[1], 'name')}` +
      (message ? `\n      ${message.length > 240 ? `${message.slice(0, 240)}…` : message}` : ''));
  }
}

if (failures.length === 0) {
  console.log('No test failed in the JUnit results.');
} else {
  console.log(`Failed tests (${failures.length}), from ${folder}:`);
  for (const line of failures) console.log(line);
}
