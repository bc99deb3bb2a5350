/** Jobs, read with the tally of their tasks. Row records are public only for JDBI's mappers. */
package dev.mms.adapter.jdbc.job;
