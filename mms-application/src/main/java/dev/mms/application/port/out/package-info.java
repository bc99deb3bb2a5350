/**
 * What the application needs from the outside: a repository per aggregate (with the queries the
 * list operations need and bulk writes for plans), catalog readers and migration engines per
 * data-source type, ids, and a transaction boundary. Adapters implement these; the contract
 * tests in this module's test-jar prove an implementation behaves like the in-memory one.
 *
 * <p>Lookups return {@code Option}; writes that can lose a race return {@code Either} with a
 * {@code Conflict}; infrastructure failures are unchecked exceptions owned by the adapter.
 */
package dev.mms.application.port.out;
