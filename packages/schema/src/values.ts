export { authMethods, environments, rateLimitPeriods, specStatuses, type AuthMethod, type Environment, type RateLimitPeriod, type SpecStatus } from './allowed-values.ts';
