/**
 * The demo migration: builds a partitioned source database and an empty destination, both
 * embedded H2, and drives a whole migration through the MMS HTTP API as a client would.
 */
package dev.mms.server.demo;
