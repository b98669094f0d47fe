import { Alert, Anchor, Button, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ok, runAction, type Schemas } from '../api.ts';
import { useSession } from '../session.tsx';
import { DateTime, FormDialog, fieldError, ProblemAlert, UserInput, useSubmit } from '../ui.tsx';

type Subscription = Schemas['Subscription'];

/**
 * LMS "activate a subscription": an offer's code (any letter case) and a learner by username or email
 * (`POST /redemptions`); the answer is the new subscription, linked from the message.
 */
export const RedeemButton = ({ onRedeemed }: { onRedeemed: () => void }) => {
  const { api } = useSession();
  const [opened, setOpened] = useState(false);
  const [code, setCode] = useState('');
  const [user, setUser] = useState('');
  const { busy, problem, setProblem, run } = useSubmit();
  const [redeemed, setRedeemed] = useState<{ code: string; user: string; s: Subscription } | null>(null);
  const action = useRef('');

  useEffect(() => {
    if (!opened) return;
    setCode('');
    setUser('');
    setProblem(null);
    action.current = `redeem:${crypto.randomUUID()}`;
  }, [opened, setProblem]);

  const submit = () =>
    run(async () => {
      const body = { code: code.trim(), user: user.trim() };
      const s = await runAction(action.current, (key) =>
        ok(api.POST('/redemptions', { params: { header: { 'Idempotency-Key': key } }, body })),
      );
      setRedeemed({ ...body, s });
      setOpened(false);
      onRedeemed();
    });

  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        Redeem
      </Button>
      {redeemed && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setRedeemed(null)}
          pos="fixed"
          bottom={16}
          right={16}
          style={{ zIndex: 300 }}
        >
          Redeemed {redeemed.code} for {redeemed.user}:{' '}
          <Anchor component={Link} to={`/subscriptions/${redeemed.s.id}`}>
            subscription to {redeemed.s.plan.name}
          </Anchor>{' '}
          ({redeemed.s.status}, ends <DateTime iso={redeemed.s.endsAt} />
          ).
        </Alert>
      )}
      <FormDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title="Redeem an offer"
        onSubmit={() => void submit()}
        submitLabel="Redeem"
        busy={busy}
      >
        <ProblemAlert problem={problem} shownPaths={['code', 'user']} />
        <TextInput
          label="Offer code"
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError(problem, 'code')}
        />
        <UserInput value={user} onChange={setUser} problem={problem} />
      </FormDialog>
    </>
  );
};
