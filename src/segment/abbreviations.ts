// Abbreviations after which a period does not end a sentence, lower case, without the period.
// Titles, units, months and the like from each language's style guides; a word with an inner
// period (U.S., a.m., z.B., т.е.) is caught by shape, not listed.
const COMMON = ["etc", "vs", "ca", "approx", "fig", "no", "nr", "vol", "pp", "p", "cf", "ibid"];

const BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ["mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "hon", "pres", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ft", "in",
    "lb", "lbs", "oz", "mi", "km", "al", "ed", "eds"],
  es: ["sr", "sra", "srta", "dr", "dra", "lic", "ing", "arq", "gral", "gen", "cnel", "tte", "sto", "sta",
    "pág", "págs", "núm", "aprox", "av", "avda", "ud", "uds", "vd", "vds", "art", "cap", "dto", "depto",
    "ej", "admón", "cía", "ene", "feb", "abr", "ago", "sept", "oct", "dic", "km", "máx", "mín", "tel"],
  fr: ["m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "av", "bd",
    "env", "ex", "janv", "févr", "avr", "juil", "sept", "oct", "déc", "art", "chap", "éd", "km", "min"],
  de: ["dr", "prof", "hr", "fr", "str", "bzw", "usw", "ggf", "evtl", "sog", "vgl", "inkl", "exkl", "zzgl",
    "abs", "art", "bd", "bspw", "mio", "mrd", "jh", "jhd", "geb", "gest", "tel", "st", "dt", "ca",
    "jan", "feb", "apr", "aug", "sept", "okt", "nov", "dez", "km", "min", "max", "z", "u", "d", "v", "s", "o"],
  uk: ["т", "п", "ін", "ст", "р", "рр", "тис", "млн", "млрд", "грн", "вул", "м", "с", "див", "напр", "проф",
    "акад", "доц", "обл", "р-н", "км", "хв", "год", "коп", "пор", "зокр", "пл", "просп", "буд", "кв"],
  ru: ["т", "п", "др", "пр", "г", "гг", "в", "вв", "тыс", "млн", "млрд", "руб", "коп", "ул", "д", "см",
    "им", "проф", "акад", "доц", "обл", "р-н", "км", "мин", "ч", "напр", "пл", "просп", "стр", "кв", "ср"],
  it: ["sig", "sigg", "dott", "prof", "avv", "ing", "geom", "on", "sen", "ecc", "pag", "art", "cfr", "mln", "mld", "gen", "col", "magg"],
  pt: ["sr", "sra", "srs", "dr", "dra", "prof", "pág", "págs", "art", "ex", "av", "aprox", "mil", "cap", "gen", "cel", "ten"],
  nl: ["bijv", "bv", "dhr", "mevr", "mr", "mw", "ca", "enz", "blz", "nr", "jl", "mln", "mld", "mrd", "resp", "vgl", "zgn", "ong", "incl"],
  sv: ["ex", "bl", "dvs", "fl", "osv", "kl", "jfr", "resp", "milj", "mdr", "inkl", "st", "tel", "ung", "sk", "pga", "mm"],
  da: ["eks", "bl", "dvs", "mht", "evt", "osv", "jf", "kl", "hr", "fru", "pga", "iflg", "inkl", "vedr", "ang", "mio", "mia", "kr", "ca"],
  nb: ["eks", "bl", "dvs", "mht", "evt", "osv", "jf", "kl", "hr", "fru", "pga", "iflg", "inkl", "vedr", "ang", "mill", "mrd", "kr", "ca"],
  pl: ["np", "tj", "tzn", "itd", "itp", "ok", "ul", "al", "pl", "prof", "dr", "mgr", "inż", "godz", "tys", "mln", "mld", "zł", "ww",
    "str", "płk", "gen", "ks", "im", "woj", "pow", "gm", "ppłk", "mjr", "kpt", "por", "sierż", "wg", "jw", "śp"],
  cs: ["např", "tj", "tzv", "atd", "apod", "aj", "resp", "mj", "ul", "nám", "st", "sv", "prof", "dr", "ing", "mgr", "tis", "mil",
    "mld", "kč", "hod", "odst", "písm", "čl", "odd", "pplk", "plk", "gen", "mjr", "kpt"],
  sk: ["napr", "tj", "tzv", "atď", "ap", "resp", "ul", "nám", "prof", "dr", "ing", "mgr", "tis", "mil", "mld", "hod", "ods", "písm", "čl"],
  ro: ["dl", "dna", "dlui", "dnei", "dr", "prof", "str", "nr", "ex", "art", "alin", "lit", "mil", "mld", "gen", "col", "lt", "pag"],
  hu: ["pl", "stb", "ill", "kb", "dr", "id", "ún", "vö", "út", "krt", "sz", "db", "ezr", "alezr", "őrgy", "ford", "jan", "febr",
    "márc", "ápr", "jún", "júl", "aug", "szept", "okt", "nov", "dec", "mrd", "ált", "ld", "kapt", "hadnagy", "vezérőrnagy"],
  fi: ["esim", "ns", "mm", "jne", "ts", "ks", "tms", "klo", "prof", "tri", "milj", "mrd", "n", "ym", "yms", "vrt", "kpl"],
  tr: ["vb", "vs", "örn", "yy", "dr", "prof", "doç", "av", "sn", "bkz", "yrd", "org", "korg", "alb", "yzb", "çev"],
  bg: ["т", "н", "др", "г", "гр", "ул", "проф", "д-р", "млн", "млрд", "хил", "лв", "бр", "стр", "вкл", "ген", "полк", "ок"],
  el: ["κ", "π", "χ", "μ", "δηλ", "βλ", "κλπ", "κτλ", "σελ", "αρ", "εκατ", "δισ", "χιλ", "οδ", "δρ", "καθ", "στρατηγ", "υπ"],
  kk: ["т", "б", "с", "ж", "млн", "млрд", "мың", "ш", "обл", "көш", "проф"],
};

/** Languages whose own abbreviations bitext lists (the others get the common ones). */
export const ABBREVIATION_LANGUAGES: readonly string[] = Object.keys(BY_LANGUAGE);

const cache = new Map<string, ReadonlySet<string>>();

export function abbreviations(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) cache.set(lang, (set = new Set([...COMMON, ...(BY_LANGUAGE[lang] ?? [])])));
  return set;
}

// Languages that write ordinals with a period: German "am 3. und 4. Mai", Polish, Czech, …
export const ORDINAL_PERIOD: ReadonlySet<string> = new Set(["de", "da", "no", "nb", "nn", "fi", "cs", "sk", "sl", "hr", "sr", "hu", "pl", "is", "et", "lv", "tr"]);

// Units written short after a number, in the languages bitext knows: "8 ft. long", "5 lb. schwer",
// "3 Std. zu Fuß", "20 мин. пешком". Only after a number and before a lower-case word do they
// keep a period from ending the sentence.
export const UNITS: ReadonlySet<string> = new Set([
  "ft", "in", "yd", "mi", "lb", "lbs", "oz", "gal", "pt", "qt", "sq", "cu", "mph", "hr", "hrs", "min", "mins", "sec", "secs",
  "km", "m", "cm", "mm", "kg", "g", "mg", "t", "l", "ml", "ha", "h", "s", "std", "sek", "tsd", "mio", "mrd", "bn", "mn",
  "sg", "seg", "hab", "pulg", "kilo", "kilos", "ca", "env", "mill", "mil", "ptas",
  "мин", "сек", "ч", "год", "хв", "тис", "тыс", "млн", "млрд", "км", "кг", "см", "мм", "м", "г", "т", "л", "грн", "руб", "коп", "дол",
]);
