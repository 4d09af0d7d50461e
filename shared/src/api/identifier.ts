import { z } from "zod";

/** Control characters (C0, DEL, C1) and lone surrogates: never part of an identifier, and a NUL breaks PostgreSQL. */
const controlCharacter = /[\p{Cc}\p{Cs}]/u;

/** An id, key or name a client sends: trimmed, bounded, and without control characters. */
export const identifier = (maxLength: number, minLength = 1) =>
  z
    .string()
    .trim()
    .min(minLength)
    .max(maxLength)
    .refine((text) => !controlCharacter.test(text), "Must not contain control characters.");
