// Numbers written as words, cardinal and ordinal, in the languages bitext knows: "Fourteen
// billion", "zweiundzwanzigster", "vingt et unième", "двадцать пятого", "بیست و دوم". A word
// number answers a digit on the other side of a translation; it is never reported alone.
//
// Each language lists its parts: numbers that add (one, twenty, first), multipliers (hundred,
// thousand), words that join parts (and, und, et), and, for languages that glue a number into
// one word, the heads a compound may end in (zehnmal, dreidimensional). Inflected ordinals are
// stems with the endings of the adjective (перв-ый, -ая, -ого …).
import { matchesOf } from "../matches.js";
import { remembered } from "../remembered.js";

type Part = Readonly<{ value: number; kind: "add" | "multiply" | "join" | "head" }>;

type Spec = Readonly<{
  /** True when the lexicon covers the language's numbers with their usual forms. */
  full: boolean;
  add: string; // "word=value …"; "a|b=value" for forms of one number
  multiply?: string;
  join?: string;
  /** Ordinal (or case) stems that take the endings below: "перв=1". */
  stems?: string;
  endings?: string;
  /** Endings that make an ordinal of any number word: Persian -م (بیست → بیستم). */
  suffixes?: string;
  /** Glued compounds: every part may follow another inside one word. */
  compound?: boolean;
  heads?: string;
  /** Endings an inflected compound may end in (-e, -er, -en … of a German ordinal). */
  tails?: string;
  /** Numbers of two words that do not add up as their parts: "quatre-vingts" = 4 × 20. */
  phrases?: string;
  /** Letters a word may carry in front of a number: Arabic wa- and al-, Hebrew ve-, ha-, be- … */
  clitics?: string;
  fold?: (word: string) => string;
}>;

// Greek: accents and diaeresis do not change a number (ΤΡΙΑ, τρία).
const greek = (w: string) => w.normalize("NFD").replace(/[\u0300-\u036F]/gu, "").normalize("NFC");
// Arabic script: vowel marks and tatweel go; alef, yeh and kaf forms become one.
const arabic = (w: string) => w.replace(/[\u064B-\u065F\u0670\u0640]/gu, "").replace(/[أإآ]/gu, "ا").replace(/ى/gu, "ي")
  .replace(/ي/gu, "ی").replace(/ك/gu, "ک").replace(/ۀ/gu, "ه").replace(/ة/gu, "ه");
