/**
 * Persistence of registered data sources (the rows of the registry, not a catalog reader of
 * JDBC sources).
 */
package dev.mms.adapter.jdbc.datasource;
