/**
 * The pure model of a migration: data sources, their catalogs, jobs, tasks, timers and async
 * tasks, with their rules and state machines. Depends on {@code java.*} and {@code io.vavr} only;
 * time and identifiers are always passed in, never read here.
 */
package dev.mms.domain;
