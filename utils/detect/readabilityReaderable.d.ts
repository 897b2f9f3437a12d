// Types for importing Readability's readerable check on its own (see detectArticle.ts).
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable as Check } from '@mozilla/readability';
  const isProbablyReaderable: typeof Check;
  export default isProbablyReaderable;
}
