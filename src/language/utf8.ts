// UTF-8 as the WHATWG decoder reads it, for stray/mojibake.

/**
 * How many of `bytes` (all 0x80 or more, as a table gives them) are whole, valid UTF-8
 * characters from the start: the WHATWG decoder's rules (no overlong forms, no surrogates, at
 * most U+10FFFF), checked without decoding, so that text that is not mojibake costs no exception.
 */
export function validUtf8Prefix(bytes: readonly number[]): number {
  let valid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) break;
    // The second byte's range narrows for E0 (no overlong), ED (no surrogates), F0 and F4.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (bytes[i + 1]! < low || bytes[i + 1]! > high) break;
    let k = 2;
    while (k < size && bytes[i + k]! >= 0x80 && bytes[i + k]! <= 0xbf) k++;
    if (k < size) break;
    i += size;
    valid = i;
  }
  return valid;
}
