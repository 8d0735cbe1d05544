// `pnpm docs` (from the repository's root): serves the built site on 127.0.0.1 until Ctrl-C. PORT picks the port.
import { fileURLToPath } from "node:url";
import { serveDirectory } from "./serve-static.mjs";

const siteDir = fileURLToPath(new URL("../src/.vitepress/dist/", import.meta.url));
const port = Number(process.env.PORT ?? 4173);
try {
  const server = await serveDirectory(siteDir, port);
  console.log(`The docs site is at ${server.origin}/ (Ctrl-C to stop)`);
} catch (error) {
  console.error(
    `docs: could not serve on port ${port} (${error instanceof Error ? error.message : String(error)}); try PORT=4174 pnpm docs`,
  );
  process.exitCode = 1;
}
