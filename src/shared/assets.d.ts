// esbuild's `text` loader turns these imports into strings (see build.mjs).
declare module '*.css' {
  const text: string;
  export default text;
}
