package dev.mms.application.port.in.catalog;

import dev.mms.domain.error.DomainError;
import io.vavr.control.Either;

/** GetMmsPartition. */
public interface GetPartitionUseCase {

  Either<DomainError, PartitionView> getPartition(GetPartitionQuery query);

  record GetPartitionQuery(long sourceId, long partitionId) {}
}
