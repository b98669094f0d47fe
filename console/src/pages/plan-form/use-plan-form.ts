/** The plan form's behaviour: loading the plan, editing the state, and submitting it (PATCH or POST). */
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type ApiProblem, type BodyOf, ifMatch, ok, runAction } from '../../api.ts';
import { useSession } from '../../session.tsx';
import { asProblem, fieldError, useAll } from '../../ui.tsx';
import type { Plan } from '../plan-types.ts';
import { bodyOf, EMPTY, formOf, type PlanForm } from './state.ts';

export const usePlanForm = () => {
  const { id } = useParams();
  const { api } = useSession();
  const navigate = useNavigate();
  const [original, setOriginal] = useState<Plan | null>(null);
  const [form, setForm] = useState<PlanForm>(EMPTY);
  const [slugTouched, setSlugTouched] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const action = useRef(`plan:${id ?? 'new'}:${crypto.randomUUID()}`);
  const products = useAll('/products');
  const packages = useAll('/packages');
  const groups = useAll('/plan-groups');
  const companies = useAll('/companies');

  const load = async () => {
    if (!id) return;
    try {
      const plan = await ok(api.GET('/plans/{planId}', { params: { path: { planId: id } } }));
      setOriginal(plan);
      setForm(formOf(plan));
      setProblem(null);
    } catch (error) {
      setProblem(asProblem(error));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per plan id
  useEffect(() => {
    void load();
  }, [id]);

  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    setBusy(true);
    try {
      let saved: Plan;
      if (original) {
        const before = bodyOf(formOf(original));
        const after = bodyOf(form);
        const changes = Object.fromEntries(
          Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
        );
        // The form's values as typed (bodyOf): the API judges them and names the field that is wrong.
        saved = Object.keys(changes).length
          ? await ok(
              api.PATCH('/plans/{planId}', {
                params: { path: { planId: original.id }, header: { 'If-Match': ifMatch(original.version) } },
                body: changes as BodyOf<'/plans/{planId}', 'patch'>,
              }),
            )
          : original;
      } else {
        const body = Object.fromEntries(Object.entries(bodyOf(form)).filter(([, v]) => v !== null));
        if (form.priceTbd) body.price = null;
        if (form.publish) body.publish = true;
        saved = await runAction(action.current, (key) =>
          ok(
            api.POST('/plans', {
              params: { header: { 'Idempotency-Key': key } },
              body: body as BodyOf<'/plans', 'post'>,
            }),
          ),
        );
      }
      navigate(`/plans/${saved.id}`);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const err = (path: string) => fieldError(problem, path);

  return {
    original,
    form,
    setForm,
    set,
    slugTouched,
    setSlugTouched,
    problem,
    busy,
    load,
    submit,
    err,
    navigate,
    catalog: { products, packages, groups, companies },
  };
};

export type PlanFormModel = ReturnType<typeof usePlanForm>;
