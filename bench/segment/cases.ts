// Paragraphs with their sentences marked by " | ", in the languages we publish: abbreviations,
// initials, ordinals, decimals, quotations and ellipses that a naive splitter gets wrong.
export const CASES: readonly (readonly [lang: string, marked: string])[] = [
  ["en", "Troops reached the U.S. embassy at 5 a.m. on Monday. | “Why?” he asked. | Gen. Smith did not answer."],
  ["en", "Prices rose 2.5% in May. | Mr. Peskov said nothing (…) and left. | The talks, he said, had ended."],
  ["en", "He paused… and went on. | J. R. R. Tolkien was cited by Dr. Galeotti. | It was 10 p.m. in Kyiv."],
  ["es", "El Sr. García llegó a las 5. | ¿Quién era? ¿de dónde salió? | Nadie lo sabía, dijo la Dra. Pérez."],
  ["es", "EE.UU. envió 1.500 millones. | —No es un secreto —dijo Peskov. | La cifra era de 2,5 por ciento."],
  ["fr", "M. Macron l’a dit mardi. | Mme Borne, p. ex., l’a répété. | « C’est faux ! » a lancé un député."],
  ["fr", "Le 1er mai, 3,5 millions de personnes ont défilé. | Selon l’AFP, c’était inédit. | Pourquoi ? | Personne ne le sait."],
  ["de", "Am 3. und 4. Mai kamen ca. 200 Soldaten, d.h. zu viele. | Dr. Müller bestätigte das. | Die Lage bleibt angespannt."],
  ["de", "Er sagte: „Nein.“ | Dann ging er, u.a. nach Kyjiw. | Die Kosten: 2,5 Mio. Euro."],
  ["uk", "Близько 5 тис. осіб виїхали до м. Львів. | Це сталося у 2023 р. вночі. | Влада не коментує."],
  ["uk", "«Ми вистоїмо», — сказав він. | Проф. Іваненко погодився. | Обстріли тривають."],
  ["ru", "Около 5 тыс. человек уехали в г. Львов, ул. Ленина, и т.д. | Это произошло ночью. | Власти молчат."],
  ["ru", "Он спросил: «Почему?» | Ответа не было. | В 2022 г. всё изменилось."],
];
