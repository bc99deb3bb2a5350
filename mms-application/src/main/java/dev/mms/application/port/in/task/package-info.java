/** Use cases of migration tasks: list, read, retry, and their logs. */
package dev.mms.application.port.in.task;
