/**
 * Contract 2.0's request schema for the OpenAPI document, built from the history model itself
 * (its records' fields, {@code EventType}'s fields and required fields) rather than annotated by
 * hand, so that the reader and the document cannot tell clients different things.
 */
package com.followupadvisor.api.openapi;
