package dev.mms.adapter.jdbc.engine;

import dev.mms.adapter.jdbc.source.SqlDialect;
import java.sql.Connection;

/** The open source and destination connections of one phase, with their dialects. */
record Endpoints(Connection source, SqlDialect srcDialect, Connection destination, SqlDialect dstDialect) {}