const apostrophe = (w: string) => w.replace(/[’ʼ`]/gu, "'");
const cyrillic = (w: string) => apostrophe(w).replace(/ё/gu, "е");
const romanian = (w: string) => w.replace(/ş/gu, "ș").replace(/ţ/gu, "ț");

const SLAVIC_ADJECTIVE = "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ых их ыми ими ья ье ьи ьего ьей ьему ьим ьем ью ьих ьими";
const UKRAINIAN_ADJECTIVE = "ий ій а я е є і ого ього ої ьої ому ьому им ім ій у ю их іх ими іми";

const SPECS: Readonly<Record<string, Spec>> = {
  en: {
    full: true,
    add: `zero|nought|nil=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12
      thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40
      fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7
      eighth=8 ninth=9 tenth=10 eleventh=11 twelfth=12 thirteenth=13 fourteenth=14 fifteenth=15 sixteenth=16
      seventeenth=17 eighteenth=18 nineteenth=19 twentieth=20 thirtieth=30 fortieth=40 fiftieth=50 sixtieth=60
      seventieth=70 eightieth=80 ninetieth=90 once=1 twice=2 thrice=3 tenfold=10 twofold=2 threefold=3 fourfold=4
      fivefold=5 hundredfold=100 thousandfold=1000 ones=1 twos=2 threes=3 fours=4 fives=5 sixes=6 sevens=7 eights=8
      nines=9 tens=10 twenties=20 thirties=30 forties=40 fifties=50 sixties=60 seventies=70 eighties=80 nineties=90
      a|an=1`,
    multiply: `hundred|hundreds|hundredth=100 thousand|thousands|thousandth=1e3 million|millions|millionth=1e6
      billion|billions|billionth|bn=1e9 trillion|trillions=1e12 lakh|lakhs=1e5 crore|crores=1e7 dozen|dozens=12`,
    join: "and -",
    heads: "fold",
  },
  de: {
    full: true,
    add: `null=0 eins|ein|eine|einen|einem|einer|eines=1 zwei|zwo=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9
      zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19
      zwanzig=20 dreißig|dreissig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90
      erst=1 zweit=2 dritt=3 viert=4 fünft=5 sechst=6 siebt|siebent=7 acht=8 neunt=9 zehnt=10 elft=11 zwölft=12
      dreizehnt=13 vierzehnt=14 fünfzehnt=15 sechzehnt=16 siebzehnt=17 achtzehnt=18 neunzehnt=19 zwanzigst=20
      dreißigst|dreissigst=30 vierzigst=40 fünfzigst=50 sechzigst=60 siebzigst=70 achtzigst=80 neunzigst=90
      zwanziger=20 dreißiger|dreissiger=30 vierziger=40 fünfziger=50 sechziger=60 siebziger=70 achtziger=80 neunziger=90
      einmal=1 zweimal=2 doppelt=2 beide|beiden|beider=2`,
    multiply: `hundert|hunderte|hunderten=100 hundertst=100 tausend|tausende|tausenden=1e3 tausendst=1e3
      million|millionen|mio=1e6 milliarde|milliarden|mrd=1e9 billion|billionen=1e12 dutzend|dutzende=12 tsd=1e3`,
    join: "und -",
    compound: true,
    heads: `mal malig malige maligen maliger fach fache fachen facher faches fachem fältig fältige fältigen dimensional
      dimensionale dimensionalen dimensionaler jährig jährige jährigen jähriger tägig tägige tägigen stündig stündige
      stündigen wöchig wöchige monatig monatige minütig minütige sekündig stellig stellige stelligen teilig teilige
      seitig seitige köpfig köpfige stöckig stöckige prozentig prozentige jahre jahren jahrhundert jahrhunderts`,
    tails: "e er es en em s n",
  },
  fr: {
    full: true,
    add: `zéro=0 un|une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 treize=13
      quatorze=14 quinze=15 seize=16 vingt|vingts=20 trente=30 quarante=40 cinquante=50 soixante=60 septante=70
      huitante|octante=80 nonante=90 premier|première|premiers|premières|1er|1re=1
      second|seconde|deuxième=2 troisième=3 quatrième=4 cinquième=5 sixième=6 septième=7 huitième=8 neuvième=9
      dixième=10 onzième=11 douzième=12 treizième=13 quatorzième=14 quinzième=15 seizième=16 vingtième=20
      trentième=30 quarantième=40 cinquantième=50 soixantième=60 unième=1 double=2 triple=3 quadruple=4 décuple=10
      dizaine=10 douzaine=12 quinzaine=15 vingtaine=20 trentaine=30 quarantaine=40 cinquantaine=50 soixantaine=60`,
    phrases: "quatre-vingt|quatre-vingts|quatre-vingtième=80",
    multiply: `cent|cents|centième=100 centaine|centaines=100 mille|mil|millième=1e3 millier|milliers=1e3
      million|millions=1e6 milliard|milliards|md|mds=1e9 billion|billions=1e12`,
    join: "et -",
  },
  es: {
    full: true,
    add: `cero=0 uno|una|un=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12
      trece=13 catorce=14 quince=15 dieciséis|dieciseis=16 diecisiete=17 dieciocho=18 diecinueve=19 veinte=20
      veintiuno|veintiún|veintiuna=21 veintidós=22 veintitrés=23 veinticuatro=24 veinticinco=25 veintiséis=26
      veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70
      ochenta=80 noventa=90 cien|ciento=100 doscientos|doscientas=200 trescientos|trescientas=300
      cuatrocientos|cuatrocientas=400 quinientos|quinientas=500 seiscientos|seiscientas=600 setecientos|setecientas=700
      ochocientos|ochocientas=800 novecientos|novecientas=900
      primero|primera|primer|primeros|primeras=1 segundo|segunda|segundos|segundas=2 tercero|tercera|tercer=3
      cuarto|cuarta=4 quinto|quinta=5 sexto|sexta=6 séptimo|séptima=7 octavo|octava=8 noveno|novena=9 décimo|décima=10
      undécimo|undécima|decimoprimero=11 duodécimo|duodécima|decimosegundo=12 vigésimo|vigésima=20 trigésimo|trigésima=30
      cuadragésimo=40 quincuagésimo=50 sexagésimo=60 septuagésimo=70 octogésimo=80 nonagésimo=90 centésimo|centésima=100
      doble=2 triple=3 decena|decenas=10 docena|docenas=12 veintena=20 treintena=30 centenar|centenares=100`,
    multiply: "mil|milésimo|milésima|miles=1e3 millón|millones=1e6 millardo|millardos=1e9 billón|billones=1e12",
    join: "y -",
  },
  it: {
    full: true,
    add: `zero=0 uno|una|un=1 due=2 tre|tré=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 dodici=12
      tredici=13 quattordici=14 quindici=15 sedici=16 diciassette=17 diciotto=18 diciannove=19 venti|vent=20
      trenta|trent=30 quaranta|quarant=40 cinquanta|cinquant=50 sessanta|sessant=60 settanta|settant=70
      ottanta|ottant=80 novanta|novant=90 primo|prima|primi|prime=1 secondo|seconda|secondi|seconde=2 terzo|terza|terzi|terze=3
      quarto|quarta=4 quinto|quinta=5 sesto|sesta=6 settimo|settima=7 ottavo|ottava=8 nono|nona=9 decimo|decima=10
      doppio=2 triplo=3 decina|decine=10 dozzina=12 ventina=20 trentina=30`,
    multiply: "cento|centinaio|centinaia=100 mille|mila=1e3 milione|milioni|mln=1e6 miliardo|miliardi|mld=1e9",
    stems: `undic=11 dodic=12 tredic=13 quattordic=14 quindic=15 sedic=16 diciassett=17 diciott=18 diciannov=19 vent=20
      trent=30 quarant=40 cinquant=50 sessant=60 settant=70 ottant=80 novant=90 unes=1 du=2 tre=3 quattr=4 cinqu=5
      se=6 sett=7 ott=8 nov=9 cent=100 mill=1000`,
    endings: "esimo esima esimi esime",
    compound: true,
    join: "e -",
  },
  pt: {
    full: true,
    add: `zero=0 um|uma=1 dois|duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 doze=12 treze=13
      catorze|quatorze=14 quinze=15 dezasseis|dezesseis=16 dezassete|dezessete=17 dezoito=18 dezanove|dezenove=19
      vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem|cento=100
      duzentos|duzentas=200 trezentos|trezentas=300 quatrocentos|quatrocentas=400 quinhentos|quinhentas=500
      seiscentos|seiscentas=600 setecentos|setecentas=700 oitocentos|oitocentas=800 novecentos|novecentas=900
      primeiro|primeira|primeiros|primeiras=1 segundo|segunda=2 terceiro|terceira=3 quarto|quarta=4 quinto|quinta=5
      sexto|sexta=6 sétimo|sétima=7 oitavo|oitava=8 nono|nona=9 décimo|décima=10 vigésimo|vigésima=20
      trigésimo|trigésima=30 centésimo|centésima=100 dobro|duplo=2 triplo=3 dezena|dezenas=10 dúzia|dúzias=12
      vintena=20 centena|centenas=100`,
    multiply: "mil|milésimo|milésima|milhar|milhares=1e3 milhão|milhões|milhao|milhoes=1e6 bilhão|bilhões=1e9",
    join: "e -",
  },
  nl: {
    full: true,
    add: `nul=0 een|één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12 dertien=13
      veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 negentien=19 twintig=20 dertig=30 veertig=40
      vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90 eerste=1 tweede=2 derde=3 vierde=4 vijfde=5 zesde=6
      zevende=7 achtste=8 negende=9 tiende=10 elfde=11 twaalfde=12 dertiende=13 veertiende=14 vijftiende=15
      zestiende=16 zeventiende=17 achttiende=18 negentiende=19 twintigste=20 dertigste=30 veertigste=40
      vijftigste=50 zestigste=60 zeventigste=70 tachtigste=80 negentigste=90 beide=2`,
    multiply: "honderd|honderden|honderdste=100 duizend|duizenden|duizendste=1e3 miljoen|miljoenen|mln=1e6 miljard|miljarden|mld|mrd=1e9 biljoen=1e12",
    join: "en ën -",
    compound: true,
    heads: "maal voudig voudige dimensionaal dimensionale jarig jarige jarigen daags",
  },
  sv: {
    full: true,
    add: `noll=0 en|ett=1 två=2 tre=3 fyra=4 fem=5 sex=6 sju=7 åtta=8 nio=9 tio=10 elva=11 tolv=12 tretton=13 fjorton=14
      femton=15 sexton=16 sjutton=17 arton=18 nitton=19 tjugo=20 trettio=30 fyrtio=40 femtio=50 sextio=60 sjuttio=70
      åttio=80 nittio=90 första=1 andra=2 tredje=3 fjärde=4 femte=5 sjätte=6 sjunde=7 åttonde=8 nionde=9 tionde=10
      elfte=11 tolfte=12 trettonde=13 fjortonde=14 femtonde=15 sextonde=16 sjuttonde=17 artonde=18 nittonde=19
      tjugonde=20 trettionde=30 båda|bägge=2`,
    multiply: "hundra|hundrade=100 tusen|tusende=1e3 miljon|miljoner=1e6 miljard|miljarder=1e9",
    compound: true,
    heads: "faldig faldiga dubbel dimensionell dimensionella årig åriga",
    join: "-",
  },
  da: {
    full: false,
    add: `nul=0 en|et=1 to=2 tre=3 fire=4 fem=5 seks=6 syv=7 otte=8 ni=9 ti=10 elleve=11 tolv=12 tretten=13 fjorten=14
      femten=15 seksten=16 sytten=17 atten=18 nitten=19 tyve=20 tredive=30 fyrre=40 halvtreds=50 tres=60
      halvfjerds=70 firs=80 halvfems=90 første=1 anden=2 andet=2 tredje=3 fjerde=4 femte=5 sjette=6 syvende=7
      ottende=8 niende=9 tiende=10`,
    multiply: "hundrede=100 tusind=1e3 million|millioner=1e6 milliard|milliarder=1e9",
    join: "og -",
    compound: true,
  },
  nb: {
    full: false,
    add: `null=0 en|ett|ei=1 to=2 tre=3 fire=4 fem=5 seks=6 sju|syv=7 åtte=8 ni=9 ti=10 elleve=11 tolv=12 tretten=13
      fjorten=14 femten=15 seksten=16 sytten=17 atten=18 nitten=19 tjue|tyve=20 tretti|tredve=30 førti=40 femti=50
      seksti=60 sytti=70 åtti=80 nitti=90 første=1 andre=2 tredje=3 fjerde=4 femte=5 sjette=6 sjuende=7 åttende=8
      niende=9 tiende=10`,
    multiply: "hundre=100 tusen=1e3 million|millioner=1e6 milliard|milliarder=1e9",
    join: "og -",
    compound: true,
  },
  ru: {
    full: true,
    add: `ноль|нуль=0 один|одна|одно|одного|одной|одному|одним|одном|одну|одни|одних|однажды=1
      два|две|двух|двум|двумя|дважды|оба|обе|обоих=2 три|трёх|трех|трём|трем|тремя|трижды=3
      четыре|четырёх|четырех|четырём|четырем|четырьмя=4 пять|пяти|пятью=5 шесть|шести|шестью=6 семь|семи|семью=7
      восемь|восьми|восемью|восьмью=8 девять|девяти|девятью=9 десять|десяти|десятью=10 одиннадцать|одиннадцати=11
      двенадцать|двенадцати=12 тринадцать|тринадцати=13 четырнадцать|четырнадцати=14 пятнадцать|пятнадцати=15
      шестнадцать|шестнадцати=16 семнадцать|семнадцати=17 восемнадцать|восемнадцати=18 девятнадцать|девятнадцати=19
      двадцать|двадцати|двадцатью=20 тридцать|тридцати|тридцатью=30 сорок|сорока=40 пятьдесят|пятидесяти=50
      шестьдесят|шестидесяти=60 семьдесят|семидесяти=70 восемьдесят|восьмидесяти=80 девяносто|девяноста=90
      сто|ста=100 двести|двухсот|двумстам=200 триста|трёхсот|трехсот=300 четыреста|четырёхсот|четырехсот=400
      пятьсот|пятисот=500 шестьсот|шестисот=600 семьсот|семисот=700 восемьсот|восьмисот=800 девятьсот|девятисот=900
      десяток|десятка|десятки|десятков=10 дюжина|дюжины=12`,
    multiply: `тысяча|тысячи|тысяч|тысячу|тысячей|тысячам|тысячами|тысячах|тыс=1e3
      миллион|миллиона|миллионов|миллионы|миллионам|миллионами|миллионах|миллионе|миллиону|миллионом|млн=1e6
      миллиард|миллиарда|миллиардов|миллиарды|миллиардам|миллиардами|миллиардах|млрд=1e9 триллион|триллиона|триллионов=1e12
      сотня|сотни|сотен=100`,
    stems: `перв=1 втор=2 трет=3 четвёрт|четверт=4 пят=5 шест=6 седьм=7 восьм=8 девят=9 десят=10 одиннадцат=11
      двенадцат=12 тринадцат=13 четырнадцат=14 пятнадцат=15 шестнадцат=16 семнадцат=17 восемнадцат=18
      девятнадцат=19 двадцат=20 тридцат=30 сороков=40 пятидесят=50 шестидесят=60 семидесят=70 восьмидесят=80
      девяност=90 сот=100 тысячн=1000 миллионн=1e6`,
    endings: SLAVIC_ADJECTIVE,
    // Combining forms: трёхмерный (3D), десятикратный, двухлетний.
    heads: `мерн мерный мерная мерное мерные мерного мерной кратн кратный кратно кратная кратного кратное летн летний
      летняя летнего летнее летие летия этажн этажный этажного месячн дневн часов часовой минутн процентн тонн значн разов местн`,
    fold: cyrillic,
  },
  uk: {
    full: true,
    add: `нуль=0 один|одна|одне|одного|одній|одному|одним|одну|одні|одних|одно=1 два|дві|двох|двом|двома|двічі|обидва|обидві|обох=2
      три|трьох|трьом|трьома|тричі=3 чотири|чотирьох|чотирьом|чотирма=4 п'ять|п'яти|п'ятьох|п'ятьма|п'ятьом=5
      шість|шести|шістьох|шістьма=6 сім|семи|сімох|сьома=7 вісім|восьми|вісьмох|вісьма=8 дев'ять|дев'яти|дев'ятьох=9
      десять|десяти|десятьох|десятьма=10 одинадцять|одинадцяти=11 дванадцять|дванадцяти=12 тринадцять|тринадцяти=13
      чотирнадцять|чотирнадцяти=14 п'ятнадцять|п'ятнадцяти=15 шістнадцять|шістнадцяти=16 сімнадцять|сімнадцяти=17
      вісімнадцять|вісімнадцяти=18 дев'ятнадцять|дев'ятнадцяти=19 двадцять|двадцяти=20 тридцять|тридцяти=30
      сорок|сорока=40 п'ятдесят|п'ятдесяти=50 шістдесят|шістдесяти=60 сімдесят|сімдесяти=70 вісімдесят|вісімдесяти=80
      дев'яносто|дев'яноста=90 сто|ста=100 двісті|двохсот=200 триста|трьохсот=300 чотириста|чотирьохсот=400
      п'ятсот|п'ятисот=500 шістсот|шестисот=600 сімсот|семисот=700 вісімсот|восьмисот=800 дев'ятсот|дев'ятисот=900
      десяток|десятка|десятки|десятків=10 дюжина=12`,
    multiply: `тисяча|тисячі|тисяч|тисячу|тисячею|тисячам|тисячами|тисячах|тис=1e3
      мільйон|мільйона|мільйонів|мільйони|мільйонам|мільйонами|мільйонах|мільйоні|мільйону|мільйоном|млн=1e6
      мільярд|мільярда|мільярдів|мільярди|мільярдам|мільярдами|мільярдах|млрд=1e9 сотня|сотні|сотень=100`,
    stems: `перш=1 друг=2 трет=3 четверт=4 п'ят=5 шост=6 сьом=7 восьм=8 дев'ят=9 десят=10 одинадцят=11 дванадцят=12
      тринадцят=13 чотирнадцят=14 п'ятнадцят=15 шістнадцят=16 сімнадцят=17 вісімнадцят=18 дев'ятнадцят=19 двадцят=20
      тридцят=30 сороков=40 п'ятдесят=50 шістдесят=60 сімдесят=70 вісімдесят=80 дев'яност=90 сот=100 тисячн=1000`,
    endings: UKRAINIAN_ADJECTIVE,
    heads: "вимірн вимірний вимірна вимірного кратн кратний кратно річн річний річна річного поверхов денн годинн відсотков",
    fold: cyrillic,
  },
  pl: {
    full: true,
    add: `zero=0 jeden|jedna|jedno|jednego|jednej|jednemu|jednym|jedną|raz=1 dwa|dwie|dwóch|dwu|dwoma|dwom|dwaj|oba|obie|obu=2
      trzy|trzech|trzem|trzema|trzej=3 cztery|czterech|czterem|czterema|czterej=4 pięć|pięciu|pięcioma=5
      sześć|sześciu|sześcioma=6 siedem|siedmiu|siedmioma=7 osiem|ośmiu|ośmioma=8 dziewięć|dziewięciu=9
      dziesięć|dziesięciu=10 jedenaście|jedenastu=11 dwanaście|dwunastu=12 trzynaście|trzynastu=13
      czternaście|czternastu=14 piętnaście|piętnastu=15 szesnaście|szesnastu=16 siedemnaście|siedemnastu=17
      osiemnaście|osiemnastu=18 dziewiętnaście|dziewiętnastu=19 dwadzieścia|dwudziestu=20 trzydzieści|trzydziestu=30
      czterdzieści|czterdziestu=40 pięćdziesiąt|pięćdziesięciu=50 sześćdziesiąt|sześćdziesięciu=60
      siedemdziesiąt|siedemdziesięciu=70 osiemdziesiąt|osiemdziesięciu=80 dziewięćdziesiąt|dziewięćdziesięciu=90
      sto|stu=100 dwieście|dwustu=200 trzysta|trzystu=300 czterysta|czterystu=400 pięćset|pięciuset=500
      sześćset=600 siedemset=700 osiemset=800 dziewięćset=900`,
    multiply: `tysiąc|tysiące|tysięcy|tysiącach|tys=1e3 milion|miliony|milionów|mln=1e6 miliard|miliardy|miliardów|mld=1e9`,
    stems: `pierwsz=1 drug=2 trzec=3 czwart=4 piąt=5 szóst=6 siódm=7 ósm=8 dziewiąt=9 dziesiąt=10 jedenast=11 dwunast=12
      trzynast=13 czternast=14 piętnast=15 szesnast=16 siedemnast=17 osiemnast=18 dziewiętnast=19 dwudziest=20
      trzydziest=30 czterdziest=40 pięćdziesiąt=50 setn=100 tysięczn=1000`,
    endings: "y a e i ego ej emu ym ą ych ymi im ia ie iego iej iemu ią ich imi",
  },
  cs: {
    full: true,
    add: `nula=0 jeden|jedna|jedno|jednoho|jedné|jednomu|jedním|jednou=1 dva|dvě|dvou|dvěma|dvakrát|oba|obě=2 tři|tří|třem|třemi=3
      čtyři|čtyř|čtyřem|čtyřmi=4 pět|pěti=5 šest|šesti=6 sedm|sedmi=7 osm|osmi=8 devět|devíti=9 deset|deseti=10
      jedenáct|jedenácti=11 dvanáct|dvanácti=12 třináct|třinácti=13 čtrnáct|čtrnácti=14 patnáct|patnácti=15
      šestnáct|šestnácti=16 sedmnáct|sedmnácti=17 osmnáct|osmnácti=18 devatenáct|devatenácti=19 dvacet|dvaceti=20
      třicet|třiceti=30 čtyřicet|čtyřiceti=40 padesát|padesáti=50 šedesát|šedesáti=60 sedmdesát|sedmdesáti=70
      osmdesát|osmdesáti=80 devadesát|devadesáti=90 sto|sta|stě|set=100 dvěstě=200`,
    multiply: "tisíc|tisíce|tisíci|tis=1e3 milion|miliony|milionů|mil=1e6 miliarda|miliardy|miliard|mld=1e9",
    stems: `prv=1 druh=2 třet=3 čtvrt=4 pát=5 šest=6 sedm=7 osm=8 devát=9 desát=10 jedenáct=11 dvanáct=12 třináct=13
      čtrnáct=14 patnáct=15 šestnáct=16 sedmnáct=17 osmnáct=18 devatenáct=19 dvacát=20 třicát=30 čtyřicát=40 stý=100`,
    endings: "ý á é ého ém ému ým ou ých ými í ího ímu ím ích ími",
  },
  sk: {
    full: false,
    add: `nula=0 jeden|jedna|jedno=1 dva|dve=2 tri=3 štyri=4 päť=5 šesť=6 sedem=7 osem=8 deväť=9 desať=10 dvadsať=20
      tridsať=30 štyridsať=40 päťdesiat=50 sto=100 prvý|prvá|prvé=1 druhý|druhá|druhé=2 tretí|tretia|tretie=3`,
    multiply: "tisíc=1e3 milión|milióny|miliónov=1e6 miliarda|miliardy|miliárd=1e9",
  },
  ro: {
    full: true,
    add: `zero=0 unu|un|una|o|întâi|întâiul|primul|prima|primii|primele=1 doi|două|doilea|doua=2 trei|treilea|treia=3
      patru|patrulea|patra=4 cinci|cincilea|cincea=5 șase|șaselea|șasea=6 șapte|șaptelea|șaptea=7 opt|optulea|opta=8
      nouă|nouălea|noua=9 zece|zecelea|zecea=10 unsprezece|unsprezecelea=11 doisprezece|douăsprezece=12
      treisprezece=13 paisprezece=14 cincisprezece=15 șaisprezece=16 șaptesprezece=17 optsprezece=18
      nouăsprezece=19 douăzeci|douăzecilea=20 treizeci|treizecilea=30 patruzeci=40 cincizeci=50 șaizeci=60
      șaptezeci=70 optzeci=80 nouăzeci=90`,
    multiply: "sută|sute|sutălea=100 mie|mii|miilea=1e3 milion|milioane=1e6 miliard|miliarde=1e9",
    join: "și -",
    fold: romanian,
  },
  hu: {
    full: false,
    add: `nulla=0 egy|első=1 kettő|két|második=2 három|harmadik=3 négy|negyedik=4 öt|ötödik=5 hat|hatodik=6 hét|hetedik=7
      nyolc|nyolcadik=8 kilenc|kilencedik=9 tíz|tizedik=10 tizen=10 húsz|huszadik=20 huszon=20 harminc|harmincadik=30
      negyven|negyvenedik=40 ötven|ötvenedik=50 hatvan|hatvanadik=60 hetven|hetvenedik=70 nyolcvan|nyolcvanadik=80
      kilencven|kilencvenedik=90 egyedik=1 kettedik=2`,
    multiply: "száz|századik=100 ezer|ezredik=1e3 millió|milliós=1e6 milliárd=1e9",
    compound: true,
  },
  fi: {
    full: false,
    add: `nolla=0 yksi|yhden|ensimmäinen=1 kaksi|kahden|toinen=2 kolme|kolmen|kolmas=3 neljä|neljän|neljäs=4
      viisi|viiden|viides=5 kuusi|kuuden|kuudes=6 seitsemän|seitsemäs=7 kahdeksan|kahdeksas=8 yhdeksän|yhdeksäs=9
      kymmenen|kymmenes=10 toista=10`,
    multiply: "kymmentä=10 sata|sataa=100 tuhat|tuhatta=1e3 miljoona|miljoonaa=1e6 miljardi|miljardia=1e9",
    compound: true,
  },
  tr: {
    full: true,
    add: `sıfır=0 bir|birinci=1 iki|ikinci=2 üç|üçüncü=3 dört|dördüncü=4 beş|beşinci=5 altı|altıncı=6 yedi|yedinci=7
      sekiz|sekizinci=8 dokuz|dokuzuncu=9 on|onuncu=10 yirmi|yirminci=20 otuz|otuzuncu=30 kırk|kırkıncı=40
      elli|ellinci=50 altmış|altmışıncı=60 yetmiş|yetmişinci=70 seksen|sekseninci=80 doksan|doksanıncı=90`,
    multiply: "yüz|yüzüncü=100 bin|bininci=1e3 milyon=1e6 milyar=1e9",
    compound: true,
  },
  bg: {
    full: true,
    add: `нула=0 един|една|едно|едни=1 два|две|двама=2 три|трима=3 четири|четирима=4 пет|петима=5 шест|шестима=6
      седем=7 осем=8 девет=9 десет=10 единадесет|единайсет=11 дванадесет|дванайсет=12 тринадесет|тринайсет=13
      четиринадесет|четиринайсет=14 петнадесет|петнайсет=15 шестнадесет|шестнайсет=16 седемнадесет|седемнайсет=17
      осемнадесет|осемнайсет=18 деветнадесет|деветнайсет=19 двадесет|двайсет=20 тридесет|трийсет=30
      четиридесет|четирийсет=40 петдесет=50 шестдесет=60 седемдесет=70 осемдесет=80 деветдесет=90 сто=100
      двеста=200 триста=300 четиристотин=400 петстотин=500 шестстотин=600 седемстотин=700 осемстотин=800 деветстотин=900`,
    multiply: "хиляда|хиляди=1e3 милион|милиона=1e6 милиард|милиарда=1e9",
    stems: `първ=1 втор=2 трет=3 четвърт=4 пет=5 шест=6 седм=7 осм=8 девет=9 десет=10 единадесет=11 дванадесет=12
      двадесет=20 тридесет=30 стот=100 хиляден=1000`,
    endings: "и а о ия ият ата ото ите",
    fold: cyrillic,
  },
  el: {
    full: true,
    add: `μηδεν=0 ενα|ενας|μια|μια|ενος|εναν|μιας=1 δυο=2 τρια|τρεις|τριων=3 τεσσερα|τεσσερις|τεσσαρων=4 πεντε=5
      εξι=6 επτα|εφτα=7 οκτω|οχτω=8 εννεα|εννια=9 δεκα=10 εντεκα=11 δωδεκα=12 δεκατρια|δεκατρεις=13
      δεκατεσσερα|δεκατεσσερις=14 δεκαπεντε=15 δεκαεξι=16 δεκαεπτα|δεκαεφτα=17 δεκαοκτω|δεκαοχτω=18
      δεκαεννεα|δεκαεννια=19 εικοσι=20 τριαντα=30 σαραντα=40 πενηντα=50 εξηντα=60 εβδομηντα=70 ογδοντα=80
      ενενηντα=90 εκατο|εκατον=100 διακοσια|διακοσιες|διακοσιοι=200 τριακοσια|τριακοσιες|τριακοσιοι=300
      τετρακοσια=400 πεντακοσια=500`,
    multiply: "χιλια|χιλιες|χιλιαδες|χιλιαδων=1e3 εκατομμυριο|εκατομμυρια|εκατομμυριων=1e6 δισεκατομμυριο|δισεκατομμυρια=1e9",
    stems: `πρωτ=1 δευτερ=2 τριτ=3 τεταρτ=4 πεμπτ=5 εκτ=6 εβδομ=7 ογδο=8 ενατ=9 δεκατ=10 ενδεκατ=11 δωδεκατ=12
      εικοστ=20 τριακοστ=30 εκατοστ=100`,
    endings: "ος η ο ου ης ων οι ες α ον ους",
    fold: greek,
  },
  ar: {
    full: true,
    add: `صفر=0 واحد|واحده|احد|احدی|الاول|اول|اولی|الاولی|الحادی|حادی=1 اثنان|اثنین|اثنتان|اثنتین|اثنا|اثنتا|الثانی|ثانی|الثانیه|ثانیه=2
      ثلاثه|ثلاث|الثالث|ثالث|الثالثه=3 اربعه|اربع|الرابع|رابع|الرابعه=4 خمسه|خمس|الخامس|خامس|الخامسه=5
      سته|ست|السادس|سادس|السادسه=6 سبعه|سبع|السابع|سابع|السابعه=7 ثمانیه|ثمانی|ثمان|الثامن|ثامن|الثامنه=8
      تسعه|تسع|التاسع|تاسع|التاسعه=9 عشره|عشر|العاشر|عاشر|العاشره=10 عشرون|عشرین|العشرون|العشرین=20
      ثلاثون|ثلاثین=30 اربعون|اربعین=40 خمسون|خمسین=50 ستون|ستین=60 سبعون|سبعین=70 ثمانون|ثمانین=80 تسعون|تسعین=90
      مائتان|مئتان|مائتین|مئتین=200 ثلاثمائه|ثلاثمئه=300 اربعمائه|اربعمئه=400 خمسمائه|خمسمئه=500`,
    multiply: "مائه|مئه|مئات=100 الف|آلاف|الاف|الفا|الفین=1e3 ملیون|ملایین=1e6 ملیار|ملیارات=1e9",
    clitics: "و ال وال ب بال ل لل ف",
    fold: arabic,
  },
  fa: {
    full: true,
    add: `صفر=0 یک|یکم|اول|نخست|نخستین|یکمین|اولین=1 دو|دوم|دومین=2 سه|سوم|سومین=3 چهار|چهارم|چهارمین=4
      پنج|پنجم|پنجمین=5 شش|شیش|ششم|ششمین=6 هفت|هفتم|هفتمین=7 هشت|هشتم|هشتمین=8 نه|نهم|نهمین=9 ده|دهم|دهمین=10
      یازده|یازدهم=11 دوازده|دوازدهم=12 سیزده|سیزدهم=13 چهارده|چهاردهم=14 پانزده|پانزدهم=15 شانزده|شانزدهم=16
      هفده|هفدهم|هفتده=17 هجده|هیجده|هژده|هجدهم|هیجدهم=18 نوزده|نوزدهم=19 بیست|بیستم|بیستمین=20 سی|سیام|سی‌ام=30
      چهل|چهلم=40 پنجاه|پنجاهم=50 شصت|شصتم=60 هفتاد|هفتادم=70 هشتاد|هشتادم=80 نود|نودم=90 دویست=200 سیصد=300
      چهارصد=400 پانصد=500 ششصد=600 هفتصد=700 هشتصد=800 نهصد=900`,
    multiply: "صد|صدم=100 هزار|هزارم=1e3 میلیون=1e6 میلیارد=1e9",
    join: "و",
    // Ordinals are cardinals with -م, -ام, -مین: هژدهم, سی‌ام, بیستمین.
    suffixes: "م ام مین امین",
    fold: (w) => arabic(w).replace(/\u200C/gu, ""),
  },
  he: {
    full: true,
    add: `אפס=0 אחד|אחת|ראשון|ראשונה|ראשונים=1 שניים|שתיים|שני|שתי|שנים|שתים|שנייה|שניה=2 שלושה|שלוש|שלשה|שלש|שלישי|שלישית=3
      ארבעה|ארבע|רביעי|רביעית=4 חמישה|חמש|חמשה|חמישי|חמישית=5 שישה|שש|ששה|שישי|שישית=6 שבעה|שבע|שביעי|שביעית=7
      שמונה|שמיני|שמינית=8 תשעה|תשע|תשיעי|תשיעית=9 עשרה|עשר|עשירי|עשירית=10 עשרים=20 שלושים|שלשים=30 ארבעים=40
      חמישים=50 שישים|ששים=60 שבעים=70 שמונים=80 תשעים=90 מאתיים=200 אלפיים=2000`,
    multiply: "מאה|מאות=100 אלף|אלפים=1e3 מיליון|מיליונים=1e6 מיליארד|מיליארדים=1e9",
    clitics: "ו ה ב ל מ ש כ וה וב ול ומ וש שה שב של מה",
  },
  hi: {
    full: false,
    add: `शून्य=0 एक|पहला|पहली|पहले=1 दो|दूसरा|दूसरी|दूसरे=2 तीन|तीसरा|तीसरी|तीसरे=3 चार|चौथा|चौथी|चौथे=4
      पांच|पाँच|पांचवां|पाँचवाँ|पांचवीं|पाँचवीं=5 छह|छः|छठा|छठी|छठे=6 सात|सातवां|सातवाँ|सातवीं=7 आठ|आठवां|आठवाँ|आठवीं=8
      नौ|नौवां|नौवाँ|नौवीं=9 दस|दसवां|दसवाँ|दसवीं=10 ग्यारह=11 बारह=12 तेरह=13 चौदह=14 पंद्रह|पन्द्रह=15 सोलह=16
      सत्रह=17 अठारह=18 उन्नीस=19 बीस=20 तीस=30 चालीस=40 पचास=50 साठ=60 सत्तर=70 अस्सी=80 नब्बे=90`,
    multiply: "सौ=100 हज़ार|हजार=1e3 लाख=1e5 करोड़|करोड=1e7 अरब=1e9",
  },
  id: {
    full: true,
    add: `nol=0 satu|pertama|kesatu=1 dua|kedua=2 tiga|ketiga=3 empat|keempat=4 lima|kelima=5 enam|keenam=6
      tujuh|ketujuh=7 delapan|kedelapan=8 sembilan|kesembilan=9 sepuluh|kesepuluh=10 sebelas|kesebelas=11 belas=10`,
    multiply: "puluh=10 ratus|seratus|ratusan=100 ribu|seribu|ribuan=1e3 juta|sejuta|jutaan=1e6 miliar|milyar=1e9 triliun=1e12",
  },
  ms: {
    full: false,
    add: "satu|pertama=1 dua|kedua=2 tiga|ketiga=3 empat=4 lima=5 enam=6 tujuh=7 lapan=8 sembilan=9 sepuluh=10 belas=10",
    multiply: "puluh=10 ratus|seratus=100 ribu|seribu=1e3 juta=1e6 bilion=1e9",
  },
  vi: {
    full: true,
    add: `không=0 một|mốt|nhất=1 hai=2 ba=3 bốn|tư=4 năm|lăm|nhăm=5 sáu=6 bảy=7 tám=8 chín=9 mười=10`,
    multiply: "mươi=10 trăm=100 nghìn|ngàn=1e3 triệu=1e6 tỷ|tỉ=1e9",
    join: "lẻ linh",
  },
  ka: {
    full: false,
    add: `ნული=0 ერთი|პირველი=1 ორი|მეორე=2 სამი|მესამე=3 ოთხი|მეოთხე=4 ხუთი|მეხუთე=5 ექვსი|მეექვსე=6 შვიდი|მეშვიდე=7
      რვა|მერვე=8 ცხრა|მეცხრე=9 ათი|მეათე=10 თერთმეტი=11 თორმეტი=12 ცამეტი=13 თოთხმეტი=14 თხუთმეტი=15 თექვსმეტი=16
      ჩვიდმეტი=17 თვრამეტი=18 ცხრამეტი=19 ოცი|მეოცე=20 ოცდა=20 ორმოცი=40 ორმოცდა=40 სამოცი=60 სამოცდა=60
      ოთხმოცი=80 ოთხმოცდა=80`,
    multiply: "ასი|ას=100 ათასი|ათას=1e3 მილიონი=1e6 მილიარდი=1e9",
    compound: true,
  },
  ko: {
    full: false,
    add: `하나|한|첫|첫째|첫번째=1 둘|두|둘째|두번째=2 셋|세|셋째|세번째=3 넷|네|넷째|네번째=4 다섯|다섯째=5 여섯|여섯째=6
      일곱|일곱째=7 여덟|여덟째=8 아홉|아홉째=9 열|열째=10 스물|스무=20 서른=30 마흔=40 쉰=50 예순=60 일흔=70 여든=80 아흔=90`,
  },
};

type Lexicon = Readonly<{
  spec: Spec;
  phrases?: RegExp;
  phraseValues: ReadonlyMap<string, number>;
  parts: ReadonlyMap<string, Part>;
  stems: ReadonlyMap<string, number>;
  endings: readonly string[];
  heads: readonly string[];
  tails: readonly string[];
  suffixes: readonly string[];
  clitics: readonly string[];
  longest: number;
  /** partsOf, remembered: news repeats its words, and a compound is split letter by letter. */
  partsOfWord: (word: string) => readonly Part[] | null;
}>;

const lexicons = new Map<string, Lexicon | undefined>();

function entries(list: string | undefined): [string, number][] {
  if (!list) return [];
  return list.trim().split(/\s+/u).flatMap((entry) => {
    const at = entry.lastIndexOf("=");
    const value = Number(entry.slice(at + 1));
    return entry.slice(0, at).split("|").map((word) => [word, value] as [string, number]);
  });
}

function lexiconOf(lang: string): Lexicon | undefined {
  if (lexicons.has(lang)) return lexicons.get(lang);
  const spec = SPECS[lang];
  let lexicon: Lexicon | undefined;
  if (spec) {
    const fold = spec.fold ?? ((w: string) => w);
    const parts = new Map<string, Part>();
    for (const [w, value] of entries(spec.add)) parts.set(fold(w), { value, kind: "add" });
    for (const [w, value] of entries(spec.multiply)) parts.set(fold(w), { value, kind: "multiply" });
    for (const w of (spec.join ?? "").split(/\s+/u).filter(Boolean)) if (!parts.has(w)) parts.set(fold(w), { value: 0, kind: "join" });
    const words = (list?: string) => (list ?? "").trim().split(/\s+/u).filter(Boolean).map(fold);
    const phraseValues = new Map(entries(spec.phrases).map(([w, v]) => [w.split("-").join(" "), v]));
    const phrases = phraseValues.size === 0 ? undefined
      : new RegExp(`(?:${[...phraseValues.keys()].map((k) => k.split(" ").join("[\\s\\u00A0-]+")).join("|")})(?![\\p{L}\\p{M}])`, "iuy");
    const built: Lexicon = {
      spec, parts, phraseValues, ...(phrases ? { phrases } : {}), stems: new Map(entries(spec.stems).map(([w, v]) => [fold(w), v])), endings: words(spec.endings),
      heads: words(spec.heads), tails: words(spec.tails), suffixes: words(spec.suffixes), clitics: words(spec.clitics).sort((a, b) => b.length - a.length),
      longest: Math.max(...[...parts.keys()].map((k) => k.length)),
      partsOfWord: remembered((word) => partsOf(word, built) ?? null, 50_000),
    };
    lexicon = built;
  }
  lexicons.set(lang, lexicon);
  return lexicon;
}

/** True when bitext reads the language's numbers written as words with their usual forms. */
export function knowsNumberWords(lang: string): boolean {
  return lang === "zh" || lang === "ja" || lexiconOf(lang)?.spec.full === true;
}

/** How far bitext reads a language's numbers written as words: fully, in part (some forms), or not. */
export function numberWordsOf(lang: string): "full" | "partial" | "none" {
  if (knowsNumberWords(lang)) return "full";
  return SPECS[lang] ? "partial" : "none";
}

/** The parts one word stands for: itself, a stem with an ending, or a compound of parts. */
function partsOf(word: string, lexicon: Lexicon): Part[] | undefined {
  const whole = lexicon.parts.get(word);
  if (whole) return [whole];
  for (const ending of lexicon.endings) {
    if (word.length > ending.length && word.endsWith(ending)) {
      const value = lexicon.stems.get(word.slice(0, -ending.length));
      if (value !== undefined) return [{ value, kind: "add" }];
    }
  }
  for (const suffix of lexicon.suffixes) {
    const stem = word.length > suffix.length ? lexicon.parts.get(word.slice(0, -suffix.length)) : undefined;
    if (stem && stem.kind !== "join") return [stem];
  }
  for (const clitic of lexicon.clitics) {
    if (word.length > clitic.length + 1 && word.startsWith(clitic)) {
      const rest = lexicon.parts.get(word.slice(clitic.length));
      if (rest && rest.kind !== "join") return [rest];
    }
  }
  if (lexicon.heads.length > 0 || lexicon.spec.compound) return compound(word, lexicon);
  return undefined;
}

// A glued compound, read left to right: "zweiundzwanzigste" = zwei + und + zwanzig + st(e),
// "dreidimensional" = drei + dimensional, "трёхмерный" = трёх + мерный. Every letter must belong
// to a part, and the word must hold a number before any head.
function compound(word: string, lexicon: Lexicon): Part[] | undefined {
  const found = split(word, 0, lexicon, false);
  return found && found.some((p) => p.kind === "add" || p.kind === "multiply") ? found.filter((p) => p.kind !== "head") : undefined;
}

function split(word: string, at: number, lexicon: Lexicon, numbered: boolean): Part[] | undefined {
  if (at === word.length) return numbered ? [] : undefined;
  const rest = word.slice(at);
  if (numbered) {
    if (lexicon.heads.includes(rest) || lexicon.tails.includes(rest)) return [{ value: 0, kind: "head" }];
    for (const head of lexicon.heads) {
      if (rest.startsWith(head) && lexicon.tails.includes(rest.slice(head.length))) return [{ value: 0, kind: "head" }];
    }
  }
  if (!lexicon.spec.compound && at > 0) return undefined;
  for (let length = Math.min(lexicon.longest, rest.length); length > 0; length--) {
    const part = lexicon.parts.get(rest.slice(0, length));
    if (!part || (part.kind === "join" && !numbered)) continue;
    const tail = split(word, at + length, lexicon, numbered || part.kind !== "join");
    if (tail) return [part, ...tail];
  }
  return undefined;
}

/**
 * The value of a run of parts: "two hundred and five" = 205, "mil millones" = 10⁹, "一百四十亿" =
 * (100 + 40) × 10⁸. Multipliers below `big` multiply the number just before them (hundred; in
 * Han also ten and thousand); the others close a section (thousand, million; in Han 万, 亿).
 */
export function valueOf(parts: readonly Part[], big: number): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let lastBig = 0;
  let previous: Part | undefined;
  for (const part of parts) {
    if (part.kind === "add") {
      digit += part.value;
    } else if (part.kind === "multiply") {
      if (part.value < big) {
        section += (digit || 1) * part.value;
        digit = 0;
      } else if (section + digit === 0 && previous?.kind === "multiply" && part.value > lastBig && total > 0) {
        total *= part.value; // mil millones, 万亿
        lastBig = part.value;
      } else {
        total += (section + digit || 1) * part.value;
        section = 0;
        digit = 0;
        lastBig = part.value;
      }
    }
    if (part.kind !== "join") previous = part;
  }
  return total + section + digit;
}

export type WordNumber = Readonly<{ start: number; end: number; raw: string; value: number }>;

const WORD = /[\p{L}\p{M}'’ʼ\u200C]+/gu;
// Between the words of one number: spaces, a hyphen ("twenty-one", "quatre-vingt-dix").
const GAP = /^[\s\u00A0-]*$/u;

// Whether a part may follow the run so far: "twenty one", "hundred and five", "soixante-dix-sept"
// are numbers; "two three" and "one and two" are two numbers each.
function follows(previous: Part | undefined, next: Part, glued: boolean): boolean {
  if (!previous || next.kind === "multiply" || previous.kind === "multiply") return true;
  // Where a number under a million is one word (zweihundert, tweeëntwintig), the next word
  // starts another number unless it multiplies.
  if (glued) return false;
  const round = previous.value >= 10 && previous.value % 10 === 0;
  if (next.kind === "join") return round;
  return round && next.value < previous.value;
}

/** Numbers written as words in a text of a language bitext knows; none for any other. */
export function wordNumbers(text: string, lang: string): WordNumber[] {
  const lexicon = lexiconOf(lang);
  if (!lexicon) return [];
  const fold = lexicon.spec.fold ?? ((w: string) => w);
  const found: WordNumber[] = [];
  // end: after the last word of the number; reach: after the last word taken, a joiner included.
  let run: { start: number; end: number; reach: number; parts: Part[]; last?: Part } | undefined;
  const close = () => {
    if (!run) return;
    // An article alone ("a", "an") is not a number; "a dozen" is.
    const counted = run.parts.filter((p) => p.kind !== "join");
    const onlyArticle = counted.length === 1 && /^an?$/iu.test(text.slice(run.start, run.end));
    if (counted.length > 0 && !onlyArticle) {
      found.push({ start: run.start, end: run.end, raw: text.slice(run.start, run.end), value: valueOf(run.parts, 1000) });
    }
    run = undefined;
  };
  const word = new RegExp(WORD.source, "gu");
  for (let m = word.exec(text); m; m = word.exec(text)) {
    let end = m.index + m[0].length;
    let parts: readonly Part[] | undefined;
    if (lexicon.phrases) {
      lexicon.phrases.lastIndex = m.index;
      const phrase = lexicon.phrases.exec(text);
      if (phrase) {
        parts = [{ value: lexicon.phraseValues.get(phrase[0].toLowerCase().split(/[\s\u00A0-]+/u).join(" "))!, kind: "add" }];
        end = m.index + phrase[0].length;
        word.lastIndex = end;
      }
    }
    parts ??= lexicon.partsOfWord(fold(m[0].toLowerCase())) ?? undefined;
    if (!parts) {
      close();
      continue;
    }
    if (run && !(GAP.test(text.slice(run.reach, m.index)) && follows(run.last, parts[0]!, lexicon.spec.compound === true))) close();
    // A joiner only continues a run.
    if (!run && parts.every((p) => p.kind === "join")) continue;
    const counts = parts.some((p) => p.kind !== "join");
    if (run) {
      run.parts.push(...parts);
      run.reach = end;
      if (counts) run.end = end;
    } else {
      run = { start: m.index, end, reach: end, parts: [...parts] };
    }
    if (counts) run.last = parts.filter((p) => p.kind !== "join").at(-1);
  }
  close();
  return found;
}

// Han numerals (zh, ja): 一 二 两 三 … 十 百 千 万 亿, financial forms, and digits among them:
// "三十", "140亿", "二〇二三", "第一条".
const HAN_NUMERAL = /[0-9０-９〇零一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅.．]+/gu;
const HAN: Readonly<Record<string, Part>> = {
  〇: { value: 0, kind: "add" }, 零: { value: 0, kind: "add" }, 一: { value: 1, kind: "add" }, 壹: { value: 1, kind: "add" },
  二: { value: 2, kind: "add" }, 两: { value: 2, kind: "add" }, 兩: { value: 2, kind: "add" }, 贰: { value: 2, kind: "add" },
  貳: { value: 2, kind: "add" }, 三: { value: 3, kind: "add" }, 叁: { value: 3, kind: "add" }, 參: { value: 3, kind: "add" },
  四: { value: 4, kind: "add" }, 肆: { value: 4, kind: "add" }, 五: { value: 5, kind: "add" }, 伍: { value: 5, kind: "add" },
  六: { value: 6, kind: "add" }, 陆: { value: 6, kind: "add" }, 陸: { value: 6, kind: "add" }, 七: { value: 7, kind: "add" },
  柒: { value: 7, kind: "add" }, 八: { value: 8, kind: "add" }, 捌: { value: 8, kind: "add" }, 九: { value: 9, kind: "add" },
  玖: { value: 9, kind: "add" }, 廿: { value: 20, kind: "add" }, 卅: { value: 30, kind: "add" },
  十: { value: 10, kind: "multiply" }, 拾: { value: 10, kind: "multiply" }, 百: { value: 100, kind: "multiply" },
  佰: { value: 100, kind: "multiply" }, 千: { value: 1000, kind: "multiply" }, 仟: { value: 1000, kind: "multiply" },
  万: { value: 1e4, kind: "multiply" }, 萬: { value: 1e4, kind: "multiply" }, 亿: { value: 1e8, kind: "multiply" },
  億: { value: 1e8, kind: "multiply" }, 兆: { value: 1e12, kind: "multiply" },
};

export type HanNumber = WordNumber & Readonly<{ digits: boolean }>;

/**
 * Han numerals and digits mixed with them. `digits` marks a number written in digits with at
 * most a Han multiplier ("140亿", "3万"): it is as firm as any digit.
 */
export function hanNumbers(text: string): HanNumber[] {
  const found: HanNumber[] = [];
  for (const m of matchesOf(HAN_NUMERAL, text)) {
    let raw = m[0].replace(/[.．]+$/u, "");
    const start = m.index + (raw.length - raw.replace(/^[.．]+/u, "").length);
    raw = raw.replace(/^[.．]+/u, "");
    if (!/[〇零一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅]/u.test(raw)) continue;
    const parts: Part[] = [];
    let ok = true;
    for (const piece of raw.match(/[0-9０-９]+(?:[.．][0-9０-９]+)?|[^0-9０-９]/gu) ?? []) {
      if (/^[0-9０-９]/u.test(piece)) {
        parts.push({ value: Number(piece.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xFF10)).replace("．", ".")), kind: "add" });
      } else if (HAN[piece]) {
        parts.push(HAN[piece]!);
      } else {
        ok = false;
      }
    }
    if (!ok || parts.length === 0) continue;
    // Digits written one by one, as years are: 二〇二三 = 2023.
    const positional = parts.length > 1 && parts.every((p) => p.kind === "add" && p.value < 10) && /[〇零]/u.test(raw);
    const value = positional ? Number(parts.map((p) => p.value).join("")) : valueOf(parts, 1e4);
    const digits = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[十百千万萬亿億兆]$/u.test(raw);
    found.push({ start, end: start + raw.length, raw, value: Math.round(value * 1e6) / 1e6, digits });
  }
  return found;
}
