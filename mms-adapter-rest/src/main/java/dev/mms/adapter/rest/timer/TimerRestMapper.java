package dev.mms.adapter.rest.timer;

import dev.mms.adapter.rest.wire.WireValues;
import dev.mms.application.port.in.timer.TimerLogView;
import dev.mms.domain.job.JobConfig;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.timer.Schedule;
import dev.mms.domain.timer.Timer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Domain → DTO for timers and their logs. */
@Mapper
interface TimerRestMapper extends WireValues {

  @Mapping(target = "type", source = "config", qualifiedByName = "scope")
  @Mapping(target = "scheduleType", source = "schedule", qualifiedByName = "scheduleType")
  @Mapping(target = "value", source = "schedule", qualifiedByName = "scheduleValue")
  @Mapping(target = "createTime", source = "createTime", qualifiedByName = "epochMillis")
  @Mapping(target = "updateTime", source = "updateTime", qualifiedByName = "iso")
  TimerResponse toResponse(Timer timer);

  @Mapping(target = "type", source = "config", qualifiedByName = "scope")
  @Mapping(target = "scheduleType", source = "schedule", qualifiedByName = "scheduleType")
  @Mapping(target = "value", source = "schedule", qualifiedByName = "scheduleValue")
  TimerSummaryResponse toSummary(Timer timer);

  TimerConfigResponse toConfig(JobConfig config);

  @Mapping(target = "id", source = "log.asyncTaskId")
  @Mapping(target = "sourceId", source = "log.sourceId")
  @Mapping(target = "action", source = "log.action")
  @Mapping(target = "msg", source = "log.msg")
  @Mapping(target = "status", source = "jobStatus", qualifiedByName = "jobStatus")
  @Mapping(target = "createTime", source = "log.createTime")
  TimerLogResponse toResponse(TimerLogView view);

  @Named("scope")
  default String scope(JobConfig config) {
    return config.scope().name().toUpperCase(Locale.ROOT);
  }

  @Named("scheduleType")
  default String scheduleType(Schedule schedule) {
    return schedule.type();
  }

  @Named("scheduleValue")
  default String scheduleValue(Schedule schedule) {
    return schedule.value();
  }

  @Named("epochMillis")
  default String epochMillis(Instant time) {
    return Long.toString(time.toEpochMilli());
  }

  @Named("iso")
  default String iso(Instant time) {
    return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  @Named("jobStatus")
  default String jobStatus(Optional<JobStatus> status) {
    return status.map(JobStatus::name).orElse(null);
  }
}
