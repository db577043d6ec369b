// File names teachers can save anywhere: ASCII, lower case, no separators an OS would refuse.

/** "Zelensky’s visit to Kyiv: what we know" -> "zelenskys-visit-to-kyiv-what-we-know". */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop the accents NFKD split off, so "é" becomes "e"
    .replace(/['’‘`]/g, '') // an apostrophe joins a word ("zelenskys"), never splits it
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'quiz' : slug;
}

export function filenameFor(title: string, extension: string): string {
  return `${slugOf(title)}.${extension}`;
}
