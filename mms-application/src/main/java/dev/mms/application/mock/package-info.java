/**
 * The MOCK data source type (product.md §9): a synthetic catalog of any size built from the
 * source's config, and an engine that moves nothing but whose phases succeed, fail or stall at
 * configured rates, for tests, demos and benchmarks.
 */
package dev.mms.application.mock;
