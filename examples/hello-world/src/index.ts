import * as sdk from '@botpress/sdk'

// Typed here by hand to keep the example self-contained; in a real project `npx bp gen` writes these
// types into .botpress/ from the definition.
interface HelloWorldAction {
  input: { name?: string }
  ctx: { configuration: { greeting: string } }
}

interface EchoMessage {
  payload: { text: string }
  conversation: { id: string }
  user: { id: string }
  client: {
    createMessage(message: { type: 'text'; payload: { text: string }; conversationId: string; userId: string; tags: Record<string, string>; origin: 'synthetic' }): Promise<unknown>
  }
}

export default new sdk.Integration({
  register: async () => {},
  unregister: async () => {},
  actions: {
    helloWorld: async ({ input, ctx }: HelloWorldAction) => {
      const greeting = ctx.configuration.greeting || 'Hello'
      return { message: `${greeting}, ${input.name || 'world'}!` }
    },
  },
  channels: {
    echo: {
      messages: {
        text: async ({ payload, client, conversation, user }: EchoMessage) => {
          await client.createMessage({ type: 'text', payload, conversationId: conversation.id, userId: user.id, tags: {}, origin: 'synthetic' })
        },
      },
    },
  },
  handler: async () => {},
})
