/**
 * The task operations (ListMmsTasks, GetMmsTask, ListMmsTaskLogs, RetryMmsTask): their DTOs, mapper
 * and controller.
 */
package dev.mms.adapter.rest.task;
