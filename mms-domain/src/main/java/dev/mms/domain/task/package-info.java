/**
 * Migration tasks: the MMS task state machine (one transition table, {@link
 * dev.mms.domain.task.TaskStatus#after}), leases held by workers, stop/resume, automatic and user
 * retries, and the log row every transition leaves.
 */
package dev.mms.domain.task;
