/** Names of the tfjs backends, in a module with no imports so that webview code can share the type. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';
