import { useEffect, useRef, useState } from 'react';
import { useSession } from '../session.tsx';

/**
 * How the ids on screen read for people (`pkg_… → PRO`): one `GET /{collection}/{id}` per id the first
 * time it shows up, so a screen that names a few referenced items never lists a whole collection. An id
 * that cannot be read (deleted, not allowed) stays as it is.
 */
export const useNames = (
  collection: string,
  ids: readonly string[],
  label: (item: Record<string, unknown>) => string,
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
    void Promise.all(
      missing.map((id) =>
        api
          .call<Record<string, unknown>>('GET', `/${collection}/${encodeURIComponent(id)}`)
          .then((item): [string, string] => [id, labelRef.current(item)])
          .catch((): [string, string] => [id, id]),
      ),
    ).then((found) => setNames((previous) => new Map([...previous, ...found])));
  }, [api, collection, wanted]);
  return names;
};
