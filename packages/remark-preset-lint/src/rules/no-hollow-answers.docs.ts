import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `no-hollow-answers`. */
export const docs = defineRuleDocs({
  id: 'no-hollow-answers',
  summary: 'Every answer says something: no placeholder, no bare promise, no bare “Yes.” to a question that asks which or what.',
  description: md`
    A spec that asks every question and answers none passes a shape check. This rule reads each answer
    of the spec — a field’s paragraphs and list items, each gap of a sentence frame, the answer after
    a bold question or after an open question’s \`?\`, the reason after a waived checklist item — and
    reports one that carries no content:

    - a placeholder in any spelling: \`TBD\`, \`TBC\`, \`TODO\`, \`N/A\`, “to be decided”, \`?\`, \`-\`;
    - a bare vague promise: “handled”, “handled gracefully” (or appropriately, properly), “as needed”,
      “works as expected”, “should be fine”, “it depends”, “proper error handling”;
    - a bare \`Yes\`, \`No\` or \`Confirmed\` to a question that asks which or what: one with a question word
      or alternatives, or written without the auxiliary a yes-or-no question opens with
      (“Authentication method confirmed?” asks for the method).

    The rule judges whether an answer *names* something, not whether it contains a word: “Yes: test
    credentials are in the staging vault”, “Yes — a development store with test orders” and “Handled by
    the \`refunds\` worker” are answers. It follows whatever template a team writes: answers are found
    from the kinds of its fields, not from their names.`,
  defaultSeverity: 'status',
  precision: 'high',
  tags: ['clarity'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        ---

        ### Problem

        Refund events reach the ledger twice during provider outages.

        ### Behaviors

        - When \`refund.created\` arrives, the ledger books it under the refund id

        ### Edge cases

        - **What happens when an event arrives twice?** Yes — the second copy finds its event id in \`processed_events\` and is skipped.
        - **What happens when the provider is down?** Nothing to do on our side: the provider redelivers for three days.

        ### Open questions

        - [x] Sandbox credentials available for testing? Yes: in the vault under \`stripe/test\`.
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        status: review
        ---

        ### Problem

        TBD

        ### Behaviors

        - When the provider returns an error, we handle it gracefully

        ### Edge cases

        - **What happens when an event arrives twice?** N/A
        - **What happens when the provider is down?** Should be fine.

        ### Open questions

        - [x] Authentication method confirmed? Yes.
        - [x] Rate limits confirmed with the provider? Confirmed.

        ### Do not

        - [x] ~~Do not log payloads~~ -
      `,
      output: [
        '8:1-8:4 error Unexpected placeholder answer `TBD` in `Problem`, expected the answer itself',
        '12:1-12:62 error Unexpected vague answer `we handle it gracefully` in `Behaviors`, expected what the system does, in terms a reviewer can check (a status, a bound, a state, a named step)',
        '16:1-16:52 error Unexpected placeholder answer `N/A` to `What happens when an event arrives twice?`, expected the answer itself',
        '17:1-17:62 error Unexpected vague answer `Should be fine.` to `What happens when the provider is down?`, expected what the system does, in terms a reviewer can check (a status, a bound, a state, a named step)',
        '21:1-21:44 error Unexpected bare confirmation `Yes.` to `Authentication method confirmed?`, expected what was decided (the method, value or place), not only that it was',
        '22:1-22:58 error Unexpected bare confirmation `Confirmed.` to `Rate limits confirmed with the provider?`, expected what was decided (the method, value or place), not only that it was',
        '26:1-26:32 error Unexpected placeholder answer `-` as the reason for waiving `Do not log payloads`, expected the answer itself',
      ],
    },
  ],
});
