/** Builds a value on first use, once, so that importing the package costs nothing extra. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
