package org.asylon.core.profile;

/** A company supplying, building or running the system. */
public record Vendor(String name, String role, String country) {
}
