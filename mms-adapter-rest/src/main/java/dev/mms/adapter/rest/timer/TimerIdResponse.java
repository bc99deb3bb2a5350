package dev.mms.adapter.rest.timer;

/** The {@code data} of CreateMmsTimer. */
record TimerIdResponse(long timerId) {}
