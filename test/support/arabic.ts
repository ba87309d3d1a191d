/** Checks shared by the Arabic tests (docs/arabic.md). */

/**
 * Isolates open and close in pairs and never nest. `opens` are the isolate openers allowed: by default LRI, RLI and
 * FSI (U+2066-U+2068); the catalogue's texts allow only LRI.
 */
export function balanced(s: string, opens = '\u2066\u2067\u2068'): boolean {
  let open = false;
  for (const ch of s) {
    if (opens.includes(ch)) {
      if (open) return false;
      open = true;
    } else if (ch === '\u2069') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}
