/**
 * What makes two child records the same child, with the date of birth: the names as practitioners type
 * them differently. Case, surrounding and repeated spaces, the Unicode form of accented letters (a phone may
 * send "Seán" decomposed, a PC composed) and invisible formatting characters (zero-width spaces and joiners,
 * direction marks) make no difference. Every store matches on this one key.
 */
export const childMatchKey = (givenName: string, familyName: string): string =>
  `${matchName(givenName)}\u001f${matchName(familyName)}`;

const matchName = (name: string): string =>
  name
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
