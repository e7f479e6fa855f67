import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `consistent-frontmatter`. */
export const docs = defineRuleDocs({
  id: 'consistent-frontmatter',
  summary: 'The frontmatter says what the answers say: `auth`, `environments`, `webhooks` and `rateLimit`.',
  description: md`
    Tools and coding agents read the frontmatter; people read the answers. When the two disagree,
    one of them is wrong. A field whose template options list \`frontmatterKeys\` states those keys
    (in \`api-integration\`: “In scope” states \`environments\` and \`webhooks\`, “Key behaviors” states
    \`webhooks\`, “Open questions” states \`auth\` and \`rateLimit\`), and the rule compares:

    - \`auth\` with the methods named by the answer to the question about authentication (HTTP Basic,
      OAuth, an API key, a bearer token, mTLS, HMAC; an API key or OAuth token sent as a bearer token
      agrees with \`bearer\`);
    - \`environments\` with the environments the answers name (sandbox or test mode, staging,
      production or live mode), unless they deny them (“no sandbox”);
    - \`webhooks.events\` with the event names (\`charge.refunded\`, \`pull_request\`) the answers about
      webhooks name — in a Key behavior, in its condition;
    - \`webhooks\` without \`signature\`, or no \`webhooks\` at all, while the answers speak of webhooks;
    - \`rateLimit\` with the rates named by the answer to the question about rate limits
      (\`100 requests per second\` agrees with \`requests: 6000, per: minute\`).

    The message is at one of the two places and names the other as its cause. An answer that names
    nothing (a bare “Yes.”) is not compared, nor is a key the frontmatter leaves out — except
    \`webhooks\`: webhooks in scope with no \`webhooks\` key leave the events and the signature
    check unsaid, and the message is at the answer.`,
  defaultSeverity: 'status',
  precision: 'high',
  tags: ['frontmatter', 'consistency'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      input: md`
        ---
        template: api-integration
        environments: [sandbox, production]
        auth: basic
        webhooks:
          events: [message.status]
          signature: { header: X-Twilio-Signature, secretEnv: TWILIO_AUTH_TOKEN }
        rateLimit: { requests: 6000, per: minute }
        ---

        ### In scope

        - Send reminders from the Twilio sandbox and production accounts
        - Receive \`message.status\` webhooks

        ### Open questions

        - [x] Authentication method confirmed? Yes: HTTP Basic with the account SID and auth token
        - [x] Rate limits confirmed with the third-party provider? Yes: 100 requests per second per account
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      input: md`
        ---
        template: api-integration
        environments: [production]
        auth: oauth2
        webhooks:
          events: [message.status]
        rateLimit: { requests: 30, per: second }
        ---

        ### In scope

        - Send reminders from the Twilio sandbox and production accounts
        - Receive \`message.status\` and \`message.failed\` webhooks

        ### Open questions

        - [x] Authentication method confirmed? Yes: HTTP Basic with the account SID and auth token
        - [x] Rate limits confirmed with the third-party provider? Yes: 100 requests per second per account
      `,
      output: [
        '3:15-3:27 error Unexpected `environments` without `sandbox`, expected every environment `In scope` names',
        '4:7-4:13 error Unexpected `auth: oauth2`, expected `auth: basic`, the method the answer in `Open questions` names',
        '6:3-6:27 error Unexpected `webhooks` without `signature`, expected the header that carries the signature of the webhooks `In scope` names and the environment variable of the signing secret',
        '7:12-7:41 error Unexpected `rateLimit` of 30 per second, expected the limit the answer in `Open questions` names (100 requests per second)',
        '13:1-13:57 error Unexpected event `message.failed` in `In scope`, expected it in the frontmatter’s `webhooks.events`',
      ],
      repaired: md`
        @@ -3,3 +3,3 @@
         environments: [production]
        -auth: oauth2
        +auth: basic
         webhooks:
      `,
    },
    {
      name: 'not-ok-webhooks-unsaid.md',
      input: md`
        ---
        template: api-integration
        ---

        ### In scope

        - Send reminders through Twilio
        - Receive \`message.status\` webhooks
      `,
      output: [
        '8:1-8:36 error Unexpected webhooks in `In scope` without `webhooks` in the frontmatter, expected `webhooks.events` with the events handled and `webhooks.signature` with the header that carries the signature and the environment variable of the signing secret',
      ],
    },
  ],
});
