/**
 * A seeded xorshift32 generator in [0, 1): the cluster scripts draw their k-means seeds and the trainer its
 * shuffles from it, so that the clusters and the model trained on them are the same on every run.
 */
export function xorshift(seed: number): () => number {
  let x = seed | 0 || 1; // (0 would stay 0)
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
