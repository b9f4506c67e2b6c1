/** The service's settings ({@code advisor.*}, typed) and the clock it tells time by. */
package com.followupadvisor.config;
