/**
 * The MCP server for chat assistants, on Streamable HTTP at {@code /mcp}: the REST API's advice as
 * tools (next_action, calendar, explain, list_rules), a resource with the event types, and a prompt
 * that gathers a history. The same reader, limits and answers as {@code POST /api/v2/next-action}.
 */
package com.followupadvisor.api.mcp;
