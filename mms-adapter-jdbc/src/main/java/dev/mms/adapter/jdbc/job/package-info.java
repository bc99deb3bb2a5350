/** Jobs, read with the tally of their tasks. */
package dev.mms.adapter.jdbc.job;
