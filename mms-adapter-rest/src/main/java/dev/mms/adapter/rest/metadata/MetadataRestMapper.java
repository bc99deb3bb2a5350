package dev.mms.adapter.rest.metadata;

import dev.mms.adapter.rest.wire.WireValues;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.async.AsyncTaskStatus;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Domain → DTO for scans and async tasks. */
@Mapper
interface MetadataRestMapper extends WireValues {

  @Mapping(target = "status", source = "status", qualifiedByName = "scanStatus")
  ScanResponse toScan(AsyncTask scan);

  @Mapping(target = "running", expression = "java(task.running())")
  AsyncTaskResponse toResponse(AsyncTask task);

  @Named("scanStatus")
  default String scanStatus(AsyncTaskStatus status) {
    return status.scanStatus();
  }
}
