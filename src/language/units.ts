// Units of measure after a number, in the languages bitext knows and in their international
// abbreviations, so that a quantity a translator converted ("120 feet" → "40 Meter", "115
// Fahrenheit" → "43 Grad Celsius", "10000 nanoseconds" → "zehn Mikrosekunden") is compared in one
// base unit instead of being taken for a changed number.

export type Dimension = "length" | "mass" | "volume" | "temperature" | "time" | "speed" | "area";

/** A quantity's unit: its id, what it measures, and the value in the dimension's base unit. */
export type Unit = Readonly<{ id: string; dimension: Dimension; base: (value: number) => readonly number[] }>;

const scale = (id: string, dimension: Dimension, factor: number): Unit => ({ id, dimension, base: (v) => [v * factor] });

// Each unit: its forms. A form ending in "*" takes any inflectional ending (метр*: метра, метров);
// forms are matched case-insensitively, whole words except after CJK.
const UNITS: readonly (readonly [Unit, string])[] = [
  [scale("mm", "length", 1e-3), "mm millimeter* millimetre* millimètre* milímetro* millimetr* миллиметр* міліметр* 毫米 ミリ 밀리미터"],
  [scale("cm", "length", 1e-2), "cm centimeter* centimetre* centimètre* centímetro* centimetr* zentimeter* сантиметр* см 厘米 公分 センチ 센티미터"],
  [scale("m", "length", 1), "m meter meters metre metres mètre* metro metros metri metr* метр* м 米 公尺 メートル 미터"],
  [scale("km", "length", 1e3), "km kilometer* kilometre* kilomètre* kilómetro* chilometr* quilômetro* quilómetro* километр* кілометр* км 公里 千米 キロメートル キロ 킬로미터 킬로"],
  [scale("in", "length", 0.0254), "inch inches zoll pulgada* pouce* pollic* polegada* дюйм* 英寸 インチ 인치"],
  [scale("ft", "length", 0.3048), "ft ft. foot feet fuß fuss pie pies pied pieds piede piedi pé pés фут* 英尺 フィート 피트"],
  [scale("yd", "length", 0.9144), "yd yard yards yarda* ярд* 码 ヤード 야드"],
  [scale("mi", "length", 1609.344), "mi mile miles meile meilen milla millas miglio miglia milha milhas миль мили милю миля милях 英里 マイル 마일"],
  [scale("g", "mass", 1e-3), "g gram grams gramme* gramm gramo* grammo grammi grama* грамм* грам* гр 克 グラム 그램"],
  [scale("kg", "mass", 1), "kg kilo kilos kilogram* kilogramme* kilogramm* kilogramo* chilo chili chilogramm* quilo* килограмм* кілограм* кг 公斤 千克 キログラム 킬로그램"],
  [scale("t", "mass", 1e3), "t tonne tonnes ton tons tonnen tonelada* tonnellat* тонн* т 吨 公吨 トン 톤"],
  [scale("lb", "mass", 0.45359237), "lb lbs pound pounds pfund libra libras livre livres libbra libbre фунт* 磅 ポンド 파운드"],
  [scale("oz", "mass", 0.028349523), "oz ounce ounces unze unzen onza* once onces oncia once унци* 盎司 オンス 온스"],
  [scale("l", "volume", 1), "l liter liters litre litres litro litros litri литр* літр* 升 公升 リットル 리터"],
  [scale("ml", "volume", 1e-3), "ml milliliter* millilitre* mililitro* миллилитр* мілілітр* 毫升 ミリリットル 밀리리터"],
  [scale("gal", "volume", 3.785411784), "gal gallon gallons gallone gallonen galón galones galão galões галлон* 加仑 ガロン 갤런"],
  [scale("ns", "time", 1e-9), "ns nanosecond* nanosekunde* nanoseconde* nanosegundo* nanosecond* наносекунд* 纳秒 ナノ秒 나노초"],
  [scale("µs", "time", 1e-6), "µs μs microsecond* mikrosekunde* microseconde* microsegundo* микросекунд* мікросекунд* 微秒 マイクロ秒 마이크로초"],
  [scale("ms", "time", 1e-3), "ms millisecond* millisekunde* milliseconde* milisegundo* миллисекунд* мілісекунд* 毫秒 ミリ秒 밀리초"],
  [scale("s", "time", 1), "s sec second seconds sekunde sekunden seconde secondes segundo segundos secondi секунд* 秒 초"],
  [scale("min", "time", 60), "min minute minutes minuten minuto minutos minuti минут* хвилин* 分钟 分 분"],
  [scale("h", "time", 3600), "h hour hours stunde stunden heure heures hora horas ora ore час часа часов годину години годин 小时 時間 시간"],
  [scale("mph", "speed", 0.44704), "mph"],
  [scale("km/h", "speed", 1 / 3.6), "km/h kmh km/ч км/ч км/год"],
  [scale("m2", "area", 1), "m2 m² sqm квадратных"],
  [scale("km2", "area", 1e6), "km2 km² км2 км²"],
  [scale("ha", "area", 1e4), "ha hectare hectares hektar hectárea* ettar* гектар* 公顷 ヘクタール 헥타르"],
  [scale("acre", "area", 4046.8564224), "acre acres acre* 英亩 エーカー 에이커"],
  [{ id: "°C", dimension: "temperature", base: (v) => [v] }, "°c ºc celsius grad centígrados centigradi градус* 摄氏度 摂氏"],
  [{ id: "°F", dimension: "temperature", base: (v) => [((v - 32) * 5) / 9] }, "°f ºf fahrenheit 华氏度 華氏"],
  // "115 degrees" in an American text is Fahrenheit, elsewhere Celsius: either may be meant.
  [{ id: "°", dimension: "temperature", base: (v) => [v, ((v - 32) * 5) / 9] }, "° º degree degrees degré degrés grado grados gradi"],
];

