/** Serves a built site on 127.0.0.1 as a static host would (`/dir/` is `/dir/index.html`); port 0 picks a free one. */
export function serveDirectory(root: string, port?: number): Promise<{ origin: string; close: () => Promise<void> }>;
