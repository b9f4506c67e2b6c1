/** The transport's guards, before a resource sees a request: framing, heads, methods, body size, deadline and memory, and the problems they answer with. */
package com.followupadvisor.http;
