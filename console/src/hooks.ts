/**
 * The console's reads as React state: a collection page by page, a small collection whole, one resource.
 * Each takes a generated path and its params, so the answer's type is the document's.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ApiProblem,
  type GetData,
  type GetParams,
  type GetPath,
  getJson,
  getPage,
  type ListItem,
  type ListParams,
  type ListPath,
  listAll,
  type Page,
} from './api.ts';
import { useSession } from './session.tsx';

export const asProblem = (error: unknown): ApiProblem =>
  error instanceof ApiProblem
    ? error
    : new ApiProblem(0, 'client_error', 'Something went wrong', String(error), []);

/**
 * One page after another, through the API's cursors, newest first: `load(cursor)` fetches a page, and
 * a change of `key` (what the pages depend on) starts again from the first.
 */
export const usePages = <T>(load: (cursor: string | undefined) => Promise<Page<T>>, key: string) => {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const latest = useRef(load);
  latest.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` depends on
  const fetchPage = useCallback(
    async (cursor: string | undefined, append: boolean) => {
      setLoading(true);
      try {
        const page = await latest.current(cursor);
        setItems((previous) => (append ? [...previous, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
        setProblem(null);
      } catch (error) {
        setProblem(asProblem(error));
      } finally {
        setLoading(false);
      }
    },
    [key],
  );

  useEffect(() => {
    void fetchPage(undefined, false);
  }, [fetchPage]);

  return {
    items,
    nextCursor,
    loading,
    problem,
    reload: () => fetchPage(undefined, false),
    loadMore: () => (nextCursor ? fetchPage(nextCursor, true) : Promise.resolve()),
  };
};

/** A collection page by page: `useList('/plans', { query: { status: 'active' } })`. */
export const useList = <P extends ListPath>(path: P, params: ListParams<P> = {} as ListParams<P>) => {
  const { api } = useSession();
  return usePages<ListItem<P>>(
    (cursor) => getPage(api, path, params, cursor),
    JSON.stringify([path, params]),
  );
};

/** Every item of a small collection, for pickers and for showing names instead of ids; `null`: none. */
export const useAll = <P extends ListPath>(path: P | null, params: ListParams<P> = {} as ListParams<P>) => {
  const { api } = useSession();
  const [items, setItems] = useState<ListItem<P>[]>([]);
  const key = JSON.stringify(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the params, by value
  const load = useCallback(async () => {
    if (!path) return setItems([]);
    try {
      setItems(await listAll(api, path, params));
    } catch {
      setItems([]);
    }
  }, [api, path, key]);
  useEffect(() => {
    void load();
  }, [load]);
  return { items, reload: load };
};

/** One answer as state: `load()` fetches it, again whenever `key` (what it depends on) changes. */
export const useLoaded = <T>(load: (() => Promise<T>) | null, key: string) => {
  const [item, setItem] = useState<T | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const latest = useRef(load);
  latest.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` depends on
  const reload = useCallback(async () => {
    if (!latest.current) return;
    try {
      setItem(await latest.current());
      setProblem(null);
    } catch (error) {
      setProblem(asProblem(error));
    }
  }, [key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { item, problem, reload };
};

/** A form's submission: `run(send)` sets `busy` meanwhile; a refusal becomes the `problem` it shows. */
export const useSubmit = () => {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = async (send: () => Promise<void>) => {
    setBusy(true);
    try {
      await send();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, setProblem, run };
};

/** An answer fetched on demand: `run(fetch)`, `busy` meanwhile; a refusal clears it and is the `problem`. */
export const useAnswer = <T>() => {
  const [answer, setAnswer] = useState<T | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (fetch: () => Promise<T>) => {
    setBusy(true);
    try {
      setAnswer(await fetch());
      setProblem(null);
    } catch (error) {
      setAnswer(null);
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  }, []);
  return { answer, problem, busy, run };
};

/** One resource: `useResource('/plans/{planId}', { path: { planId } })`; a `null` path: nothing yet. */
export const useResource = <P extends GetPath>(path: P | null, params: GetParams<P>) => {
  const { api } = useSession();
  return useLoaded<GetData<P>>(
    path ? () => getJson(api, path, params) : null,
    JSON.stringify([path, params]),
  );
};
