/**
 * The timer operations (CreateMmsTimer, ListMmsTimers, GetMmsTimer, UpdateMmsTimer, DeleteMmsTimer,
 * TriggerMmsTimer, ListMmsTimerLogs): their DTOs, mapper and controller.
 */
package dev.mms.adapter.rest.timer;
