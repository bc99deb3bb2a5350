/**
 * Timers: a job template over a source database plus a Daily ({@code HH:MM}) or Hourly
 * ({@code MM}) schedule; each firing creates a job run over new or updated partitions.
 */
package dev.mms.domain.timer;
