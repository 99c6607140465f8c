// Regenerates src/stopwords/*.txt from the npm package `stopword` (a pinned devDependency) and the
// curation below. The Rust build only reads the generated files, so it never needs this script or
// node_modules: run `node scripts/gen-stopwords.mjs` after changing the curation or the package
// version, and commit the result. The page's wasm embeds the lists packed: then run
// `cargo test --lib pack_the_stopwords -- --ignored` (src/stopwords/packed.rs; a test fails until then).
//
// Why `stopword` and not `stopwords-iso`: stopwords-iso's lists are built for search engines and
// hide words a journalist counts (its English list has "bill", "state", "fire", "home", "research",
// "computer" and country codes such as "iq" and "sy"). `stopword` keeps shorter, grammatical lists
// and names the author and licence of each in dist/3rd-party.txt, which is copied into every file.
//
// Policy, for every language: a stopword is a closed-class word (article, particle, preposition,
// conjunction, pronoun, demonstrative, relative, auxiliary or copula, quantifier like "all"/"some")
// or a reporting verb ("said"), which appears in every article whatever it is about. Nouns,
// adjectives, content verbs, dates and time words ("today", "year", "May") and number words are
// counted: a journalist may be following exactly those. Numbers written in digits are a separate
// switch in the keyword table. Users can add or remove words at run time.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules', 'stopword');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const stopword = require(join(pkgDir, pkg.main));
const thirdParty = readFileSync(join(pkgDir, 'dist', '3rd-party.txt'), 'utf8');

const words = (s) => s.split(/\s+/).filter(Boolean);

