export { authMethods, environments, rateLimitPeriods, specStatuses, statusAtLeast, type AuthMethod, type Environment, type RateLimitPeriod, type SpecStatus } from './allowed-values.ts';
