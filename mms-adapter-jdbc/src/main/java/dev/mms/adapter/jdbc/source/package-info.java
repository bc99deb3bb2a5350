/**
 * JDBC data sources: reaching a source or destination database from a data source's config, the
 * SQL dialects (identifier quoting and checking), reading columns and partition values, and the
 * catalog reader that turns a database's metadata into a catalog snapshot.
 */
package dev.mms.adapter.jdbc.source;
