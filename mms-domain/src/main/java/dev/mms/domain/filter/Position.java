package dev.mms.domain.filter;

/** A 1-based line and column in the text of a filter. */
record Position(int line, int column) {}
