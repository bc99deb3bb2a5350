/**
 * The entry point of durable persistence: {@link dev.mms.adapter.jdbc.store.JdbcStore} opens a
 * pool on H2, PostgreSQL or MySQL/MariaDB, migrates the schema with Flyway and hands out every
 * repository, the id generator and the transaction boundary.
 */
package dev.mms.adapter.jdbc.store;
