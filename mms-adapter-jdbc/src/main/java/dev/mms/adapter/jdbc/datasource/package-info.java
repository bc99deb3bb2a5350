/**
 * Persistence of registered data sources (the rows of the registry, not a catalog reader of
 * JDBC sources). Row records are public only for JDBI's mappers.
 */
package dev.mms.adapter.jdbc.datasource;
