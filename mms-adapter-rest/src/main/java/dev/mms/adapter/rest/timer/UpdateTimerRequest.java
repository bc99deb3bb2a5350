package dev.mms.adapter.rest.timer;

import java.util.List;

/** The body of UpdateMmsTimer; fields not sent stay as they are. */
record UpdateTimerRequest(
    String scheduleType,
    String value,
    Boolean stopped,
    List<String> tableWhiteList,
    List<String> tableBlackList) {}
