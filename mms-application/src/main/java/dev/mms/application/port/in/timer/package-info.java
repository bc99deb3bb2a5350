/** Use cases of timers (scheduled job runs): CRUD, trigger now, their logs, and the periodic firing. */
package dev.mms.application.port.in.timer;
