/** Timers, the tables their configs name, and their logs. Row records are public only for JDBI's mappers. */
package dev.mms.adapter.jdbc.timer;
