/**
 * What a scan finds in a data source (databases, tables with their columns, partitions) and the
 * migration status each of them has, rolled up from the tasks that cover them.
 */
package dev.mms.domain.catalog;