// Longer phrases first, so that "degrees Fahrenheit" is Fahrenheit, not a bare degree.
const PHRASES: readonly (readonly [string, string])[] = [
  ["degrees fahrenheit", "°F"], ["degrees celsius", "°C"], ["grad celsius", "°C"], ["grad fahrenheit", "°F"],
  ["grados celsius", "°C"], ["grados fahrenheit", "°F"], ["degrés celsius", "°C"], ["degrés fahrenheit", "°F"],
  ["gradi celsius", "°C"], ["gradi fahrenheit", "°F"], ["square feet", "sqft"], ["square foot", "sqft"],
  ["square miles", "sqmi"], ["square mile", "sqmi"], ["square kilometres", "km2"], ["square kilometers", "km2"],
  ["square metres", "m2"], ["square meters", "m2"], ["quadratmeter", "m2"], ["quadratkilometer", "km2"],
  ["miles per hour", "mph"], ["kilometres per hour", "km/h"], ["kilometers per hour", "km/h"], ["stundenkilometer", "km/h"],
  ["kilómetros por hora", "km/h"], ["kilomètres par heure", "km/h"], ["км в час", "km/h"], ["по цельсию", "°C"],
];
const EXTRA: Readonly<Record<string, Unit>> = { sqft: scale("sqft", "area", 0.09290304), sqmi: scale("sqmi", "area", 2589988.110336) };

/** A unit by its id ("ft", "km", "°C"). */
export const unitById = (id: string): Unit | undefined => byId.get(id);

const byId = new Map<string, Unit>([...UNITS.map(([u]) => [u.id, u] as [string, Unit]), ...Object.entries(EXTRA)]);
const exact = new Map<string, Unit>();
const stems: [string, Unit][] = [];
for (const [unit, forms] of UNITS) {
  for (const form of forms.split(" ")) {
    if (form.endsWith("*")) stems.push([form.slice(0, -1), unit]);
    else exact.set(form, unit);
  }
}
stems.sort((a, b) => b[0].length - a[0].length);
const cjkForms = [...exact].filter(([form]) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(form))
  .sort((a, b) => b[0].length - a[0].length);
for (const [phrase, id] of PHRASES) exact.set(phrase, byId.get(id)!);

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// After the number: spaces or a hyphen ("a 120-foot wall"), then up to three words.
const AFTER = /[\s\u00A0\u202F]*-?[\s\u00A0]*((?:[°º]\s?[CFcf]?)|[\p{L}\p{M}µμ²/.]+(?:[\s\u00A0][\p{L}\p{M}]+){0,2})/uy;

/** The unit written right after a number that ends at `end`, if any. */
export function unitAfter(text: string, end: number): Unit | undefined {
  AFTER.lastIndex = end;
  const m = AFTER.exec(text);
  if (!m) return undefined;
  const words = m[1]!.toLowerCase().replace(/\s+/gu, " ").replace(/^([°º]) /u, "$1");
  // The longest reading first: "degrees fahrenheit" before "degrees".
  const parts = words.split(" ");
  for (let n = parts.length; n > 0; n--) {
    const phrase = parts.slice(0, n).join(" ").replace(/[.,;:]+$/u, "");
    const unit = exact.get(phrase) ?? exact.get(phrase.replace(/\.$/u, ""));
    if (unit) return unit;
  }
  const first = parts[0]!.replace(/[.,;:]+$/u, "");
  for (const [stem, unit] of stems) {
    if (first.startsWith(stem) && (first.length - stem.length <= 4 || CJK.test(stem))) return unit;
  }
  // Han and kana units are written without a space and need no word boundary: 30公里.
  if (CJK.test(first)) {
    for (const [form, unit] of cjkForms) if (first.startsWith(form)) return unit;
  }
  return undefined;
}

/**
 * True when two quantities in different units of one dimension are the same within what a
 * translator's rounding makes of them: 36.6 m written 40, 46 °C written 43.
 */
export function sameQuantity(a: number, unitA: Unit, b: number, unitB: Unit): boolean {
  if (unitA.dimension !== unitB.dimension || unitA.id === unitB.id) return false;
  for (const x of unitA.base(a)) {
    for (const y of unitB.base(b)) {
      if (unitA.dimension === "temperature") {
        if (Math.abs(x - y) <= Math.max(4, Math.abs(x) * 0.1)) return true;
      } else if (Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * 0.12) {
        return true;
      }
    }
  }
  return false;
}
