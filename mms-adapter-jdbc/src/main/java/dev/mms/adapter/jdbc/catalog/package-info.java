/** Scanned databases, tables and partitions. */
package dev.mms.adapter.jdbc.catalog;
