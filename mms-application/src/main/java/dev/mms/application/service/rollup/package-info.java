/**
 * Catalog status roll-up (product.md §5): as tasks move, the partitions and tables they cover
 * take their status, and every partitioned table and database is re-derived from its children.
 */
package dev.mms.application.service.rollup;
