/**
 * The application hexagon: use cases (inbound ports), the ports it needs from the outside
 * (persistence, catalogs, engines, ids, transactions), the services that implement the use
 * cases, the scheduler and workers, and in-memory adapters that make it run on its own.
 */
package dev.mms.application;
