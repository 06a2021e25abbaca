/**
 * A value built on first use and kept: module-level regular expressions, schemas and Intl formatters that
 * would otherwise be built while the extension activates, whether or not anything needs them yet.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
