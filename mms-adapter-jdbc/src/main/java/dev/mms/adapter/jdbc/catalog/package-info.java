/** Scanned databases, tables and partitions. Row records are public only for JDBI's mappers. */
package dev.mms.adapter.jdbc.catalog;
