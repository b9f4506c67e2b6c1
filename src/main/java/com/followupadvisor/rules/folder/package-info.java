/**
 * Reading a rules folder and checking it before anything is compiled: rule files, numbers, urgency order,
 * quiet weeks, texts and what they refer to, with each problem at its file and line.
 */
package com.followupadvisor.rules.folder;
