import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { EXTERNAL_MODULES, esbuildOptions } from '../../infra/constructs/admin-function.ts';
import { REPO_ROOT } from './env.ts';

/** `bundled`: the AWS SDK inside the bundle (what CDK deploys); `runtime-sdk`: left to the Lambda runtime. */
export type SdkMode = 'bundled' | 'runtime-sdk';

export const SDK_EXTERNALS: Readonly<Record<SdkMode, readonly string[]>> = {
  bundled: EXTERNAL_MODULES,
  'runtime-sdk': ['@aws-sdk/*'],
};

/** Where the bench writes bundles: inside the repository, so `runtime-sdk` bundles resolve the SDK from node_modules as the runtime would. */
export const OUT_DIR = join(REPO_ROOT, 'bench', '.out');

export interface BuiltBundle {
  file: string;
  bytes: number;
}

/**
 * Builds `entry` (a path below the repository root, or absolute) with the very esbuild settings CDK
 * uses for every function (infra/constructs/admin-function.ts `esbuildOptions`), SDK bundled or not,
 * with a route's own `aliases` (`routeBundle`).
 */
export const buildBundle = async (
  entry: string,
  name: string,
  mode: SdkMode,
  aliases: Readonly<Record<string, string>> = {},
): Promise<BuiltBundle> => {
  const dir = join(OUT_DIR, mode, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.mjs');
  await build({
    ...esbuildOptions(resolve(REPO_ROOT, entry), file, SDK_EXTERNALS[mode], aliases),
    logLevel: 'error',
  });
  return { file, bytes: statSync(file).size };
};
