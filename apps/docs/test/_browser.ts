import { existsSync } from "node:fs";
import { type BrowserContext, chromium } from "playwright-core";
import { makeTestDir } from "../../../vitest.temp-root";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium-options.mjs";

export const chromiumAvailable = existsSync(chromiumPath);
export const SKIP_NO_CHROMIUM = `skipped: no Chromium at ${chromiumPath} (Debian: apt-get install -y chromium, which the README's test command does)`;

/** Headless Chromium with a fresh profile. */
export async function launchChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(makeTestDir("chromium"), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
