/** Non-TypeScript sources bundled as text by esbuild (`loader: { '.py': 'text' }`). */
declare module '*.py' {
  const text: string;
  export default text;
}
