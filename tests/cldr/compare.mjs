// Compares what cookiedoc says with CLDR as Node's Intl implements it (tests/it/cldr.rs writes
// cookiedoc's words to the JSON file named by the first argument). Prints one JSON object:
// { mismatches: [...], lacking: [...] } — `lacking` names the locales for which Intl has no long
// unit words of its own: its "long" forms are the short ones ("3 d", "3 bl") for most units.
import { readFileSync } from "node:fs";

const said = JSON.parse(readFileSync(process.argv[2], "utf8"));
const normalize = (text) => text.replace(/[\u00a0\u202f]/g, " ").replace(/[\u2068\u2069]/g, "");
const mismatches = [];
const lacking = [];

for (const [code, { intl, units, dates }] of Object.entries(said)) {
  const tag = `${intl}-u-nu-latn`;
  const long = (unit) => new Intl.NumberFormat(tag, { style: "unit", unit, unitDisplay: "long" });
  const short = (unit) => new Intl.NumberFormat(tag, { style: "unit", unit, unitDisplay: "short" });
  const abbreviated = Object.keys(units).filter((unit) => long(unit).format(3) === short(unit).format(3));
  if (abbreviated.length >= 5) {
    lacking.push(code);
  } else {
    for (const [unit, counts] of Object.entries(units)) {
      const format = long(unit);
      counts.forEach((words, count) => {
        const expected = normalize(format.format(count));
        if (normalize(words) !== expected) {
          mismatches.push({ code, what: `${count} ${unit}`, cookiedoc: words, intl: expected });
        }
      });
    }
  }
  const dateFormat = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  dates.forEach((words, month) => {
    const expected = normalize(dateFormat.format(new Date(Date.UTC(2026, month, 28))));
    if (normalize(words) !== expected) {
      mismatches.push({ code, what: `date 2026-${month + 1}-28`, cookiedoc: words, intl: expected });
    }
  });
}
console.log(JSON.stringify({ mismatches, lacking }));
