/** Serves a built site on 127.0.0.1 as a static host would (`/dir/` is `/dir/index.html`). */
export function serveDirectory(root: string): Promise<{ origin: string; close: () => Promise<void> }>;
