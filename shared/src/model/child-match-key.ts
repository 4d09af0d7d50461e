/**
 * What makes two child records the same child, with the date of birth: the names without regard to case
 * or surrounding spaces, as practitioners type them differently. Every store matches on this one key.
 */
export const childMatchKey = (givenName: string, familyName: string): string =>
  `${givenName.trim().toLowerCase()}\u001f${familyName.trim().toLowerCase()}`;
