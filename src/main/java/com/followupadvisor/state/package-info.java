/** The application state as callers send it: the one model of its shape, with its builder, and reading, validating and writing it as JSON. */
package com.followupadvisor.state;
