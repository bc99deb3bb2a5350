/**
 * In-memory adapters of every outbound persistence port, created together by {@link
 * dev.mms.application.memory.InMemoryStore}: thread-safe, transactional, and the reference
 * behaviour that the port contract tests hold every other adapter to.
 */
package dev.mms.application.memory;
