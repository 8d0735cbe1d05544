/**
 * Loads a command's own built file (dist/commands/<name>.js) only when it runs, so that start-up loads the
 * dispatcher and one command. The path is computed, so the bundler leaves this require to run time.
 */
export function loadCommand<Module>(name: string): Module {
  // Absolute: a relative require is resolved through the package's lookup paths first.
  const path = [__dirname, "commands", `${name}.js`].join("/");
  return require(path) as Module;
}
