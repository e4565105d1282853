package org.asylon.core.fact;

/** For a boolean fact: whether its truth protects people (a safeguard) or puts them at risk. */
public enum Polarity {
    PROTECTIVE, RISKY
}
