/** The catalog use cases: databases, tables and partitions with filters, counters and destination mapping. */
package dev.mms.application.service.catalog;
