/**
 * Contract 2.0's application: its history as events and the people in it, the one model both
 * contracts are answered from (a 1.1 state is translated into it), and what a history says once
 * ordered: which interviews were held, moved or cancelled, and what is still open.
 */
package com.followupadvisor.history;
