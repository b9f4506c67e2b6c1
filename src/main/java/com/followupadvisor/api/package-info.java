/** The HTTP API: thin resources, the response records the OpenAPI document describes, problem+json errors and the calendar. */
package com.followupadvisor.api;
