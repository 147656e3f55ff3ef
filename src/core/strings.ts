/**
 * A copy of `text` that shares no memory with the string it was sliced from. V8 represents a slice of 13 or
 * more characters as a view into its parent, so a cache that keeps a slice of a document (a paragraph, a
 * speaker's name) keeps that whole version of the document alive, one more for every edit.
 */
export function detach(text: string): string {
  if (text.length < 13) return text;
  // Concatenation then slicing forces V8 to build the characters anew (a flat string) before slicing it.
  return ` ${text}`.slice(1);
}
