import { useEffect, useRef, useState } from 'react';
import { type GetData, type GetParams, getJson } from '../api.ts';
import { useSession } from '../session.tsx';

/** Where one item of each collection that screens name by id is read, and its id parameter. */
const ITEM_PATHS = {
  packages: ['/packages/{packageId}', 'packageId'],
  plans: ['/plans/{planId}', 'planId'],
  products: ['/products/{productId}', 'productId'],
} as const;
type Named = keyof typeof ITEM_PATHS;
type ItemPath<C extends Named> = (typeof ITEM_PATHS)[C][0];

/**
 * How the ids on screen read for people (`pkg_… → PRO`): one `GET /{collection}/{id}` per id the first
 * time it shows up, so a screen that names a few referenced items never lists a whole collection. An id
 * that cannot be read (deleted, not allowed) stays as it is.
 */
export const useNames = <C extends Named>(
  collection: C,
  ids: readonly string[],
  label: (item: GetData<ItemPath<C>>) => string,
): Map<string, string> => {
  const { api } = useSession();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const requested = useRef(new Set<string>());
  const labelRef = useRef(label);
  labelRef.current = label;
  const wanted = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const missing = wanted.split(',').filter((id) => id && !requested.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) requested.current.add(id);
    const [path, param] = ITEM_PATHS[collection];
    void Promise.all(
      missing.map((id) =>
        getJson(api, path as ItemPath<C>, { path: { [param]: id } } as GetParams<ItemPath<C>>)
          .then((item): [string, string] => [id, labelRef.current(item)])
          .catch((): [string, string] => [id, id]),
      ),
    ).then((found) => setNames((previous) => new Map([...previous, ...found])));
  }, [api, collection, wanted]);
  return names;
};
