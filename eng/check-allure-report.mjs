// Checks that a rendered Allure report holds the feature suite's results for every SUT driver named, the same number of
// scenarios for each. Each scenario result carries its driver as the "SUT driver" parameter.
//   node eng/check-allure-report.mjs REPORT_FOLDER DRIVER...
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [report, ...drivers] = process.argv.slice(2);
if (!report || drivers.length === 0) {
  console.error("usage: node eng/check-allure-report.mjs REPORT_FOLDER DRIVER...");
  process.exit(2);
}

const folder = join(report, "data", "test-results");
let files;
try {
  files = readdirSync(folder).filter((f) => f.endsWith(".json"));
} catch (e) {
  console.error(`The rendered report has no ${folder}: ${e.message}`);
  process.exit(1);
}

const byDriver = new Map(drivers.map((d) => [d, 0]));
for (const file of files) {
  const result = JSON.parse(readFileSync(join(folder, file), "utf8"));
  const driver = (result.parameters ?? []).find((p) => p.name === "SUT driver")?.value;
  if (byDriver.has(driver)) byDriver.set(driver, byDriver.get(driver) + 1);
}

const counts = [...byDriver].map(([d, n]) => `${d} ${n}`).join(", ");
const missing = [...byDriver].filter(([, n]) => n === 0).map(([d]) => d);
if (missing.length > 0) {
  console.error(`The Allure report has no scenario results for: ${missing.join(", ")} (scenarios per driver: ${counts}).`);
  process.exit(1);
}
if (new Set(byDriver.values()).size > 1) {
  console.error(`The Allure report holds different numbers of scenarios per driver: ${counts}.`);
  process.exit(1);
}
console.log(`The Allure report holds every driver's scenarios: ${counts}.`);
