/** Use cases of the scanned catalog: databases, tables and partitions with their destination mapping. */
package dev.mms.application.port.in.catalog;
