/**
 * A seeded xorshift32 generator in [0, 1): the cluster scripts draw k-means seeds from it so that their
 * output, and the model trained on it, is the same on every run.
 */
export function xorshift(seed = 12345): () => number {
  return () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
}
