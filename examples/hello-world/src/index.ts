import * as sdk from '@botpress/sdk'

export default new sdk.Integration({
  register: async () => {},
  unregister: async () => {},
  actions: {
    helloWorld: async ({ input, ctx }) => {
      const greeting = ctx.configuration.greeting || 'Hello'
      return { message: `${greeting}, ${input.name || 'world'}!` }
    },
  },
  channels: {
    echo: {
      messages: {
        text: async ({ payload, client, conversation, user }) => {
          await client.createMessage({ type: 'text', payload, conversationId: conversation.id, userId: user.id, tags: {}, origin: 'synthetic' })
        },
      },
    },
  },
  handler: async () => {},
})