// Upstream list name, language name, and the curation. `remove` takes words out of the upstream
// list (exact spelling as upstream); `add` puts words in, each checked by the Rust tests.
const LANGUAGES = {
  ar: {
    name: 'Arabic',
    upstream: 'ara',
    remove: words(`
      أب أخ
      اعلنت أخذ أقبل أنشأ ابتدأ انبرى شرع علق هبّ جعل قام عاد رجع راح انقلب ارتدّ استحال تحوّل تبدّل وقف
      اثر اطار اعادة باسم زيارة شبه شخصا عين قوة لقاء نهاية حار كلم معاذ
      الاخيرة الذاتي السابق الماضي المقبل عامة
      الوقت اليوم امس غدا ايام يوم سنة سنوات عام عاما صباح مساء ايار مايو
      احد واحد اول الاول الاولى الثاني الثانية ثلاثة اربعة عشر عشرة صفر الف مليون مليار
      برس لوكالة للامم
      ـ
    `),
    removeWhy:
      'content verbs, nouns and adjectives (أعلنت، أخذ، أنشأ، انقلب، إطار، قوة، السابق), dates and time ' +
      'words (اليوم، أمس، عام، مايو), number words (ثلاثة، مليون), agency boilerplate (برس، لوكالة) ' +
      'and punctuation; also «باسم» and «معاذ», which are names',
    // Clitic-attached forms: Marsad's key strips «ال» with the particles before it («والذي» meets
    // «الذي»), but a particle joined to a word without «ال» («وفي», «بأن», «لأنه») is its own key.
    // Left out on purpose: «فقد» (also "lost"), «وهم» (also "illusion"), «فلم» (also "film").
    add: words(`
      في من على إلى الى عن مع عند منذ حتى بين خلال ضد نحو لدى دون حول بعد قبل أمام فوق تحت عبر وراء
      و ف ثم أو أم بل لكن لكنّ غير سوى إلا ألا أما إما
      أن إن أنّ إنّ كان كانت كانوا يكون تكون يكونوا ليس ليست لم لن لا ما ماذا قد لقد سوف هل كي لكي
      هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك هنالك
      الذي التي الذين اللذين اللتين اللواتي اللاتي
      هو هي هم هما هن أنا نحن أنت أنتم أنتن
      كل بعض أي كما كذلك أيضا أيضاً جدا جداً فقط حيث بينما إذ إذا إذن لو لولا كيف متى أين لماذا
      له لها لهم لهما لهن لنا لي لك لكم به بها بهم عليه عليها عليهم إليه إليها إليهم منه منها منهم
      عنه عنها عنهم فيه فيها فيهم معه معها معهم لديه لديها لديهم
      وفي ففي ومن فمن وعلى وإلى وعن ومع وعند وعندما وبين وبعد وقبل وحتى وحول وخلال وضد ومنذ ودون وكل
      وقد وكان وكانت فكان وأن وإن فإن بأن لأن كأن ولا فلا ولم ولن فلن وما فما وليس
      وهو وهي فهو فهي وهما وهذا وهذه فهذا وذلك وتلك وهناك وهنا وهؤلاء
      والذي والتي والذين
      أنه أنها أنهم إنه إنها إنهم بأنه بأنها بأنهم لأنه لأنها لأنهم وأنه وأنها كأنه
      ولكن ولكنه ولكنها لكنه لكنها وإلا وأما وإما وكما وأيضا وحيث بحيث وبينما ولو وهل فهل
      بذلك لذلك وبذلك ولذلك وكذلك بهذا بهذه لهذا لهذه
      وله ولها ولهم وفيه وفيها ومنه ومنها ومنهم وعليه
      عما مما ممن فيما وفيما بما لما ولما عندما بعدما وبعدما حينما إنما بدون ومثل مثل
      يتم وتم ويتم سيتم سيكون ستكون
      قال قالت وقال وقالت يقول تقول ويقول وتقول أضاف وأضاف أضافت وأضافت أكد وأكد أكدت وأكدت
      أوضح وأوضح أوضحت وأوضحت أشار وأشار أشارت وأشارت
    `),
    addWhy:
      'the particles, pronouns and auxiliaries of news prose with the conjunctions and prepositions ' +
      'written joined to them (وفي، وقد، بأن، أنه، فإن، ولكن، وهو، والتي), and the reporting verbs ' +
      'قال، أضاف، أكد، أوضح، أشار with their clitic forms',
  },
  en: {
    name: 'English',
    upstream: 'eng',
    remove: [],
    add: words(`
      a an the and or but nor so yet if then else of in on at to for from by with without about
      against between into through during before after above below up down out off over under
      again further once here there when where why how all any both each few more most other some
      such no not only own same than too very can will just should now is are was were be been
      being have has had having do does did doing would could might must shall may
      i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
      she her hers herself it its itself they them their theirs themselves what which who whom
      this that these those am as until while because also said says it's
    `),
    addWhy: "function words the upstream list lacks (not, no, will, its, it's, …) and the reporting verb 'says'",
  },
  fr: { name: 'French', upstream: 'fra', remove: [], add: [] },
  de: {
    name: 'German',
    upstream: 'deu',
    remove: words(`
      gott jahr jahre jahren mensch menschen mann tag tage tagen uhr zeit startseite heute morgen
      ordnung sache suche ende teil recht rechte rechten rechter rechtes mittel
      acht achte achten achter achtes drei dritte dritten dritter drittes elf fünf fünfte fünften
      fünfter fünftes neun neunte neunten neunter neuntes sechs sechste sechsten sechster sechstes
      sieben siebente siebenten siebenter siebentes vier vierte vierten vierter viertes zehn zehnte
      zehnten zehnter zehntes zwanzig zwei zweite zweiten zweiter zweites zwölf
    `),
    removeWhy: "nouns (Gott, Jahr, Mensch, Recht, Zeit), 'heute'/'morgen' and number words",
    add: [],
  },
  es: {
    name: 'Spanish',
    upstream: 'spa',
    remove: [],
    add: words('es son fue fueron era eran ser sido ha han hay está están estar este esta estos estas esto ese esa esos esas les'),
    addWhy: 'the forms of ser, estar and haber and the demonstratives, which the short upstream list lacks',
  },
  it: { name: 'Italian', upstream: 'ita', remove: [], add: [] },
  pt: {
    name: 'Portuguese',
    upstream: 'por',
    remove: [],
    add: words('é foi foram são ser sido era eram está estão estar há tem têm ter'),
    addWhy: 'the forms of ser, estar, haver and ter, which the upstream list lacks',
  },
  tr: {
    name: 'Turkish',
    upstream: 'tur',
    remove: words(
      'altmış altı beş bin dokuz doksan dört elli iki kırk milyar milyon on otuz seksen sekiz trilyon katrilyon yedi yetmiş yirmi yüz üç iyi iyice',
    ),
    removeWhy: "number words (iki, on, bin, milyon; 'bir' stays, it is the indefinite article) and 'iyi' (good)",
    add: [],
  },
  fa: {
    name: 'Persian',
    upstream: 'fas',
    remove: [],
    add: words(`
      این آن است هست هستند نیست بود بودند شد شده شود شوند می ها های هایی خود یک او ما شما آنها آنان
      ایشان من تو وی همه هر دیگر همین چنین چنان هیچ کرد کرده کند کنند کردند باشد دارد داشت گفت
    `),
    addWhy: 'the commonest Persian function words (این، آن، است، بود، شد، می، ها، خود), which the short upstream list lacks',
  },
  ur: {
    name: 'Urdu',
    upstream: null,
    upstreamWhy:
      'The upstream Urdu list (stopword@VERSION, src/stopwords_urd.js, from stopwords-iso) is mis-encoded ' +
      '(«ثہت» for «بہت», «ٌ» for «ن») and cannot match real text, so this list is written for Marsad instead.',
    remove: [],
    add: words(`
      کا کی کے کو نے میں سے پر اور یہ وہ ہے ہیں تھا تھی تھے ہو ہوا ہوئی ہوئے ہوں گا گی گے کہ بھی تو
      نہیں نہ جو جس جن جب تب تک کیا کیوں کیسے کون کچھ ایک اس ان انہوں انہیں اسے انھوں یہاں وہاں لیے
      لئے ساتھ بعد پہلے اپنے اپنی اپنا ہم آپ مجھے ہمیں تم رہا رہی رہے کر کرتے کرنے گیا گئی گئے والا
      والی والے اگر لیکن مگر یا پھر ہی کہا
    `),
    addWhy: 'postpositions, pronouns, auxiliaries and conjunctions of Urdu news prose',
  },
  ku: { name: 'Kurdish (Sorani)', upstream: 'kur', remove: [], add: [] },
  ru: {
    name: 'Russian',
    upstream: 'rus',
    remove: words('сегодня'),
    removeWhy: "'сегодня' (today), a time word",
    add: [],
  },
  nl: { name: 'Dutch', upstream: 'nld', remove: [], add: [] },
};

