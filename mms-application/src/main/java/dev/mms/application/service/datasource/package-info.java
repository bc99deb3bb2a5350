/** The data-source use cases: registration, listing with counters, masked reads, updates, cascading delete. */
package dev.mms.application.service.datasource;
