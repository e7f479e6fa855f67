/**
 * A compact template the rule examples are checked against, so that they stay short and show that
 * every rule follows whatever template a team writes. Same conventions as the built-in templates.
 */
export const exampleTemplate = `---
id: webhook-consumer
version: 2
title: Webhook consumer
summary: A compact template for the rule examples.
fields:
  audience:
    vagueAudiences:
      - all users
      - everyone
      - customers
changes:
  1: First version.
  2: Added the Retries field.
---

# [Name of the consumer]

## Why

### Problem

[What goes wrong today?]

### Audience

[Who depends on this consumer?]

### Behaviors

- When [event arrives], [what happens]

### Edge cases

- **What happens when an event arrives twice?**
- **What happens when the provider is down?**

### Open questions

- [ ] [Question to settle before building?]

## Build

### Stack

[e.g., "Node.js 22 worker, PostgreSQL 16"]

### Do not

- [ ] Do not trust an unsigned event
- [ ] Do not log payloads
`;
