/**
 * Scheduling and workers (product.md §8): workers lease runnable tasks, drive each through schema,
 * data and verification with the engine of its source type, renew their leases while a phase
 * runs, retry failed phases with backoff, and give up a task quietly once a fenced write tells
 * them it is no longer theirs (stopped, deleted, or taken over after their lease lapsed).
 */
package dev.mms.application.service.scheduler;
