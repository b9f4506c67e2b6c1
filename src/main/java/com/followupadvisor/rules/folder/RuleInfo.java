package com.followupadvisor.rules.folder;

/** One rule of the loaded set, as the catalogue shows it. */
public record RuleInfo(String name, String file, int line, String description, String advice) {
}
