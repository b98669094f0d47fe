import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = ['shared', 'functions', 'infra', 'bench'];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

/** Relative imports of one file (type-only ones included: a cycle of types is a cycle of design). */
const importsOf = (file: string): string[] => {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gms)];
  return specifiers.map((m) => resolve(dirname(file), m[1] as string));
};

const graph = new Map(
  SOURCES.flatMap((dir) => filesUnder(join(ROOT, dir))).map((file) => [file, importsOf(file)] as const),
);

/** Every cycle, as the files around it (depth-first search with colours). */
const cycles = (): string[][] => {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found.map((cycle) => cycle.map((file) => relative(ROOT, file)));
};

describe('module structure', () => {
  it('reads the imports of the source tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join(ROOT, 'shared/db/commit.ts'))).toContain(join(ROOT, 'shared/context.ts'));
  });

  it('has no import cycle in shared/, functions/, infra/ or bench/', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps HTTP out of everything below the handler factory', () => {
    const below = [...graph.keys()].filter((file) => {
      const path = relative(ROOT, file);
      return (
        path.startsWith('shared/') && !/^shared\/(http|local)\//.test(path) && path !== 'shared/openapi.ts'
      );
    });
    const offenders = below.filter((file) =>
      (graph.get(file) ?? []).some((dep) => relative(ROOT, dep).startsWith('shared/http/')),
    );
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
