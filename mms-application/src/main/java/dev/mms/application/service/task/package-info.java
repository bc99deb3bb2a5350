/** The task use cases: listing with job and source names, user retries, logs. */
package dev.mms.application.service.task;
