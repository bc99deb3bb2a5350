/** Async tasks (job creation, stop, scans, connection tests). Row records are public only for JDBI's mappers. */
package dev.mms.adapter.jdbc.async;
