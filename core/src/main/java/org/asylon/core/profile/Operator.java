package org.asylon.core.profile;

/** An organisation running the deployment. */
public record Operator(String name, String type, String jurisdiction) {
}
