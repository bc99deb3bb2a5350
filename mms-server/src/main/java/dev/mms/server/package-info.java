/**
 * The composition root: reads configuration (command line, environment, optional file), wires
 * the REST adapter, a store (JDBC or in-memory), the engines and the workers, and runs the
 * server or the demo migration.
 */
package dev.mms.server;
