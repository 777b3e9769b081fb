// Acme Chat integration: the code the definition's `code` field points to.
// It has no dependencies so that it bundles anywhere; a real integration would use @botpress/sdk.

interface WebhookRequest {
  body?: string;
  headers: Record<string, string | undefined>;
}

interface ActionInput {
  type: string;
  input: Record<string, unknown>;
}

const apiBase = 'https://api.example.acme.chat/v1';

async function callAcme(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${apiBase}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.SECRET_API_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Acme Chat answered ${response.status}`);
  return response.json();
}

export const actions = {
  addReaction: async ({ input }: ActionInput) => {
    await callAcme('/reactions.add', { message: input.messageId, name: input.emoji });
    return {};
  },
  getUserProfile: async ({ input }: ActionInput) => {
    const profile = (await callAcme('/users.info', { user: input.userId })) as { name: string; email?: string; avatar?: string };
    return { displayName: profile.name, email: profile.email, avatarUrl: profile.avatar };
  },
};

export async function handler(request: WebhookRequest): Promise<{ status: number }> {
  if (!request.body) return { status: 400 };
  const event = JSON.parse(request.body) as { type: string };
  return { status: event.type ? 200 : 400 };
}
