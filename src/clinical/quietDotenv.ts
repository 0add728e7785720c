// natural's storage back ends load dotenv, which prints to stdout on import unless told not to.
// Imported before `natural` (ESM evaluates imports in order).
process.env.DOTENV_CONFIG_QUIET ??= 'true';
