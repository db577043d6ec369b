// How names are compared when matching entities across articles and filtering by name.

/** "The U.S." → "us"; "Zelensky’s" → "zelenskys"; "the Western  Security Alliance" → "western security alliance". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[.']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
