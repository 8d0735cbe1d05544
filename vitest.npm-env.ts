// The environment for tests that run npm (pack, install): without the settings pnpm passes to the scripts it runs,
// which npm does not know and warns about on every call ("Unknown env config").
const PNPM_ONLY_SETTINGS = [
  "npm_config_verify_deps_before_run",
  "npm_config_npm_globalconfig",
  "npm_config__jsr_registry",
];

/** `process.env` less the pnpm-only settings, for `execFileSync("npm", …, { env: npmEnv() })`. */
export function npmEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (PNPM_ONLY_SETTINGS.includes(name.toLowerCase())) delete env[name];
  }
  return env;
}
