/** Timers, the tables their configs name, and their logs. */
package dev.mms.adapter.jdbc.timer;
