/** The timer use cases: CRUD, firing (by trigger or by schedule) into jobs, and their logs. */
package dev.mms.application.service.timer;
