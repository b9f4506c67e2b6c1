/** The HTTP API: thin resources, the response records the OpenAPI document describes, problem+json errors, the calendar, and the transport's limits on what a client may hold (heads, bodies). */
package com.followupadvisor.api;
