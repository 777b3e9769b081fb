import { IntegrationDefinition, messages, z } from '@botpress/sdk'
import { integrationName } from './package.json'

export default new IntegrationDefinition({
  name: integrationName,
  version: '0.1.0',
  title: 'Hello World',
  description: 'Greets people by name and echoes the messages it receives.',
  readme: 'hub.md',
  icon: 'icon.svg',
  configuration: {
    schema: z.object({
      greeting: z.string().title('Greeting').describe('The word used to greet, such as "Hello" or "Bonjour"'),
    }),
  },
  actions: {
    helloWorld: {
      title: 'Hello World',
      description: 'Says hello to someone',
      input: {
        schema: z.object({
          name: z.string().optional().title('Name').describe('Who to greet; "world" when empty'),
        }),
      },
      output: {
        schema: z.object({
          message: z.string().title('Message').describe('The greeting'),
        }),
      },
    },
  },
  channels: {
    echo: {
      title: 'Echo',
      description: 'Answers every text message with the same text',
      messages: { text: messages.defaults.text },
    },
  },
  secrets: {
    API_TOKEN: { description: 'Token of the service the integration talks to' },
  },
})