/// The licence section of dist/3rd-party.txt for one upstream file.
function licenceOf(upstream) {
  const sections = thirdParty.split(/^#{20,}\s*$/m);
  for (let i = 1; i + 1 < sections.length; i += 2) {
    if (sections[i].includes(`src/stopwords_${upstream}.js`) || sections[i].includes(`src/stopwords-${upstream}.js`)) {
      const title = sections[i].trim();
      const text = sections[i + 1].trim();
      const spdx = /Apache/.test(text) ? 'Apache-2.0' : /MIT|Permission is hereby granted/.test(text) ? 'MIT' : 'see text';
      return { title, text, spdx };
    }
  }
  throw new Error(`no licence section for ${upstream} in 3rd-party.txt`);
}

/// Entries that can never equal a token: upstream has a few with spaces, commas or dots.
const isWord = (w) => /^[\p{L}\p{M}\p{N}'’\u200C]+$/u.test(w);

const outDir = join(root, 'src', 'stopwords');
mkdirSync(outDir, { recursive: true });
const source = `npm package ${pkg.name}@${pkg.version} (${pkg.repository?.url ?? pkg.name})`;

for (const [code, lang] of Object.entries(LANGUAGES)) {
  const header = [`Marsad stopwords: ${lang.name} (${code}), one word per line; lines starting with # are comments.`];
  header.push('Generated by scripts/gen-stopwords.mjs: change the curation there and rerun it, do not edit this file.');
  header.push('Policy: function words and reporting verbs only; nouns, dates and number words are counted (see the script).');
  let upstreamWords = [];
  let licenceText = '';
  if (lang.upstream) {
    const list = stopword[lang.upstream];
    if (!Array.isArray(list)) throw new Error(`stopword has no list ${lang.upstream}`);
    const licence = licenceOf(lang.upstream);
    header.push(`Source: ${source}, list src/stopwords_${lang.upstream}.js`);
    header.push(`Licence: ${licence.spdx} (upstream list: ${licence.title}); Marsad's additions: MIT, as the project`);
    const missing = lang.remove.filter((w) => !list.includes(w));
    if (missing.length) throw new Error(`${code}: not in upstream, cannot remove: ${missing.join(' ')}`);
    const junk = list.filter((w) => !isWord(w));
    upstreamWords = list.filter((w) => isWord(w) && !lang.remove.includes(w));
    if (lang.remove.length) header.push(`Removed from upstream (${lang.remove.length}): ${lang.removeWhy}: ${lang.remove.join(' ')}`);
    if (junk.length) header.push(`Dropped from upstream as not words: ${junk.map((w) => JSON.stringify(w)).join(' ')}`);
    licenceText = licence.text;
  } else {
    header.push(`Source: written for Marsad. ${lang.upstreamWhy.replace('VERSION', pkg.version)}`);
    header.push('Licence: MIT, as the project');
  }
  const upstreamSet = new Set(upstreamWords);
  const added = lang.add.filter((w) => !upstreamSet.has(w));
  if (added.length && lang.upstream) header.push(`Added for Marsad (${added.length}): ${lang.addWhy}`);
  const all = [...new Set([...upstreamWords, ...lang.add])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = header.map((l) => `# ${l}`);
  if (licenceText) {
    lines.push('#', '# Upstream licence:');
    for (const l of licenceText.split('\n')) lines.push(`#   ${l}`.trimEnd());
  }
  lines.push('', ...all, '');
  writeFileSync(join(outDir, `${code}.txt`), lines.join('\n'));
  console.log(`${code}: ${all.length} words (${upstreamWords.length} upstream, ${added.length} added, ${lang.remove.length} removed)`);
}
