import {
  AppShell,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  NavLink,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { RESOURCES } from '../../shared/resources.ts';
import { type ConsoleConfig, loadConfig } from './config.ts';
import { CrudDetail, CrudPage } from './crud.tsx';
import { CatalogPage, CatalogPlanPage } from './pages/catalog.tsx';
import { PlanFormPage } from './pages/plan-form.tsx';
import { PlanDetail, PlansPage } from './pages/plans.tsx';
import { COMPANIES, OFFERS, PACKAGES, PLAN_GROUPS, PRODUCTS, SUBSCRIBERS } from './pages/resources.tsx';
import { SubscriptionDetail, SubscriptionsPage } from './pages/subscriptions.tsx';
import {
  restoreSession,
  type Session,
  SessionProvider,
  type SessionState,
  signIn,
  signOut,
  switchSession,
  useSession,
} from './session.tsx';

/** The navigation: every resource with a screen, in its declared place (shared/resources.ts). */
const NAV: (readonly [string, string])[] = [
  ...RESOURCES.flatMap((resource) => (resource.nav === false ? [] : [resource]))
    .sort((a, b) => a.nav - b.nav)
    .map((resource) => [`/${resource.collection}`, resource.tag] as const),
  // The public catalog preview: what end users see (no resource of its own).
  ['/catalog', 'Public catalog'],
];

const SIMPLE = [PACKAGES, OFFERS, PLAN_GROUPS, COMPANIES, PRODUCTS, SUBSCRIBERS];

/** The org and token a form picks (from `org` and `token` on); submitting it uses them in this tab. */
const useSessionForm = (initial: { org: string; token: string }) => {
  const [org, setOrg] = useState(initial.org);
  const [token, setToken] = useState(initial.token);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    switchSession(token.trim(), org.trim());
    window.location.reload();
  };
  return { org, setOrg, token, setToken, onSubmit };
};

/** Another org, or another token (e.g. one printed by `npm run token`), for this tab. */
const SwitchDialog = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const session = useSession();
  const { org, setOrg, token, setToken, onSubmit } = useSessionForm(session);
  return (
    <Modal opened={opened} onClose={onClose} title="Switch org or token" centered size="lg">
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          <TextInput
            label="Organization"
            description={`This token grants: ${session.orgs.join(', ') || 'none'}`}
            value={org}
            onChange={(e) => setOrg(e.currentTarget.value)}
          />
          <Textarea
            label="Token"
            description="A bearer token (JWT); locally: npm run token -- --org ORG --role admin|viewer"
            autosize
            minRows={3}
            value={token}
            onChange={(e) => setToken(e.currentTarget.value)}
            disabled={session.config.mode === 'cognito'}
          />
          <Group justify="flex-end">
            <Button type="submit">Use</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

const Shell = () => {
  const session = useSession();
  const location = useLocation();
  const [switching, setSwitching] = useState(false);
  const who = String(session.claims.email ?? session.claims.sub ?? '');
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'xs' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h4">
            Subscription Admin
          </Title>
          <Group gap="xs">
            <Text size="sm" data-testid="who">
              {who}
            </Text>
            <Badge variant="outline" data-testid="org">
              org: {session.org}
            </Badge>
            <Badge color={session.isAdmin ? 'blue' : 'gray'} data-testid="role">
              {session.isAdmin ? 'admin' : 'viewer (read-only)'}
            </Badge>
            <Button size="xs" variant="default" onClick={() => setSwitching(true)}>
              Switch org / token
            </Button>
            <Button size="xs" variant="subtle" onClick={() => signOut(session.config)}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {NAV.map(([to, label]) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={label}
            active={location.pathname.startsWith(to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<Navigate to="/plans" replace />} />
          <Route path="/plans" element={<PlansPage />} />
          <Route path="/plans/new" element={session.isAdmin ? <PlanFormPage /> : <Navigate to="/plans" />} />
          <Route path="/plans/:id" element={<PlanDetail />} />
          <Route
            path="/plans/:id/edit"
            element={session.isAdmin ? <PlanFormPage /> : <Navigate to="/plans" />}
          />
          <Route path="/subscriptions" element={<SubscriptionsPage />} />
          <Route path="/subscriptions/:id" element={<SubscriptionDetail />} />
          <Route path="/catalog" element={<CatalogPage />} />
          <Route path="/catalog/:slug" element={<CatalogPlanPage />} />
          {SIMPLE.map((spec) => [
            <Route key={spec.collection} path={`/${spec.collection}`} element={<CrudPage spec={spec} />} />,
            <Route
              key={`${spec.collection}:id`}
              path={`/${spec.collection}/:id`}
              element={<CrudDetail spec={spec} />}
            />,
          ])}
          <Route path="*" element={<Text>Nothing here. Pick a screen on the left.</Text>} />
        </Routes>
      </AppShell.Main>
      {switching && <SwitchDialog opened onClose={() => setSwitching(false)} />}
    </AppShell>
  );
};

const SignIn = ({ config, reason }: { config: ConsoleConfig; reason: string | undefined }) => (
  <Center h="100vh">
    <Paper withBorder p="xl" w={420}>
      <Stack>
        <Title order={1} size="h3">
          Subscription Admin
        </Title>
        {reason && (
          <Text c="red" size="sm" role="alert">
            {reason}
          </Text>
        )}
        {config.mode === 'cognito' ? (
          <Button onClick={() => void signIn(config)}>Sign in</Button>
        ) : (
          <LocalTokenForm />
        )}
      </Stack>
    </Paper>
  </Center>
);

const LocalTokenForm = () => {
  const { org, setOrg, token, setToken, onSubmit } = useSessionForm({ org: 'demo', token: '' });
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack>
        <TextInput label="Organization" value={org} onChange={(e) => setOrg(e.currentTarget.value)} />
        <Textarea
          label="Token"
          autosize
          minRows={3}
          value={token}
          onChange={(e) => setToken(e.currentTarget.value)}
        />
        <Button type="submit">Use token</Button>
      </Stack>
    </form>
  );
};

/** Loads config.json, restores or finishes the sign-in, then shows the console. */
export const App = () => {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [state, setState] = useState<SessionState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const expire = useCallback(
    () => setState({ session: null, reason: 'Your session has ended: sign in again.' }),
    [],
  );

  useEffect(() => {
    loadConfig()
      .then(async (loaded) => {
        setConfig(loaded);
        setState(await restoreSession(loaded, expire));
      })
      .catch((error: unknown) => setFailure(String(error instanceof Error ? error.message : error)));
  }, [expire]);

  if (failure)
    return (
      <Center h="100vh">
        <Text c="red">{failure}</Text>
      </Center>
    );
  if (!config || !state)
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  if (!state.session) return <SignIn config={config} reason={state.reason} />;
  const session: Session = state.session;
  return (
    <SessionProvider session={session}>
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
        <Shell />
      </BrowserRouter>
    </SessionProvider>
  );
};
